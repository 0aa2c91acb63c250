/**
 * Precision and recall of the detector per category on the labelled corpus,
 * for the tuning part and the held-out part, plus the share of clean
 * sentences flagged.
 *
 * Run: npx ts-node --project libs/shared/pseudonymisation/tsconfig.spec.json \
 *        libs/shared/pseudonymisation/scripts/eval-pii.ts [--errors]
 * --errors lists the misses and false alarms of the tuning part only: the
 * held-out part is for measuring, not for tuning.
 */
import { scan } from '../src';
import { evaluate, formatTable } from '../src/lib/eval/evaluate';
import { toMarkup } from '../src/lib/eval/markup';
import { loadCorpus } from './corpus-files';

const corpus = loadCorpus();
const tune = corpus.filter((entry) => entry.split === 'tune');
const holdout = corpus.filter((entry) => entry.split === 'holdout');
const tuning = evaluate(tune, scan);
const heldOut = evaluate(holdout, scan);
const all = evaluate(corpus, scan);

console.log(
  `corpus: ${corpus.length} sentences (${tune.length} tuning, ${holdout.length} held out); ` +
    `nl ${corpus.filter((e) => e.source === 'nl').length}, en ${corpus.filter((e) => e.source === 'en').length}, clean ${corpus.filter((e) => e.source === 'clean').length}\n`,
);
console.log(
  formatTable([
    { title: 'tuning', evaluation: tuning },
    { title: 'held-out', evaluation: heldOut },
    { title: 'all', evaluation: all },
  ]),
);

if (process.argv.includes('--errors')) {
  console.log('\nErrors on the tuning part:');
  for (const error of tuning.errors) {
    const missed = error.missed.map((l) => `MISSED ${l.category} "${error.text.slice(l.start, l.end)}"`);
    const spurious = error.spurious.map((f) => `SPURIOUS ${f.category} "${error.text.slice(f.start, f.end)}"`);
    console.log(`- ${error.id}: ${toMarkup({ text: error.text, labels: [] })}\n    ${[...missed, ...spurious].join('\n    ')}`);
  }
}
