import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Fixed height of every row in px; the CSS must agree. */
  rowHeight: number;
  /** Height of the scroll container in px. */
  height: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank gap. */
  overscan?: number;
  /** Accessible name of the listbox. */
  label: string;
  itemKey(item: T): string;
  renderRow(item: T): ComponentChildren;
  /** Enter or a click on a row. */
  onChoose(item: T): void;
  /** The listbox element, so a search box can hand focus to it. */
  listRef?: Ref<HTMLDivElement>;
  /** The key of a row to make active and scroll to whenever it is among `items` (the entry just saved). */
  activeKey?: string | null;
}

/**
 * A windowed listbox: only the rows in view (plus overscan, plus the active row) exist in the DOM, so lists of
 * tens of thousands stay fast. Keyboard follows the listbox pattern with aria-activedescendant: arrows,
 * Page Up/Down, Home/End move the active row, Enter chooses it. A new `items` array resets position, to the row of
 * `activeKey` (centred) when it holds one.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  overscan = 4,
  label,
  itemKey,
  renderRow,
  onChoose,
  listRef,
  activeKey = null,
}: VirtualListProps<T>) {
  const base = useId();
  const box = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const found = activeKey === null ? -1 : items.findIndex((item) => itemKey(item) === activeKey);
    const index = Math.max(0, found);
    const top = found < 0 ? 0 : Math.max(0, index * rowHeight - (height - rowHeight) / 2);
    setActive(index);
    setScrollTop(top);
    if (box.current) box.current.scrollTop = top;
  }, [items, activeKey]);

  const count = items.length;
  const current = Math.max(0, Math.min(active, count - 1));
  const perPage = Math.max(1, Math.floor(height / rowHeight));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: { index: number; item: T }[] = [];
  const add = (index: number) => {
    const item = items[index];
    if (item !== undefined) rows.push({ index, item });
  };
  if (current < first) add(current);
  for (let index = first; index < end; index++) add(index);
  if (current >= end) add(current);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(index, count - 1));
    setActive(next);
    const top = next * rowHeight;
    let nextScroll = scrollTop;
    if (top < scrollTop) nextScroll = top;
    else if (top + rowHeight > scrollTop + height) nextScroll = top + rowHeight - height;
    if (nextScroll !== scrollTop) {
      setScrollTop(nextScroll);
      if (box.current) box.current.scrollTop = nextScroll;
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    const targets: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + perPage,
      PageUp: current - perPage,
      Home: 0,
      End: count - 1,
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const item = items[current];
    if (event.key === 'Enter' && item !== undefined) {
      event.preventDefault();
      onChoose(item);
    }
  }

  return (
    <div
      ref={(el) => {
        box.current = el;
        if (typeof listRef === 'function') listRef(el);
        else if (listRef) listRef.current = el;
      }}
      class="fl-vlist"
      role="listbox"
      aria-label={label}
      aria-activedescendant={count > 0 ? `${base}-${current}` : undefined}
      tabIndex={0}
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div role="presentation" style={{ height: `${count * rowHeight}px`, position: 'relative' }}>
        {rows.map(({ index, item }) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the focused listbox handles keys for its options (aria-activedescendant).
          // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocusable so focus remains on the listbox.
          <div
            key={itemKey(item)}
            id={`${base}-${index}`}
            role="option"
            class="fl-vlist-row"
            aria-selected={index === current}
            aria-setsize={count}
            aria-posinset={index + 1}
            style={{
              position: 'absolute',
              top: `${index * rowHeight}px`,
              height: `${rowHeight}px`,
              left: 0,
              right: 0,
            }}
            onClick={() => {
              setActive(index);
              onChoose(item);
            }}
          >
            {renderRow(item)}
          </div>
        ))}
      </div>
    </div>
  );
}
