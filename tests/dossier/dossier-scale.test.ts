import { describe, expect, it } from 'vitest';
import { largeSource, SCALE, timed } from '@/tests/helpers/dossier-scale-kb';
import { buildMatrix, matrixPage } from '@/utils/dossier/matrix';
import { buildTimeline } from '@/utils/dossier/timeline';
import { filterTimeline, NO_FILTER, timelinePage } from '@/utils/dossier/timeline-filter';

describe('dossier at 10,000 entries and 50,000 facts', () => {
  it('builds, filters and pages the timeline and the matrix; prints the times (not asserted)', async () => {
    const source = largeSource();
    const cold = await timed(() => buildTimeline(source));
    const timeline = await timed(() => buildTimeline(source));
    const filtered = await timed(() =>
      filterTimeline(timeline.value, { ...NO_FILTER, pack: 'big', from: '2023', to: '2024-06' }),
    );
    const next = await timed(() => timelinePage(filtered.value, 200, 100));
    const matrix = await timed(() => buildMatrix(source));
    const page = await timed(() => matrixPage(matrix.value, 0, 40));
    console.info(
      `dossier scale: timeline build ${cold.ms} ms cold, ${timeline.ms} ms warm (${timeline.value.length} items), filter ${filtered.ms} ms, next page of it ${next.ms} ms, matrix build ${matrix.ms} ms, matrix page ${page.ms} ms`,
    );
    expect(timeline.value).toHaveLength(SCALE.facts + SCALE.stances - SCALE.stances / 10);
    expect(next.value.items).toHaveLength(100);
    expect(matrix.value.actors).toHaveLength(2_000);
    expect(page.value.actors).toHaveLength(40);
    expect(page.value.proposals.length).toBeLessThanOrEqual(300);
  });
});
