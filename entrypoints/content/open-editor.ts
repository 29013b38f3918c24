import { call } from '@/utils/protocol/call';

/** Asks the background to open an entry in the Fact Linker editor: a page cannot open extension pages itself. */
export function openEditor(entryId: string): void {
  call('ui.openEditor', { entryId }).catch((error: unknown) =>
    console.warn('Fact Linker could not open the editor', error),
  );
}
