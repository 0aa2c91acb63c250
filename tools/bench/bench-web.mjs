#!/usr/bin/env node
// npm run bench:web — Lighthouse (desktop preset) on the sign-in page, Vandaag and the call screen
// of the built app, plus the size of the initial bundle. Builds nothing: expects `npm run build`
// (dist/) or another build in LEIDRAAD_E2E_DIST. Starts the app on a fresh database the way the
// e2e suite does (apps/web-e2e/test/app-global-setup.mjs), creates a counsellor with `user:create`,
// signs in over HTTP and hands Lighthouse the session cookie. Targets (issue 9): performance ≥ 95,
// accessibility 100, best practices ≥ 95, initial JS ≤ 150 kB compressed. Exits 1 below a target.
// Env: DATABASE_URL (else embedded PostgreSQL), CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_WEB_REPORT_DIR (optional: write each page's Lighthouse JSON there).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { createTestDatabase, freePort } from '../testing/test-database.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.LEIDRAAD_E2E_DIST ?? 'dist');
const browserDir = join(dist, 'apps/web/browser');
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const INITIAL_JS_GZIP_KB = 150;
// As apps/web-e2e/src/support/browser.ts: headless, nothing that phones home (no network here).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The scripts, module preloads and stylesheets index.html loads before anything lazy. */
function initialBundle(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  const js = [...new Set([...refs(/<script[^>]+src="([^"]+\.js)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)])];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g);
  const measure = (file) => {
    const body = readFileSync(join(dir, file));
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, br: brotliCompressSync(body).length };
  };
  return { js: js.map(measure), css: css.map(measure) };
}

