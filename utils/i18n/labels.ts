import type { OriginLabel } from '@/utils/installed-pack';
import type { Family, Kind, Position } from '@/utils/model';
import { t } from './t';

/** An entry kind's name ("Person", "Coalition"), so every view spells it the same way in every language. */
export function kindLabel(kind: Kind): string {
  return t(`kind_${kind}`);
}

/** A family's name, singular ("Actor", "Proposal"). */
export function familyLabel(family: Family): string {
  return t(`family_${family}`);
}

/** A stance position as an actor takes it ("Supports"), for the editor and an actor's card. */
export function positionLabel(position: Position): string {
  return t(`position_${position}`);
}

/** A card's stance group, read from the entry's side: an actor "Proposes", a proposal is "Proposed by". */
export function stanceGroupLabel(family: Family, position: Position): string {
  return family === 'actor' ? positionLabel(position) : t(`stance_by_${position}`);
}

/** Where an entry comes from, in a few words: "From: <pack titles>" or "Your entry", with "(edited)" when it was. */
export function describeOrigin({ packs, edited }: OriginLabel): string {
  if (packs.length === 0) return t('origin_mine');
  const from = t('origin_from', packs.join(', '));
  return edited ? `${from} ${t('origin_edited')}` : from;
}
