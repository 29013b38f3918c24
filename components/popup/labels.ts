import type { Family, Kind, Position } from '@/utils/model';

/** Human names of entry kinds, so every view spells them the same way. */
export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  country: 'Country',
  media: 'Media',
  mission: 'Mission',
  deployment: 'Deployment',
  coalition: 'Coalition',
  guarantee: 'Guarantee',
  resolution: 'Resolution',
};

/** Human names of families, singular. */
export const FAMILY_LABELS: Readonly<Record<Family, string>> = { actor: 'Actor', proposal: 'Proposal' };

/** Human names of stance positions. */
export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  proposes: 'Proposes',
  supports: 'Supports',
  considers: 'Considers',
  opposes: 'Opposes',
};

/** Compares names the way readers expect (accents and case folded, numbers in order), shared so lists agree. */
export const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;
