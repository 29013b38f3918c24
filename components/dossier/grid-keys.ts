/** The step each arrow key takes in a table, as [rows, columns]. */
const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Moves focus from a button in a table cell to the nearest button in the arrow's direction, skipping empty cells, so
 * a large matrix need not be crossed with Tab; any other key, or no button that way, does nothing.
 */
export function moveInGrid(event: KeyboardEvent): void {
  const step = STEPS[event.key];
  const from = (event.target as Element | null)?.closest('td');
  const row = from?.parentElement as HTMLTableRowElement | null | undefined;
  const table = row?.closest('table');
  if (!step || !from || !row || !table) return;
  const rows = [...table.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
  let rowAt = rows.indexOf(row);
  let columnAt = (from as HTMLTableCellElement).cellIndex;
  for (;;) {
    rowAt += step[0];
    columnAt += step[1];
    const cell = rows[rowAt]?.cells[columnAt];
    if (!cell) return;
    const button = cell.querySelector('button');
    if (button) {
      event.preventDefault();
      button.focus();
      return;
    }
  }
}
