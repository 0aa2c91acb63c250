// npm run bench:hostile — issue 14: can one client with hostile free text slow everyone else down?
// 20 counsellors autosave their drafts at a realistic pace (one save every BENCH_AUTOSAVE_MS each,
// the note growing sentence by sentence), first quietly, then while one more signed-in client
// sends hostile texts without pause (20,000 characters built to make the identifier detector slow,
// to the scan route and to its own draft in turn). Prints p50/p95/p99 of the autosaves in both
// runs, the p99 ratio (target: the hostile run within 2× of the quiet one), and what the hostile
// client got back (200s, 422 not_scanned, 503 scanner_busy — never a 500).
// Exits 1 on a setup error or when any autosave failed; slow figures are reported, not failed.
// Env: DATABASE_URL (else embedded PostgreSQL), LEIDRAAD_E2E_DIST (the build to run, else dist/),
//      BENCH_SECONDS (30 per run), BENCH_AUTOSAVE_MS (3000), BENCH_CLIENTS (20).
import { performance } from 'node:perf_hooks';
import {
  ensureBuilt,
  envNumber,
  latencySummary,
  log,
  machine,
  openDraft,
  requireSource,
  runBench,
  signedInCounsellors,
  startApi,
} from './bench-support.mjs';

const SECONDS = envNumber('BENCH_SECONDS', 30);
const AUTOSAVE_MS = envNumber('BENCH_AUTOSAVE_MS', 3000);
const CLIENTS = envNumber('BENCH_CLIENTS', 20);
const HOSTILE_LENGTH = 20_000;
const TARGET_RATIO = 2;

// Identifier-free sentences: the note grows by one each autosave, as a counsellor types.
const SENTENCES = [
  'Beller vertelt dat de gedachten de laatste weken vaker terugkomen, vooral in de avond als het stil is in huis.',
  'Hij schaamt zich en wil voorkomen dat het ooit verder gaat dan gedachten.',
  'We hebben besproken wat hem helpt om afstand te nemen: naar buiten gaan, iemand bellen, de telefoon wegleggen.',
  'Hij merkt dat praten lucht geeft.',
  'Uitgelegd welke vormen van hulp er zijn en dat hulp anoniem kan beginnen.',
  'Hij wil erover nadenken en belt misschien terug om samen een volgende stap te zetten.',
  'Afgesproken dat hij bij toename van de spanning eerder belt.',
];

/** The detector's own hostile inputs (libs/shared/pseudonymisation/src/lib/testing/hostile.ts). */
function hostileTexts() {
  const { HOSTILE_UNITS, MIXED_SCRIPTS, repeatTo } = requireSource(
    'libs/shared/pseudonymisation/tsconfig.lib.json',
    'libs/shared/pseudonymisation/src/lib/testing/hostile.ts',
  );
  return [
    repeatTo(`Dee${'dee'.repeat(10)}`, HOSTILE_LENGTH), // the text of the issue
    ...Object.values(HOSTILE_UNITS).map((unit) => repeatTo(unit, HOSTILE_LENGTH)),
    repeatTo(MIXED_SCRIPTS, HOSTILE_LENGTH),
  ];
}

function draftBody(revision, summary) {
  return {
    revision,
    channel: 'phone',
    startedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
    endedAt: null,
    summary,
    outcome: null,
    referrals: [],
  };
}

/** Each counsellor autosaves every AUTOSAVE_MS (first save at a random offset) for SECONDS. */
async function autosaves(counsellors) {
  const latencies = [];
  const failures = {};
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    counsellors.map(async (c) => {
      await new Promise((r) => setTimeout(r, Math.random() * AUTOSAVE_MS));
      for (let next = performance.now(); next < until; next += AUTOSAVE_MS) {
        await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
        c.revision++;
        const note = SENTENCES.slice(0, 1 + (c.revision % SENTENCES.length)).join(' ');
        const begin = performance.now();
        const saved = await c.session.call('PUT', c.draft, draftBody(c.revision, note));
        latencies.push(performance.now() - begin);
        if (saved.status !== 200) failures[saved.status] = (failures[saved.status] ?? 0) + 1;
      }
    }),
  );
  const { count, ...figures } = latencySummary(latencies);
  return { saves: count, failures, ...figures };
}

/** The hostile client: closed loop, the scan route and its own draft in turn, until `stop()`. */
function attack(attacker, texts) {
  const statuses = {};
  const latencies = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const text = texts[i % texts.length];
      const begin = performance.now();
      const response =
        i % 2 === 0
          ? await attacker.session.call('POST', '/api/pseudonymisation/scan', { text })
          : await attacker.session.call('PUT', attacker.draft, draftBody(++attacker.revision, text));
      latencies.push(performance.now() - begin);
      const key = response.body?.code ? `${response.status} ${response.body.code}` : String(response.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
      // A refused save leaves the stored revision where it was.
      if (i % 2 === 1 && response.status !== 200) attacker.revision--;
    }
  })();
  return async () => {
    running = false;
    await done;
    const { count, p50, max } = latencySummary(latencies);
    return { requests: count, statuses, p50, max };
  };
}

const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  await ensureBuilt('charsPerMinute');
  const texts = hostileTexts();
  const { base, appEnv } = await startApi('bench_hostile');

  // The first of them is the hostile client.
  const usernames = Array.from({ length: CLIENTS + 1 }, (_, i) => `hostile${String(i).padStart(2, '0')}`);
  const sessions = await signedInCounsellors(base, appEnv, usernames, '10.14.0');
  log('opening a draft each');
  const everyone = await Promise.all(sessions.map(async (session) => ({ session, draft: await openDraft(session), revision: 0 })));
  const [attacker, ...counsellors] = everyone;

  log(`quiet run: ${CLIENTS} counsellors autosave every ${AUTOSAVE_MS} ms for ${SECONDS} s`);
  const quiet = await autosaves(counsellors);
  log(`hostile run: the same, while one client sends ${texts.length} kinds of hostile 20,000-character texts`);
  const stop = attack(attacker, texts);
  const hostile = await autosaves(counsellors);
  const attackerFigures = await stop();

  const ratio = hostile.p99 / quiet.p99;
  console.log(`\nbench:hostile — ${machine()}`);
  console.log(`${CLIENTS} counsellors, one autosave each every ${AUTOSAVE_MS} ms, ${SECONDS} s per run\n`);
  console.log('| run | saves | failed | p50 | p95 | p99 | max |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of [
    ['quiet', quiet],
    ['one hostile client', hostile],
  ]) {
    const failed = Object.values(r.failures).reduce((a, b) => a + b, 0);
    console.log(`| ${name} | ${r.saves} | ${failed} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} |`);
  }
  console.log(`\np99 hostile / quiet: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) ${ratio <= TARGET_RATIO ? 'MET' : 'NOT MET'}`);
  console.log(
    `hostile client: ${attackerFigures.requests} requests, p50 ${ms(attackerFigures.p50)}, max ${ms(attackerFigures.max)}; answers ${JSON.stringify(attackerFigures.statuses)}`,
  );
  const failed = { ...quiet.failures, ...hostile.failures };
  if (Object.keys(failed).length > 0) {
    log(`autosaves failed: ${JSON.stringify({ quiet: quiet.failures, hostile: hostile.failures })}`);
    return 1;
  }
  if (Object.keys(attackerFigures.statuses).some((status) => status.startsWith('5') && !status.includes('scanner_busy'))) {
    log('the hostile client got a server error');
    return 1;
  }
  return 0;
}

await runBench(main);
