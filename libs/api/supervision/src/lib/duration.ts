/**
 * Contact durations are summarised as a histogram (columns d0…d15 of the contact summaries):
 * bucket 0 is [0, 2) minutes, bucket i is [DURATION_EDGES[i-1], DURATION_EDGES[i]), the last is
 * [120, ∞). A copy of the edges in migration 1764450000000 (checked by duration.spec.ts), kept
 * here because a migration never changes.
 */
export const DURATION_EDGES = [2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120] as const;
export const DURATION_BUCKETS = DURATION_EDGES.length + 1;

/** The SQL columns of the histogram, in bucket order. */
export const DURATION_COLUMNS = Array.from({ length: DURATION_BUCKETS }, (_, i) => `d${i}`);

/**
 * The p-quantile (0 < p < 1) of the durations in a histogram, in minutes: the middle of the
 * bucket that holds the rank p × n (the open last bucket answers its lower edge, 120). Not
 * interpolated inside the bucket: that would tell how many calls lie in it, a count the
 * statistics never publish. Null for an empty histogram.
 */
export function histogramQuantile(counts: readonly number[], p: number): number | null {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  const rank = p * n;
  let before = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] ?? 0;
    if (count > 0 && before + count >= rank) return bandMiddle(i);
    before += count;
  }
  return bandMiddle(DURATION_EDGES.length);
}

function bandMiddle(bucket: number): number {
  const low = bucket === 0 ? 0 : (DURATION_EDGES[bucket - 1] ?? 0);
  if (bucket >= DURATION_EDGES.length) return low;
  return (low + (DURATION_EDGES[bucket] ?? low)) / 2;
}
