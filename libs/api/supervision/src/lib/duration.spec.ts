import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DURATION_BUCKETS, DURATION_EDGES, histogramQuantile } from './duration';

const histogram = (entries: Record<number, number>): number[] => Array.from({ length: DURATION_BUCKETS }, (_, i) => entries[i] ?? 0);

describe('histogramQuantile', () => {
  it('answers the middle of the bucket that holds the rank, never a point inside it', () => {
    // Five contacts of 10–11 minutes fall in bucket 5, [10, 12): median and p90 both 11.
    expect(histogramQuantile(histogram({ 5: 5 }), 0.5)).toBe(11);
    expect(histogramQuantile(histogram({ 5: 5 }), 0.9)).toBe(11);
  });

  it('walks across buckets', () => {
    // 2 in [0, 2), 2 in [20, 25), 6 in [30, 40): rank 5 lies in the last bucket's six.
    const counts = histogram({ 0: 2, 8: 2, 10: 6 });
    expect(histogramQuantile(counts, 0.5)).toBe(35);
    expect(histogramQuantile(counts, 0.1)).toBe(1);
  });

  it('answers the lower edge of the open last bucket, and null without contacts', () => {
    expect(histogramQuantile(histogram({ 15: 5 }), 0.9)).toBe(120);
    expect(histogramQuantile(histogram({}), 0.5)).toBeNull();
  });

  it('uses the same bucket edges as the migration that made the columns', () => {
    const migration = readFileSync(join(__dirname, '../../../../../migrations/src/1764450000000-supervision-summaries.ts'), 'utf8');
    expect(migration).toContain(`const DURATION_EDGES = [${DURATION_EDGES.join(', ')}];`);
  });
});
