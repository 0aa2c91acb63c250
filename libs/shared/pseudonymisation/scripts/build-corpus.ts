/**
 * Turns the authoring files corpus/src/*.txt (inline markup such as
 * "[[Pieter|person_name]]") into corpus/*.jsonl with character offsets.
 *
 * Run: npx ts-node --project libs/shared/pseudonymisation/tsconfig.spec.json \
 *        libs/shared/pseudonymisation/scripts/build-corpus.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, SOURCES, entriesFromMarkup, toJsonl } from './corpus-files';

for (const source of SOURCES) {
  const entries = entriesFromMarkup(source);
  writeFileSync(join(CORPUS_DIR, `${source}.jsonl`), toJsonl(entries));
  const holdout = entries.filter((entry) => entry.split === 'holdout').length;
  const labels = entries.reduce((sum, entry) => sum + entry.labels.length, 0);
  console.log(`${source}: ${entries.length} sentences (${holdout} held out), ${labels} labels`);
}