async function startApp() {
  for (const file of ['apps/api/main.js', 'apps/web/browser/index.html']) {
    if (!existsSync(join(dist, file))) throw new Error(`${join(dist, file)} is missing: build first (npm run build)`);
  }
  const database = await createTestDatabase('leidraad_bench_web');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'leidraad-bench-web-'));
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    LEIDRAAD_DATA_DIR: dataDir,
    LEIDRAAD_WEB_DIR: browserDir,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  };
  const account = { username: 'bench-counsellor', password: 'bench wachtwoord voor de hulplijn' };
  const created = spawnSync(
    process.execPath,
    [
      join(dist, 'apps/api/cli.js'),
      'user:create',
      '--username',
      account.username,
      '--role',
      'counsellor',
      '--display-name',
      'Bench Hulpverlener',
    ],
    { cwd: root, env, input: `${account.password}\n`, encoding: 'utf8' },
  );
  if (created.status !== 0) throw new Error(`user:create failed: ${created.stderr}`);
  const log = [];
  const app = spawn(process.execPath, [join(dist, 'apps/api/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  app.stdout.on('data', (chunk) => log.push(chunk));
  app.stderr.on('data', (chunk) => log.push(chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}:\n${Buffer.concat(log).toString()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the app did not become healthy within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    const exited = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, account, stop };
}

/** A tiny cookie jar over fetch, sending the XSRF header as Angular does. */
function httpClient(baseUrl) {
  const jar = new Map();
  const request = async (method, path, body) => {
    if (method !== 'GET' && !jar.has('XSRF-TOKEN')) await request('GET', '/api/health');
    const headers = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-xsrf-token'] = jar.get('XSRF-TOKEN') ?? '';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { request, cookies: () => [...jar].map(([name, value]) => ({ name, value })) };
}

/**
 * One Lighthouse run in a fresh Chromium (cold cache, empty profile). A signed-in page gets the
 * session cookies in the browser's own jar first — a `Cookie` in `extraHeaders` does not reach the
 * app's XHRs — and Lighthouse keeps them (`disableStorageReset`; the profile is new anyway).
 */
async function audit(url, cookies) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  try {
    const page = await browser.newPage();
    if (cookies.length > 0) await page.setCookie(...cookies.map(({ name, value }) => ({ name, value, url })));
    const result = await lighthouse(
      url,
      { output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS), disableStorageReset: cookies.length > 0 },
      desktopConfig,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

/** Audits that cost points: score below 1 and counted (weight > 0) in a category. */
function shortfalls(lhr) {
  const out = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1)
        out.push(`${id}: ${ref.id} (${Math.round(a.score * 100)}) ${a.displayValue ?? ''}`.trim());
    }
  }
  return out;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const bundle = initialBundle(browserDir);
  const jsRaw = bundle.js.reduce((n, f) => n + f.raw, 0);
  const jsGzip = bundle.js.reduce((n, f) => n + f.gzip, 0);
  console.log(`Initial bundle (${browserDir})`);
  for (const f of [...bundle.js, ...bundle.css])
    console.log(`  ${f.file.padEnd(24)} ${kB(f.raw).padStart(10)} raw ${kB(f.gzip).padStart(9)} gzip ${kB(f.br).padStart(9)} brotli`);
  const cssRaw = bundle.css.reduce((n, f) => n + f.raw, 0);
  const cssGzip = bundle.css.reduce((n, f) => n + f.gzip, 0);
  const jsBr = bundle.js.reduce((n, f) => n + f.br, 0);
  console.log(
    `  JavaScript total: ${kB(jsRaw)} raw, ${kB(jsGzip)} gzip, ${kB(jsBr)} brotli (target ≤ ${INITIAL_JS_GZIP_KB} kB, checked on gzip)`,
  );
  console.log(`  styles total:     ${kB(cssRaw)} raw, ${kB(cssGzip)} gzip`);
  let failed = jsGzip > INITIAL_JS_GZIP_KB * 1024;

  const precompressed =
    existsSync(join(browserDir, 'index.html.br')) || bundle.js.some((f) => existsSync(join(browserDir, `${f.file}.br`)));
  console.log(`  served precompressed (tools/build/precompress.mjs): ${precompressed ? 'yes' : 'no — text compression will cost points'}`);

  const app = await startApp();
  try {
    const http = httpClient(app.baseUrl);
    await http.request('POST', '/api/auth/login', app.account);
    const started = await http.request('POST', '/api/cases', { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const cookies = http.cookies();
    const pages = [
      { name: 'sign-in', path: '/aanmelden', cookies: [] },
      { name: 'Vandaag', path: '/vandaag', cookies },
      { name: 'call screen', path: `/gesprek/${started.id}/${started.drafts[0].id}`, cookies },
    ];
    const reportDir = process.env.BENCH_WEB_REPORT_DIR;
    if (reportDir) mkdirSync(reportDir, { recursive: true });
    console.log(
      `\nLighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, desktop preset, ${CHROMIUM}`,
    );
    console.log(`${'page'.padEnd(14)}${'performance'.padStart(13)}${'accessibility'.padStart(15)}${'best practices'.padStart(16)}`);
    const notes = [];
    for (const page of pages) {
      const lhr = await audit(`${app.baseUrl}${page.path}`, page.cookies);
      if (reportDir) writeFileSync(join(reportDir, `${page.name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr, null, 1));
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const cells = Object.entries(TARGETS).map(([id, target]) => {
        const value = score(id);
        if (value < target) failed = true;
        return `${value}${value < target ? '!' : ' '}`;
      });
      if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
        failed = true;
        notes.push(`${page.name}: ended on ${lhr.finalDisplayedUrl}, not ${page.path}`);
      }
      console.log(`${page.name.padEnd(14)}${cells[0].padStart(13)}${cells[1].padStart(15)}${cells[2].padStart(16)}`);
      for (const line of shortfalls(lhr)) notes.push(`${page.name}: ${line}`);
    }
    console.log(
      `targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS['best-practices']} (! = below)`,
    );
    if (notes.length > 0) console.log(`\nWhere points were lost:\n  ${notes.join('\n  ')}`);
  } finally {
    await app.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
