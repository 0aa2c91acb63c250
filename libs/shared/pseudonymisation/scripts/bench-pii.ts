/**
 * Speed of the detector: median time to scan a 5,000-character note over many
 * runs, throughput in MB/s — for an ordinary note (issue 16's target, ≥ 5 MB/s)
 * and for a dense one made only of labelled sentences — the worst case among hostile 20,000-character
 * inputs (the property test's, testing/hostile.ts) next to a normal note of
 * the same length, and the time for 1 MB of adversarial input.
 *
 * Run: npx ts-node --project libs/shared/pseudonymisation/tsconfig.spec.json \
 *        libs/shared/pseudonymisation/scripts/bench-pii.ts [runs]
 */
import { performance } from 'node:perf_hooks';
import { scan } from '../src';
import { HOSTILE_UNITS, MIXED_SCRIPTS, repeatTo } from '../src/lib/testing/hostile';
import { loadCorpus } from './corpus-files';

/**
 * A note of corpus sentences up to `length` characters. `dense`: every sentence of the corpus, most
 * of them written to hold an identifier (a note the API would refuse). `ordinary`: what counsellors
 * write — the note-style sentences of the clean corpus, with every fifth sentence one that holds an
 * identifier (still more than a note that can be saved).
 */
export function buildNote(length: number, kind: 'dense' | 'ordinary' = 'dense'): string {
  const corpus = loadCorpus();
  const all = corpus.map((entry) => entry.text);
  const clean = corpus.filter((entry) => entry.labels.length === 0).map((entry) => entry.text);
  const labelled = corpus.filter((entry) => entry.labels.length > 0).map((entry) => entry.text);
  const pick = (i: number): string => {
    if (kind === 'dense') return all[(i * 7919) % all.length];
    return i % 5 === 4 ? labelled[(i * 7919) % labelled.length] : clean[(i * 7919) % clean.length];
  };
  let note = '';
  for (let i = 0; note.length < length; i++) note += `${pick(i)} `;
  return note.slice(0, length);
}

const runs = Number(process.argv[2] ?? 200);

/** Median wall and CPU time of `runs` scans of `note`, after warming up the JIT and the lazy word lists. */
function measure(note: string): { med: number; medCpu: number; p95: number; findings: number } {
  for (let i = 0; i < 20; i++) scan(note);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    times.push(time(() => (findings = scan(note).length)));
    cpuTimes.push(cpu(() => scan(note)));
  }
  return { med: median(times), medCpu: median(cpuTimes), p95: [...times].sort((a, b) => a - b)[Math.floor(runs * 0.95)], findings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** CPU time of this process: steadier than wall time on a busy machine. */
function cpu(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const TARGET_MBPS = 5;
const ordinary = measure(buildNote(5000, 'ordinary'));
const dense = measure(buildNote(5000, 'dense'));
const medCpu = dense.medCpu;
for (const [name, m] of [
  ['ordinary', ordinary],
  ['dense', dense],
] as const) {
  const throughput = 5000 / 1e6 / (m.med / 1000);
  console.log(
    `5,000-character ${name} note: median ${m.med.toFixed(2)} ms (${m.medCpu.toFixed(2)} ms CPU), p95 ${m.p95.toFixed(2)} ms over ${runs} runs, ${m.findings} findings; ` +
      `${throughput.toFixed(2)} MB/s (${(5000 / 1e6 / (m.medCpu / 1000)).toFixed(2)} MB/s by CPU time)` +
      (name === 'ordinary' ? ` — target ≥ ${TARGET_MBPS} MB/s: ${throughput >= TARGET_MBPS ? 'met' : 'NOT met'}` : ''),
  );
}

// Worst case: each hostile input of 20,000 characters, median of a few runs after one unmeasured,
// in CPU time (a busy machine stretches wall time by whatever else runs).
const HOSTILE_LENGTH = 20_000;
const HOSTILE_RUNS = 5;
const mbps = (chars: number, ms: number): string => (chars / 1e6 / (ms / 1000)).toFixed(2);
const medianOf = (text: string, warmUps = 1, runs = HOSTILE_RUNS): number => {
  for (let i = 0; i < warmUps; i++) scan(text);
  return median(Array.from({ length: runs }, () => cpu(() => scan(text))));
};
// Warmed up like the 5,000-character note, so the JIT compiling the chunked path is not counted as scanning.
const normal20k = medianOf(buildNote(HOSTILE_LENGTH, 'dense'), 20, 21);
const hostile = Object.entries({
  ...HOSTILE_UNITS,
  'issue 14 syllables': `Dee${'dee'.repeat(10)}`,
  'mixed scripts': MIXED_SCRIPTS,
}).map(([name, unit]) => ({
  name,
  ms: medianOf(repeatTo(unit, HOSTILE_LENGTH)),
}));
hostile.sort((a, b) => b.ms - a.ms);
const [worst] = hostile;
const hostileMedian = median(hostile.map((h) => h.ms));
console.log(
  `20,000-character note: median ${normal20k.toFixed(2)} ms CPU over 21 runs, ${mbps(HOSTILE_LENGTH, normal20k)} MB/s, ` +
    `${(normal20k / medCpu).toFixed(1)}× the dense 5,000-character note`,
);
console.log(
  `20,000 hostile characters, ${hostile.length} inputs (median of ${HOSTILE_RUNS} runs each): ` +
    `median ${hostileMedian.toFixed(2)} ms CPU (${mbps(HOSTILE_LENGTH, hostileMedian)} MB/s), ` +
    `worst ${worst.ms.toFixed(2)} ms CPU (${mbps(HOSTILE_LENGTH, worst.ms)} MB/s, ${worst.name})`,
);
console.log(
  `slowest five: ${hostile
    .slice(0, 5)
    .map((h) => `${h.name} ${h.ms.toFixed(1)} ms`)
    .join('; ')}`,
);

const big = buildNote(1_000_000);
let wall = 0;
const cpuMs = cpu(() => (wall = time(() => scan(big))));
console.log(`1 MB of notes: ${wall.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`);
const adversarial: Record<string, string> = {
  'digits and separators': '0 6-1 2.3 4/5 6 7 8 9 '.repeat(50_000),
  'at signs': 'a@b.'.repeat(250_000),
  'capitalised words': 'Pieter Van Der Berg '.repeat(50_000),
  'zero-width between digits': '0\u200b6\u200b1\u200b2\u200b'.repeat(125_000),
  'hex and colons': 'a:b:c:d:e:f:1:2:'.repeat(62_500),
  'dotted numbers': '1.2.3.4.5.6.7.8.9.'.repeat(55_000),
};
for (const [name, text] of Object.entries(adversarial)) {
  let elapsed = 0;
  const used = cpu(() => (elapsed = time(() => scan(text))));
  console.log(`1 MB adversarial (${name}): ${elapsed.toFixed(0)} ms wall, ${used.toFixed(0)} ms CPU`);
}
