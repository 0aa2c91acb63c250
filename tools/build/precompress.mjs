#!/usr/bin/env node
// node tools/build/precompress.mjs <dir> — writes `<file>.br` and `<file>.gz` beside every text
// asset of the built web app (JS, CSS, HTML, JSON, SVG, ICO, TXT) of 1 kB or more, where that
// is smaller. @fastify/static (`preCompressed: true`) then sends them to browsers that accept
// them: no compression work per request, and the smallest files brotli at its best can make.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|json|svg|ico|txt|webmanifest)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

export function precompress(dir) {
  let raw = 0;
  let br = 0;
  let count = 0;
  for (const path of files(dir)) {
    if (statSync(path).size < MIN_BYTES) continue;
    const body = readFileSync(path);
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const gzip = gzipSync(body, { level: 9 });
    if (brotli.length < body.length) writeFileSync(`${path}.br`, brotli);
    if (gzip.length < body.length) writeFileSync(`${path}.gz`, gzip);
    raw += body.length;
    br += Math.min(brotli.length, body.length);
    count += 1;
  }
  return { count, raw, br };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tools/build/precompress.mjs <built web app dir, e.g. dist/apps/web/browser>');
    process.exit(2);
  }
  const { count, raw, br } = precompress(resolve(dir));
  console.log(`precompressed ${count} files: ${(raw / 1024).toFixed(0)} kB → ${(br / 1024).toFixed(0)} kB brotli`);
}
