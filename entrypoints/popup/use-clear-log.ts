import { useState } from 'preact/hooks';
import type { LogClearing } from '@/components/popup/reading-log-settings';
import { call } from '@/utils/protocol/call';

/** The settings' "Clear reading log": asks the background to forget every page, and says how it went. */
export function useClearLog(): { clearing: LogClearing; clear(): void } {
  const [clearing, setClearing] = useState<LogClearing>('idle');
  const clear = () => {
    setClearing('busy');
    call('seen.clear', {}).then(
      () => setClearing('done'),
      () => setClearing('failed'),
    );
  };
  return { clearing, clear };
}
