/**
 * Speed of the detector: median time to scan a 5,000-character note over many
 * runs, throughput in MB/s, the worst case among hostile 20,000-character
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

/** A realistic note: corpus sentences (with identifiers and without) up to `length` characters. */
export function buildNote(length: number): string {
  const sentences = loadCorpus().map((entry) => entry.text);
  let note = '';
  for (let i = 0; note.length < length; i++) note += `${sentences[(i * 7919) % sentences.length]} `;
  return note.slice(0, length);
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

const runs = Number(process.argv[2] ?? 200);
const note = buildNote(5000);
for (let i = 0; i < 20; i++) scan(note); // warm up the JIT and the lazy word list

const times: number[] = [];
const cpuTimes: number[] = [];
let findings = 0;
for (let i = 0; i < runs; i++) {
  times.push(time(() => (findings = scan(note).length)));
  cpuTimes.push(cpu(() => scan(note)));
}
const med = median(times);
const medCpu = median(cpuTimes);
const p95 = [...times].sort((a, b) => a - b)[Math.floor(runs * 0.95)];
console.log(
  `5,000-character note: median ${med.toFixed(2)} ms (${medCpu.toFixed(2)} ms CPU), p95 ${p95.toFixed(2)} ms over ${runs} runs, ${findings} findings`,
);
console.log(
  `throughput: ${(note.length / 1e6 / (med / 1000)).toFixed(2)} MB/s (${(note.length / 1e6 / (medCpu / 1000)).toFixed(2)} MB/s by CPU time)`,
);

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
const normal20k = medianOf(buildNote(HOSTILE_LENGTH), 20, 21);
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
    `${(normal20k / medCpu).toFixed(1)}× the 5,000-character note`,
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
