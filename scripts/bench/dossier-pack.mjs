import { generateKb } from './generate-kb.mjs';
import { packEntry } from './kb-packs.mjs';

/** Records per pack file, kept well under the importer's 10 MB limit. */
const PER_FILE = 12_000;
const STAMP = { createdAt: 1_767_225_600_000, updatedAt: 1_767_225_600_000, rev: 1 };
const POSITIONS = ['supports', 'opposes', 'considers', 'proposes'];
const PROPOSAL_KINDS = new Set(['mission', 'deployment', 'coalition', 'guarantee', 'resolution']);

const month = (i) => `${2020 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`;
const source = (i) => ({ outlet: 'Generated', url: `https://example.org/news/${i}`, title: `Report ${i}` });

/**
 * The dossier's scale as pack texts to import: `entries` generated entries, `facts` facts each naming two of them,
 * and `stances` between the first 2,000 actors and the first 300 proposals, split into files the importer accepts
 * (the first replaces the knowledge base, the others merge into it). A pack must hold the entries its records name,
 * so every file carries all of them; merged again, they are unchanged.
 * @param {{ entries: number, facts: number, stances: number }} size
 * @returns {string[]}
 */
export function dossierPackTexts({ entries, facts, stances }) {
  const made = generateKb(entries).map(packEntry);
  const actors = made.filter((entry) => !PROPOSAL_KINDS.has(entry.kind)).slice(0, 2_000);
  const proposals = made.filter((entry) => PROPOSAL_KINDS.has(entry.kind)).slice(0, 300);
  const factList = Array.from({ length: facts }, (_, i) => ({
    id: `gen-fact-${i}`,
    date: month(i),
    text: `Generated fact ${i} about two entries.`,
    entryIds: [...new Set([made[i % entries].id, made[(i * 7) % entries].id])],
    source: source(i),
    ...STAMP,
  }));
  const stanceList = Array.from({ length: stances }, (_, i) => ({
    id: `gen-stance-${i}`,
    actorId: actors[i % actors.length].id,
    proposalId: proposals[Math.floor(i / actors.length) % proposals.length].id,
    position: POSITIONS[i % 4],
    date: i % 10 === 0 ? null : month(i),
    note: '',
    source: source(i),
    ...STAMP,
  }));
  const file = (records) => ({
    format: 'fact-linker-pack',
    version: 2,
    title: 'Dossier scale',
    exportedAt: '2026-12-01T00:00:00.000Z',
    entries: made,
    facts: [],
    stances: [],
    ...records,
  });
  const files = [file({})];
  for (let from = 0; from < facts; from += PER_FILE)
    files.push(file({ facts: factList.slice(from, from + PER_FILE) }));
  for (let from = 0; from < stances; from += PER_FILE)
    files.push(file({ stances: stanceList.slice(from, from + PER_FILE) }));
  return files.map((file) => JSON.stringify(file));
}
