import { foldKey } from '@/utils/normalize';

/** A name as a hostname would spell it: folded, letters and digits only ("The Times" → "thetimes"). */
function squash(text: string): string {
  return foldKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A name without its leading article, as other outlets' hostnames contain it ("The Times" → "times"). */
function bare(text: string): string {
  return squash(foldKey(text).replace(/^the /, ''));
}

/**
 * Whether a hit of an outlet's name (`hitText`), on a page of `hostname`, names another outlet of the same name.
 * Newspapers call themselves by their short name, so on nytimes.com "The Times" is The New York Times and on
 * seattletimes.com "Inside The Times" is the Seattle Times: a page is another outlet's when a label of its hostname
 * holds the bare name after other letters (ny·times, seattle·times, irish·times), unless a label is one of the
 * outlet's own names (thetimes.com, telegraph.co.uk). A page of unknown host ("") is nobody's.
 */
export function namesAnotherOutlet(hostname: string, ownNames: readonly string[], hitText: string): boolean {
  const name = bare(hitText);
  if (name === '') return false;
  const labels = hostname.toLowerCase().split('.').map(squash);
  const own = new Set(ownNames.flatMap((text) => [squash(text), bare(text)]));
  if (labels.some((label) => own.has(label))) return false;
  return labels.some((label) => label.indexOf(name) > 0);
}
