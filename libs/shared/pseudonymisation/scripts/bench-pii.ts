/**
 * Speed of the detector: median time to scan a 5,000-character note over many
 * runs, throughput in MB/s, and the time for 1 MB of adversarial input.
 *
 * Run: npx ts-node --project libs/shared/pseudonymisation/tsconfig.spec.json \
 *        libs/shared/pseudonymisation/scripts/bench-pii.ts [runs]
 */
import { performance } from 'node:perf_hooks';
import { scan } from '../src';
import { loadCorpus } from './corpus-files';

/** A realistic note: corpus sentences (with identifiers and without) up to `length` characters. */
export function buildNote(length: number): string {
  const sentences = loadCorpus().map((entry) => entry.text);
  let note = '';
  for (let i = 0; note.length < length; i++)
    note += `${sentences[(i * 7919) % sentences.length]} `;
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
let findings = 0;
for (let i = 0; i < runs; i++)
  times.push(time(() => (findings = scan(note).length)));
const med = median(times);
const p95 = [...times].sort((a, b) => a - b)[Math.floor(runs * 0.95)];
console.log(
  `5,000-character note: median ${med.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms over ${runs} runs, ${findings} findings`,
);
console.log(
  `throughput: ${(note.length / 1e6 / (med / 1000)).toFixed(2)} MB/s`,
);

const big = buildNote(1_000_000);
let wall = 0;
const cpuMs = cpu(() => (wall = time(() => scan(big))));
console.log(
  `1 MB of notes: ${wall.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`,
);
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
  console.log(
    `1 MB adversarial (${name}): ${elapsed.toFixed(0)} ms wall, ${used.toFixed(0)} ms CPU`,
  );
}
