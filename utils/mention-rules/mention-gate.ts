import type { Hit } from '@/utils/matcher';
import { inCapitalsRun } from './capitals-run';
import { EntryTally } from './entry-tally';
import { type EntryFacts, NO_FACTS } from './entry-topic';
import { type Held, holdings } from './held-hits';
import { type OutletNames, outletNamesOf } from './outlet-names';
import { isOnTopic, type TopicVerdict } from './page-topic';
import { inRoleDescription } from './role-description';
import { namesAnotherOutlet } from './shared-outlet';

/** What the gate decides with: the entries' facts, the page's hostname, whether the reader left the topic gate on. */
export interface GateSetup {
  facts: EntryFacts;
  hostname: string;
  topicGate: boolean;
}

/**
 * Decides which hits a page shows, page-wide and live, in pure code shared by the page engine and the real-text
 * evaluation. Local rules drop a hit where it stands (an acronym in a run of capitals, another outlet's own name);
 * a needsContext hit is shown once an unambiguous hit of its entry is on the page or the page is on topic; a generic
 * entry is shown only on a page on topic (unless the reader turned the gate off). Containers come and go in any
 * order; `changed()` names those whose shown hits may differ since it was last asked.
 */
export class MentionGate<K> {
  /** The setup but its facts, which are kept only as the lookup below: the lists they arrive as can go. */
  #setup: Omit<GateSetup, 'facts'>;
  #outlets: OutletNames = outletNamesOf({});
  #onTopic = false;
  readonly #held = new Map<K, Held>();
  readonly #confirming = new EntryTally();
  readonly #evidence = new EntryTally();
  /** Generic entries with a hit held: each hit says whether its entry is generic, so the page needs no list of them. */
  readonly #generics = new EntryTally();
  /** Per entry, the containers holding a needsContext hit of it: what a flip of that entry changes. */
  readonly #dependents = new Map<number, Set<K>>();
  /** Containers with a needsContext or a generic hit: what a flip of the verdict changes. */
  readonly #topical = new Set<K>();
  readonly #changed = new Set<K>();

  constructor({ facts, ...setup }: GateSetup = { facts: NO_FACTS, hostname: '', topicGate: true }) {
    this.#setup = setup;
    this.#learn(facts);
  }

  /** Changes the setup and judges every container again; all of them count as changed. */
  configure({ facts, ...change }: Partial<GateSetup>): void {
    this.#setup = { ...this.#setup, ...change };
    if (facts) this.#learn(facts);
    for (const [key, held] of [...this.#held]) {
      this.#forget(key);
      this.#keep(key, held.texts, held.raw);
      this.#changed.add(key);
    }
    this.#judge();
  }

  /** Replaces a container's blocks (their texts) and hits (one list per block). */
  put(key: K, texts: readonly string[], hits: readonly (readonly Hit[])[]): void {
    const forgot = this.#forget(key);
    const kept = hits.some((list) => list.length > 0) && this.#keep(key, texts, hits);
    if (forgot || kept) this.#judge();
  }

  /** Forgets a container. */
  drop(key: K): void {
    if (this.#forget(key)) this.#judge();
  }

  /** A container's hits as the page shows them now, one list per block. */
  shown(key: K): Hit[][] {
    return (this.#held.get(key)?.hits ?? []).map((list) => list.filter((hit) => this.#visible(hit)));
  }

  /** The containers whose shown hits may have changed since the last call. */
  changed(): K[] {
    const keys = [...this.#changed];
    this.#changed.clear();
    return keys;
  }

  /** Why the page counts as on topic or not. */
  verdict(): TopicVerdict<number> {
    const found = [...this.#evidence.entries()];
    const specific = found.filter((entry) => !this.#generics.has(entry));
    const hiding = this.#setup.topicGate && !this.#onTopic;
    return {
      gate: this.#setup.topicGate,
      onTopic: this.#onTopic,
      evidence: this.#onTopic ? (specific.length > 0 ? specific : found) : [],
      hidden: hiding ? [...this.#generics.entries()] : [],
    };
  }

  #learn(facts: EntryFacts): void {
    this.#outlets = outletNamesOf(facts.outlets);
  }

  #visible(hit: Hit): boolean {
    if (hit.needsContext && !this.#onTopic && !this.#confirming.has(hit.entry)) return false;
    return this.#onTopic || !this.#setup.topicGate || !hit.generic;
  }

  /** The local rules: what a hit's own text and the page's host say, whatever else the page holds. */
  #allowed(text: string, hit: Hit): boolean {
    if (inCapitalsRun(text, hit.start, hit.end) || inRoleDescription(text, hit.end)) return false;
    const names = this.#outlets.get(hit.entry);
    return !names || !namesAnotherOutlet(this.#setup.hostname, names, text.slice(hit.start, hit.end));
  }

  /** Stores a container and counts what it holds; whether the topic evidence changed. */
  #keep(key: K, texts: readonly string[], raw: readonly (readonly Hit[])[]): boolean {
    const held = holdings(texts, raw, (text, hit) => this.#allowed(text, hit));
    this.#held.set(key, held);
    return this.#count(key, held, 1);
  }

  /** Undoes a container's counts; whether it was held. */
  #forget(key: K): boolean {
    const held = this.#held.get(key);
    if (!held) return false;
    this.#held.delete(key);
    this.#count(key, held, -1);
    return true;
  }

  /** Adds (+1) or removes (-1) a container's counts and dependencies; whether the topic evidence changed. */
  #count(key: K, held: Held, delta: 1 | -1): boolean {
    for (const entry of held.confirms) {
      if (this.#confirming.add(entry, delta))
        for (const other of this.#dependents.get(entry) ?? []) this.#changed.add(other);
    }
    for (const entry of held.generic) this.#generics.add(entry, delta);
    for (const entry of held.contextual) {
      const keys = this.#dependents.get(entry) ?? new Set<K>();
      if (delta > 0) this.#dependents.set(entry, keys.add(key));
      else if (keys.delete(key) && keys.size === 0) this.#dependents.delete(entry);
    }
    if (delta < 0) this.#topical.delete(key);
    else if (held.contextual.size > 0 || held.generic.size > 0) this.#topical.add(key);
    let flipped = false;
    for (const entry of held.evidence) flipped = this.#evidence.add(entry, delta) || flipped;
    return flipped;
  }

  /** Works out the verdict again; when it flips, every container that depends on it has changed. */
  #judge(): void {
    let specific = 0;
    for (const entry of this.#evidence.entries()) if (!this.#generics.has(entry)) specific++;
    const onTopic = isOnTopic(specific, this.#evidence.size);
    if (onTopic === this.#onTopic) return;
    this.#onTopic = onTopic;
    for (const key of this.#topical) this.#changed.add(key);
  }
}
