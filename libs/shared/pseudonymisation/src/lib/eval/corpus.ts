import { isPiiCategory } from '../categories';
import type { LabelledSpan } from './markup';

export type CorpusSource = 'nl' | 'en' | 'clean';
export type CorpusSplit = 'tune' | 'holdout';

export interface CorpusEntry {
  id: string;
  source: CorpusSource;
  split: CorpusSplit;
  text: string;
  labels: LabelledSpan[];
}

/** FNV-1a: a stable hash, so a sentence keeps its split however the files are ordered. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** About one sentence in five is held out: never looked at while tuning. */
export function splitOf(text: string): CorpusSplit {
  return fnv1a(text) % 5 === 0 ? 'holdout' : 'tune';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Parses one corpus file (JSON Lines), checking every field. */
export function parseCorpus(jsonl: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const [index, line] of jsonl.split('\n').entries()) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    if (!isRecord(value)) throw new Error(`line ${index + 1}: not an object`);
    const { id, source, split, text, labels } = value;
    if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(labels)) {
      throw new Error(`line ${index + 1}: id, text and labels are required`);
    }
    if (source !== 'nl' && source !== 'en' && source !== 'clean') throw new Error(`line ${index + 1}: bad source`);
    if (split !== 'tune' && split !== 'holdout') throw new Error(`line ${index + 1}: bad split`);
    const parsedLabels: LabelledSpan[] = labels.map((label: unknown) => {
      if (
        !isRecord(label) ||
        typeof label['start'] !== 'number' ||
        typeof label['end'] !== 'number' ||
        typeof label['category'] !== 'string' ||
        !isPiiCategory(label['category'])
      ) {
        throw new Error(`line ${index + 1}: bad label`);
      }
      return {
        start: label['start'],
        end: label['end'],
        category: label['category'],
      };
    });
    entries.push({ id, source, split, text, labels: parsedLabels });
  }
  return entries;
}
