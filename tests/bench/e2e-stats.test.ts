import { describe, expect, it } from 'vitest';
import { type KbRuns, kbFigures } from '../../scripts/bench/e2e-stats.mjs';

/** A load sample with only the fields the figures read. */
const load = (costMs: number, jsBytes = Number.NaN) => ({
  costMs,
  jsBytes,
  domContentLoaded: 10,
  load: 20,
  firstHighlight: 40,
  reported: true,
  afterLoadMs: 500,
});

const kb = (floor: boolean): KbRuns => ({
  key: 'starter',
  label: 'starter pack',
  entries: 31,
  importMs: 1,
  loads: [
    {
      page: 'a',
      with: [load(150), load(170)],
      without: [load(100)],
      ...(floor ? { floor: [load(120)] } : {}),
    },
    { page: 'b', with: [load(300)], without: [load(200)], ...(floor ? { floor: [load(230)] } : {}) },
    { page: 'c', with: [load(90)], without: [load(80)], ...(floor ? { floor: [load(70)] } : {}) },
  ],
  demo: {
    with: [load(1, 3.3e6), load(1, 3e6), load(1, 3.3e6)],
    without: [load(1, 1e6), load(1, 1.3e6), load(1, 1.3e6)],
    ...(floor ? { floor: [load(1, 1.5e6), load(1, 1.2e6), load(1, 1.5e6)] } : {}),
  },
});

describe('kbFigures, the end-to-end figures of one knowledge base', () => {
  it('splits the added cost per load into the platform floor and ours beyond it, each a median of per-page differences', () => {
    const figures = kbFigures(kb(true));
    expect(figures.addedCostMs).toBe(60);
    expect(figures.floorCostMs).toBe(20);
    expect(figures.beyondFloorMs).toBe(40);
    expect(figures.addedHeapBytes).toBe(2e6);
    expect(figures.floorHeapBytes).toBeCloseTo(0.2e6);
  });

  it('takes the least settled heap of each side, so a load still holding the browser scratch counts on neither', () => {
    const figures = kbFigures(kb(true));
    expect(figures.withHeapBytes).toBe(3e6);
    expect(figures.addedHeapBytes).toBe(2e6);
  });

  it('gives no floor figures for runs recorded before the floor was measured, and keeps the rest', () => {
    const figures = kbFigures(kb(false));
    expect(figures.addedCostMs).toBe(60);
    expect(figures.floorCostMs).toBeNaN();
    expect(figures.beyondFloorMs).toBeNaN();
    expect(figures.floorHeapBytes).toBeNaN();
  });
});
