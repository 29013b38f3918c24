import { messageLanguage, t, tn } from '@/utils/i18n/t';
import { phrasesOf } from '@/utils/matcher/expand-pattern';
import type { Entry } from '@/utils/model';
import { foldCaseKey, foldKey } from '@/utils/normalize';

/** An entry that already spells a folded key, by one of its aliases or by its name. */
export interface AliasOwner {
  id: string;
  name: string;
  via: 'alias' | 'name';
}

/** Who already uses a folded alias or name: built once per entries array so each keystroke only does lookups. */
export type AliasOwners = ReadonlyMap<string, readonly AliasOwner[]>;

/** The distinct folded keys an alias matches, as the matcher folds them: its text's, or each phrase's for a pattern. */
export function aliasKeys(text: string): string[] {
  return [...new Set(phrasesOf(text).map(foldKey))].filter((key) => key !== '');
}

/**
 * A tracker of one entry's aliases, to flag one that matches nothing the earlier ones do not: it repeats a folded
 * phrase unless both keep their case and spell it differently, as NATO and Nato match different text.
 */
export function aliasRepeats(): (alias: { text: string; caseSensitive: boolean }) => boolean {
  const seen = new Map<string, { anyCase: boolean; spellings: Set<string> }>();
  return ({ text, caseSensitive }) => {
    const own = new Map<string, string>(
      phrasesOf(text).map((phrase) => [foldKey(phrase), foldCaseKey(phrase)]),
    );
    own.delete('');
    let repeated = false;
    for (const [key, spelling] of own) {
      const known = seen.get(key) ?? { anyCase: false, spellings: new Set<string>() };
      const clash = caseSensitive ? known.spellings.has(spelling) : known.spellings.size > 0;
      if (known.anyCase || clash) repeated = true;
      if (caseSensitive) known.spellings.add(spelling);
      else known.anyCase = true;
      seen.set(key, known);
    }
    return repeated;
  };
}

/**
 * Indexes every entry's folded name and aliases (each phrase of a pattern), for the "Also an alias of …" warning.
 * Exclusions are left out: they name no entry, and a real alias spelled like one wins over it in the matcher.
 */
export function aliasOwners(entries: readonly Entry[]): AliasOwners {
  const owners = new Map<string, AliasOwner[]>();
  const add = (key: string, owner: AliasOwner) => {
    const list = owners.get(key);
    if (!list) owners.set(key, [owner]);
    else if (!list.some((known) => known.id === owner.id)) list.push(owner);
  };
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      if (alias.exclude) continue;
      for (const key of aliasKeys(alias.text)) add(key, { id: entry.id, name: entry.name, via: 'alias' });
    }
    add(foldKey(entry.name), { id: entry.id, name: entry.name, via: 'name' });
  }
  return owners;
}

function ownersMessage(owners: readonly { name: string }[], what: 'owners_alias' | 'owners_name'): string {
  const shown = owners.slice(0, 3).map((owner) => owner.name);
  if (owners.length > 3) shown.push(tn('owners_more', owners.length - 3));
  return t(what, new Intl.ListFormat(messageLanguage(), { type: 'conjunction' }).format(shown));
}

/** "Also an alias of …; Also the name of …" for the other entries spelling any of `keys`, or null when none does. */
export function ownersWarning(
  keys: readonly string[],
  owners: AliasOwners,
  selfId: string | null,
): string | null {
  const others = new Map<string, AliasOwner>();
  for (const key of keys)
    for (const owner of owners.get(key) ?? [])
      if (owner.id !== selfId) others.set(`${owner.via}:${owner.id}`, owner);
  const viaAlias = [...others.values()].filter((owner) => owner.via === 'alias');
  const viaName = [...others.values()].filter((owner) => owner.via === 'name');
  const parts = [
    ...(viaAlias.length > 0 ? [ownersMessage(viaAlias, 'owners_alias')] : []),
    ...(viaName.length > 0 ? [ownersMessage(viaName, 'owners_name')] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : null;
}
