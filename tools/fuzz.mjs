#!/usr/bin/env node
// npm run fuzz — the fuzz spec of the test suite (apps/api/src/test/fuzz.int-spec.ts) with a
// larger budget and a random seed, printed so a failure can be replayed:
//   LEIDRAAD_FUZZ_SEED=<seed> LEIDRAAD_FUZZ_RUNS=<runs> npm run fuzz
// Env: LEIDRAAD_FUZZ_RUNS (runs per endpoint, default 200: ~9,000 cases, ~15 minutes on 2 shared cores),
//      LEIDRAAD_FUZZ_SEED (default: random), DATABASE_URL (else an embedded PostgreSQL).
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const runs = process.env.LEIDRAAD_FUZZ_RUNS || '200';
const seed = process.env.LEIDRAAD_FUZZ_SEED || String(randomInt(1, 2 ** 31 - 1));
const replay = `LEIDRAAD_FUZZ_SEED=${seed} LEIDRAAD_FUZZ_RUNS=${runs} npm run fuzz`;
process.stdout.write(`fuzz: seed ${seed}, ${runs} runs per endpoint (replay: ${replay})\n`);

const result = spawnSync('npx', ['jest', '-c', 'apps/api/jest.int.config.cts', '--ci', 'src/test/fuzz.int-spec.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NX_DAEMON: 'false',
    LEIDRAAD_FUZZ_RUNS: runs,
    LEIDRAAD_FUZZ_SEED: seed,
  },
});
if (result.status !== 0) process.stdout.write(`\nfuzz failed — replay with: ${replay}\n`);
process.exit(result.status ?? 1);
