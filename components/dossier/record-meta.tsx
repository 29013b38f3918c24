import { SourceLink } from '@/components/popover/source-link';
import type { Source } from '@/utils/model';
import { DOSSIER_WORDS as W } from './dossier-wording';

/** Props of {@link RecordMeta}. */
export interface RecordMetaProps {
  source: Source;
  /** Ids of the packs the record came from (none: the reader's own), or null where they are not known. */
  packs: readonly string[] | null;
  /** Installed packs' titles by id; an id no longer installed is shown as it is. */
  packTitles: ReadonlyMap<string, string>;
}

/** Where a fact or a stance comes from: its source (a link only when http(s)) and, when known, its packs or "Your own". */
export function RecordMeta({ source, packs, packTitles }: RecordMetaProps) {
  const hasSource = source.outlet.trim() !== '' || source.url !== null;
  return (
    <span class="fl-record-meta">
      {hasSource ? <SourceLink source={source} /> : <span class="fl-muted">{W.noSource}</span>}
      {packs !== null && (
        <span class="fl-muted">
          {packs.length === 0 ? W.yourOwn : W.fromPacks(packs.map((id) => packTitles.get(id) ?? id))}
        </span>
      )}
    </span>
  );
}
