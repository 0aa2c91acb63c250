/** Reading and writing the corpus files (Node only: scripts and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, splitOf, type CorpusEntry, type CorpusSource } from '../src/lib/eval/corpus';
import { parseMarkup } from '../src/lib/eval/markup';

export const CORPUS_DIR = join(__dirname, '..', 'corpus');
export const SOURCES: readonly CorpusSource[] = ['nl', 'en', 'clean'];

/**
 * The authoring files of one source: corpus/src/<source>.txt first, then any
 * later batch corpus/src/<source>.<batch>.txt in name order. Later batches are
 * appended, so the ids of earlier sentences never change.
 */
export function markupFiles(source: CorpusSource): string[] {
  const batches = readdirSync(join(CORPUS_DIR, 'src'))
    .filter((name) => name.startsWith(`${source}.`) && name.endsWith('.txt'))
    .filter((name) => name !== `${source}.txt`)
    .sort();
  return [`${source}.txt`, ...batches];
}

/** Entries from the authoring files of one source (inline markup). */
export function entriesFromMarkup(source: CorpusSource): CorpusEntry[] {
  const lines = markupFiles(source).flatMap((name) => readFileSync(join(CORPUS_DIR, 'src', name), 'utf8').split('\n'));
  const entries: CorpusEntry[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const { text, labels } = parseMarkup(trimmed);
    if (source === 'clean' && labels.length > 0) throw new Error(`clean sentence with a label: ${trimmed}`);
    entries.push({
      id: `${source}-${String(entries.length + 1).padStart(4, '0')}`,
      source,
      split: splitOf(text),
      text,
      labels,
    });
  }
  return entries;
}

export function toJsonl(entries: readonly CorpusEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
}

/** The committed corpus, corpus/<source>.jsonl. */
export function loadCorpus(sources: readonly CorpusSource[] = SOURCES): CorpusEntry[] {
  return sources.flatMap((source) => parseCorpus(readFileSync(join(CORPUS_DIR, `${source}.jsonl`), 'utf8')));
}
