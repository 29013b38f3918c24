import type { Card, Fact, Source, Stance } from '@/utils/model';

const STAMP = { createdAt: Date.UTC(2025, 0, 10), updatedAt: Date.UTC(2025, 2, 21, 9, 0), rev: 3 };
const NO_SOURCE: Source = { outlet: 'Élysée', url: null, title: null };

/** A fact about the given entries, with a plain-text source unless one is given. */
function fact(id: string, date: string, text: string, entryIds: string[], source = NO_SOURCE): Fact {
  return { ...STAMP, id, date, text, entryIds, source };
}

/** A stance row as the background assembles it for a card: the stance plus the other side's id and name. */
function stance(
  fields: Pick<Stance, 'id' | 'actorId' | 'proposalId' | 'position' | 'date'>,
  other: { id: string; name: string },
  source = NO_SOURCE,
): Card['stances'][number] {
  return { stance: { ...STAMP, ...fields, note: '', source }, otherId: other.id, otherName: other.name };
}

/** Test data: Macron with two stances and five facts, one safely linked and one with a javascript: URL. */
export function macronCard(): Card {
  return {
    entry: {
      ...STAMP,
      id: 'macron',
      kind: 'person',
      name: 'Emmanuel Macron',
      aliases: [{ text: 'the French president', caseSensitive: false, needsContext: true }],
      role: 'President',
      affiliation: 'france',
      summary: 'President of France since 2017; co-leads the European coalition planning for Ukraine.',
      caveat: 'Troop numbers he cited are not confirmed by the Ministry of Defence.',
      links: [],
      tags: ['europe'],
    },
    affiliation: { id: 'france', name: 'France' },
    stances: [
      stance(
        { id: 's1', actorId: 'macron', proposalId: 'un-mission', position: 'considers', date: '2025-03' },
        { id: 'un-mission', name: 'UN-led mission' },
      ),
      stance(
        { id: 's2', actorId: 'macron', proposalId: 'coalition', position: 'proposes', date: '2025-03-02' },
        { id: 'coalition', name: 'Coalition of the willing' },
        {
          outlet: 'Reuters',
          url: 'https://www.reuters.com/world/europe/coalition',
          title: 'Leaders meet in London',
        },
      ),
    ],
    facts: [
      fact('f1', '2025-03-20', 'Hosts army chiefs in Paris to plan a reassurance force.', ['macron'], {
        outlet: 'Le Monde',
        url: 'https://www.lemonde.fr/international/article/2025/03/20/macron',
        title: 'Macron hosts army chiefs',
      }),
      fact('f2', '2025-03', 'Says a UN-led mission could be considered.', ['macron'], {
        outlet: 'Evil Outlet',
        url: 'javascript:alert(1)',
        title: null,
      }),
      fact('f3', '2025-03-02', 'Co-hosts the London summit with Keir Starmer.', ['macron', 'starmer']),
      fact('f4', '2025-02', 'Proposes a one-month partial truce.', ['macron']),
      fact('f5', '2025', 'Calls for European security guarantees.', ['macron']),
    ],
    origin: { packs: ['Starter pack'], edited: true },
    seen: { total: 0, latest: [] },
  };
}

/** Test data: the coalition of the willing with actors at every position. */
export function coalitionCard(): Card {
  return {
    entry: {
      ...STAMP,
      id: 'coalition',
      kind: 'coalition',
      name: 'Coalition of the willing',
      aliases: [{ text: 'coalition of the willing', caseSensitive: false, needsContext: false }],
      role: '',
      affiliation: null,
      summary: 'A group of countries ready to back a ceasefire with forces in Ukraine.',
      caveat: '',
      links: [],
      tags: [],
    },
    affiliation: null,
    stances: [
      stance(
        { id: 'p1', actorId: 'russia', proposalId: 'coalition', position: 'opposes', date: '2025-03-06' },
        { id: 'russia', name: 'Russia' },
      ),
      stance(
        { id: 'p2', actorId: 'germany', proposalId: 'coalition', position: 'considers', date: null },
        { id: 'germany', name: 'Germany' },
      ),
      stance(
        { id: 'p3', actorId: 'starmer', proposalId: 'coalition', position: 'proposes', date: '2025-03-02' },
        { id: 'starmer', name: 'Keir Starmer' },
      ),
      stance(
        { id: 'p4', actorId: 'macron', proposalId: 'coalition', position: 'proposes', date: '2025-03-02' },
        { id: 'macron', name: 'Emmanuel Macron' },
      ),
    ],
    facts: [],
    origin: { packs: [], edited: false },
    seen: { total: 0, latest: [] },
  };
}
