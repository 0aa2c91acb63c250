// The production statements for the baseline (baseline-server.mjs): hot-path-sql.ts imports them
// from the API's sources, and this bundles it with esbuild (as the Angular and Nx builds do; npm
// packages stay imports) into tmp/bench, so the benchmarks run the SQL the API runs, never a copy.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const outfile = resolve(root, 'tmp/bench/hot-path-sql.mjs');
await build({
  entryPoints: [resolve(import.meta.dirname, 'hot-path-sql.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: resolve(root, 'tsconfig.base.json'),
  outfile,
  logLevel: 'warning',
});

/** The exports of hot-path-sql.ts. */
export const sql = await import(pathToFileURL(outfile).href);
