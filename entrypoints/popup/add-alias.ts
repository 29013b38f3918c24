import { t } from '@/utils/i18n/t';
import { call } from '@/utils/protocol/call';
import { withAliases } from '@/utils/suggest/suggested-draft';
import type { Suggestion } from '@/utils/suggest/types';
import { loadedRevs } from './draft-revisions';
import type { Notify } from './notices';
import { errorText, quoted } from './wording';

/**
 * "Add as an alias of …": adds a suggestion's forms to the entry it looks like, through the editor's own save
 * (revision-checked, so an edit made meanwhile is a clear error, not overwritten). The page then highlights the
 * form, as on any knowledge-base change.
 */
export async function addAsAlias(suggestion: Suggestion, notify: Notify): Promise<void> {
  const target = suggestion.aliasOf;
  if (!target) return;
  try {
    const stored = await call('kb.draft', { id: target.id });
    if (!stored) return notify.error(t('error_named_gone', quoted(target.name)));
    const draft = withAliases(stored, suggestion.forms);
    await call('kb.saveDraft', { draft, expectedRev: stored.entry.rev, loaded: loadedRevs(stored) });
    notify.status(t('status_alias_added', quoted(suggestion.name), quoted(stored.entry.name)));
  } catch (error) {
    notify.error(t('error_alias', errorText(error)));
  }
}
