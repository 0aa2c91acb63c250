// How many contacts each demo case gets: at least one, most cases few, some many (1 + a
// geometric draw, capped at 40), scaled so the counts add up to exactly `total`.

/** A small seeded generator (mulberry32), so the same arguments give the same counts. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function contactCounts(total, cases, seed = 42) {
  if (cases > total) throw new Error(`cannot spread ${total} contacts over ${cases} cases`);
  const next = random(seed);
  const mean = total / cases;
  const p = 1 / mean; // 1 + geometric(p) has mean 1 / p
  const counts = new Array(cases);
  let sum = 0;
  for (let i = 0; i < cases; i++) {
    const extra = mean <= 1 ? 0 : Math.floor(Math.log(1 - next()) / Math.log(1 - p));
    counts[i] = Math.min(40, 1 + extra);
    sum += counts[i];
  }
  // Nudge random cases up or down by one until the total is exact.
  while (sum !== total) {
    const i = Math.floor(next() * cases);
    if (sum < total && counts[i] < 40) {
      counts[i]++;
      sum++;
    } else if (sum > total && counts[i] > 1) {
      counts[i]--;
      sum--;
    }
  }
  return counts;
}
