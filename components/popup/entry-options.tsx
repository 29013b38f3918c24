import { Component } from 'preact';
import type { Entry } from '@/utils/model';

/** Props of {@link EntryOptions}. */
export interface EntryOptionsProps {
  /** Already filtered and sorted; a new array is the only thing that re-renders the options. */
  entries: readonly Entry[];
}

/**
 * The `<option>`s for choosing an entry. With 10,000 entries re-diffing every option on each keystroke in the
 * editor would be slow, so this only re-renders when handed a different array.
 */
export class EntryOptions extends Component<EntryOptionsProps> {
  override shouldComponentUpdate(next: EntryOptionsProps): boolean {
    return next.entries !== this.props.entries;
  }

  override render() {
    return this.props.entries.map((entry) => (
      <option key={entry.id} value={entry.id}>
        {entry.name}
      </option>
    ));
  }
}
