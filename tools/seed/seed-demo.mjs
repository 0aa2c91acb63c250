// npm run seed:demo -- --contacts 1000000 [--helplines 2] [--force]
// Fills the database DATABASE_URL names with realistic synthetic data for demos and benchmarks:
// 50 counsellors and 5 supervisors (one shared demo password, printed at the end), cases
// (≈ contacts / 5) and their contacts over the last two years, guide progress for relatives'
// cases, safety plans, appointments without double bookings, risk flags and handovers.
// Runs the app's migrations first. Free text is the ciphertext of a few identifier-free template
// notes, encrypted once with the configured data key (LEIDRAAD_DATA_KEYS, else the development
// secrets in LEIDRAAD_DATA_DIR, as the app reads them), so the app can read it and nothing is
// stored as plaintext. Everything is written in one transaction: a failed run leaves nothing.
// With --helplines 2 (or 3) a second (and third) helpline gets the same again, with staff of its
// own (demo.vl.…, demo.uk.…): row-level security keeps their data apart as it does in production.
// Refuses: without DATABASE_URL, the `postgres` maintenance database, or a database that already
// holds staff other than demo accounts or any cases (unless --force).
import { createCipheriv, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  appConfig,
  bindCiphertexts,
  fieldCipher,
  generateCaseCode,
  guideItemIds,
  guideVersion,
  hashPassword,
  migrate,
  passwordProblems,
  scanText,
} from './app-code.mjs';
import { contactCounts } from './contact-counts.mjs';
import { SEEDED_TABLES, seedSteps } from './seed-sql.mjs';
import { DEMO_PREFIX, demoPassword, demoStaff, upsertStaff } from './seed-staff.mjs';
import { TEMPLATES } from './templates.mjs';

const USAGE = 'Usage: DATABASE_URL=postgres://… npm run seed:demo -- --contacts 1000000 [--helplines 1|2|3] [--force]';
/** The helplines a demo can hold: the installation's first one, then these (made when missing). */
const HELPLINES = [
  { name: null, language: 'nl', prefix: DEMO_PREFIX },
  { name: 'Stop it Now Vlaanderen', language: 'nl-BE', prefix: `${DEMO_PREFIX}vl.` },
  { name: 'Stop it Now UK', language: 'en', prefix: `${DEMO_PREFIX}uk.` },
];
const COUNSELLORS = 50;
const SUPERVISORS = 5;
/** Accounts a development checkout creates for itself on first start (demo-accounts.ts). */
const DEVELOPMENT_ACCOUNTS = ['hulpverlener', 'supervisor', 'beheerder'];

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const log = (message) => process.stdout.write(`[seed ${elapsed()}] ${message}\n`);

class Refusal extends Error {}

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      contacts: { type: 'string', default: '1000000' },
      helplines: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const contacts = Number(values.contacts);
  if (!Number.isInteger(contacts) || contacts < 10 || contacts > 20_000_000) {
    throw new Refusal(`--contacts must be a whole number between 10 and 20000000, got "${values.contacts}"`);
  }
  const helplines = Number(values.helplines);
  if (!Number.isInteger(helplines) || helplines < 1 || helplines > HELPLINES.length) {
    throw new Refusal(`--helplines must be 1, 2 or 3, got "${values.helplines}"`);
  }
  return { contacts, helplines, force: values.force };
}

function databaseUrl() {
  const raw = process.env.DATABASE_URL;
  if (!raw) {
    throw new Refusal(
      'DATABASE_URL is not set. Name the database to fill, e.g.\n' +
        '  createdb -h 127.0.0.1 -U postgres leidraad_demo\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/leidraad_demo npm run seed:demo -- --contacts 20000',
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Refusal('DATABASE_URL is not a valid URL');
  }
  const name = decodeURIComponent(url.pathname.slice(1));
  if (name === '' || name === 'postgres' || name === 'template0' || name === 'template1') {
    throw new Refusal(`refusing to seed the "${name || 'postgres'}" maintenance database: create a database of its own`);
  }
  return raw;
}

/** Refuses a database that looks like it holds real work, unless --force. */
async function checkTarget(client, force) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM staff WHERE NOT (username LIKE $1 || '%' OR username = ANY($2)))::int AS real_staff,
            (SELECT count(*) FROM case_file)::int AS cases`,
    [DEMO_PREFIX, DEVELOPMENT_ACCOUNTS],
  );
  const { real_staff: realStaff, cases } = rows[0];
  if (force || (realStaff === 0 && cases === 0)) return;
  throw new Refusal(
    `refusing to seed: the database already holds ${realStaff} staff account(s) that are not demo accounts and ` +
      `${cases} case(s). Use a fresh database, or pass --force to add demo data anyway.`,
  );
}

/**
 * A template's placeholder ciphertext, shared by every row that gets it: the layout from before
 * values were bound to their row (version 1, AES-256-GCM with the active key, no additional
 * data). `bindCiphertexts` re-encrypts each of them for its own row right after the load.
 */
function templateCiphertext(config, text) {
  const key = config.dataKeys.get(config.activeDataKeyId);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  const id = Buffer.from(config.activeDataKeyId, 'utf8');
  return Buffer.concat([Buffer.from([1, id.length]), id, iv, cipher.getAuthTag(), body]);
}

/** Encrypts every template once and checks it carries no identifier. */
function encryptTemplates(config) {
  const kinds = [];
  for (const [kind, texts] of Object.entries(TEMPLATES)) {
    for (const text of texts) {
      const findings = scanText(text);
      if (findings.length > 0) {
        throw new Error(`template "${text}" contains identifiers: ${JSON.stringify(findings)}`);
      }
    }
    kinds.push({ kind, bodies: texts.map((text) => templateCiphertext(config, text)) });
  }
  return kinds;
}

/** `count` distinct valid case codes, none already in the database. */
async function caseCodes(client, count) {
  const taken = new Set((await client.query('SELECT code FROM case_file')).rows.map((r) => r.code));
  const codes = new Set();
  while (codes.size < count) {
    const code = generateCaseCode();
    if (!taken.has(code)) codes.add(code);
  }
  return [...codes];
}

async function fillInputs(client, { codes, counts, staffIds, texts }) {
  await client.query('CREATE TEMP TABLE seed_input (ci int PRIMARY KEY, code text NOT NULL, k int NOT NULL) ON COMMIT DROP');
  const batch = 50_000;
  for (let from = 0; from < codes.length; from += batch) {
    await client.query(
      `INSERT INTO seed_input (ci, code, k)
       SELECT $3::int + t.i, t.code, t.k FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS t(code, k, i)`,
      [codes.slice(from, from + batch), counts.slice(from, from + batch), from],
    );
  }
  await client.query('CREATE TEMP TABLE seed_staff (kind text PRIMARY KEY, ids uuid[] NOT NULL) ON COMMIT DROP');
  await client.query(`INSERT INTO seed_staff VALUES ('counsellor', $1), ('supervisor', $2)`, [staffIds.counsellor, staffIds.supervisor]);
  await client.query('CREATE TEMP TABLE seed_text (kind text PRIMARY KEY, bodies bytea[] NOT NULL) ON COMMIT DROP');
  for (const { kind, bodies } of texts) {
    await client.query('INSERT INTO seed_text VALUES ($1, $2)', [kind, bodies]);
  }
}

/**
 * Bulk-load mode: with session_replication_role = replica PostgreSQL skips triggers, including
 * foreign-key checks and any summary-table triggers (rebuilt at the end), which makes the load
 * several times faster. Only a superuser may set it; otherwise the load runs with triggers on.
 */
async function bulkMode(client) {
  const { rows } = await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  if (rows[0]?.rolsuper) {
    await client.query(`SET LOCAL session_replication_role = replica`);
    log('triggers and foreign-key checks off for the load (session_replication_role = replica)');
  } else {
    log('not a superuser: loading with triggers on (slower)');
  }
  await client.query(`SET LOCAL statement_timeout = 0`);
  await client.query(`SET LOCAL work_mem = '256MB'`);
  await client.query(`SET LOCAL synchronous_commit = off`);
  await client.query(`SELECT setseed(0.4242)`);
}

/** The id of demo helpline `index` (0: the installation's first), made when missing. */
async function helplineId(client, index) {
  const { name, language } = HELPLINES[index];
  if (name === null) return (await client.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0].id;
  await client.query(`INSERT INTO helpline (name, language) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, language]);
  return (await client.query(`SELECT id FROM helpline WHERE name = $1`, [name])).rows[0].id;
}

/**
 * One helpline's staff, cases and everything hanging off them, in one transaction that names the
 * helpline: every row it adds belongs to it (the tables' default), as the app's rows do.
 */
async function loadHelpline(client, { index, contacts, texts, passwordHash }) {
  const helpline = await helplineId(client, index);
  const staff = demoStaff(COUNSELLORS, SUPERVISORS, HELPLINES[index].prefix);
  const counts = contactCounts(contacts, Math.max(1, Math.round(contacts / 5)));
  const codes = await caseCodes(client, counts.length);
  log(`helpline ${index + 1}: ${codes.length} case codes for ${contacts} contacts`);
  await client.query('BEGIN');
  await client.query(`SELECT set_config('leidraad.helpline', $1, true)`, [helpline]);
  await bulkMode(client);
  const staffIds = await upsertStaff(client, staff, passwordHash, helpline);
  await fillInputs(client, { codes, counts, staffIds, texts });
  await client.query('ANALYZE seed_input');
  for (const [label, sql] of seedSteps({ itemIds: guideItemIds(), guideVersion: guideVersion() })) {
    const t = performance.now();
    const result = await client.query(sql);
    const rows = result.rowCount ?? 0;
    // Autovacuum never analyzes temporary tables: without statistics the joins that follow
    // would be planned for empty tables.
    const temporary = /^\s*CREATE TEMP TABLE (\w+)/.exec(sql)?.[1];
    if (temporary) await client.query(`ANALYZE ${temporary}`);
    log(`${label}: ${rows.toLocaleString('en')} rows (${((performance.now() - t) / 1000).toFixed(1)}s)`);
  }
  await client.query('COMMIT');
  return staff;
}

async function rebuildSummaries(client) {
  const { rows } = await client.query(`SELECT 1 FROM pg_proc WHERE proname = 'supervision_summaries_rebuild' AND pronargs = 0`);
  if (rows.length === 0) return;
  log('rebuilding the supervision summaries (supervision_summaries_rebuild())');
  await client.query('SET statement_timeout = 0');
  await client.query('SELECT supervision_summaries_rebuild()');
}

async function main() {
  const { contacts, helplines, force } = options(process.argv.slice(2));
  const url = databaseUrl();
  const config = appConfig();
  const cipher = fieldCipher(config);

  const client = new pg.Client({ connectionString: url, application_name: 'leidraad-seed-demo' });
  await client.connect();
  try {
    // Check before migrating, so a refused database is left exactly as it was.
    const { rows } = await client.query(`SELECT to_regclass('case_file') IS NOT NULL AS migrated`);
    if (rows[0].migrated) await checkTarget(client, force);
    log('applying migrations');
    const applied = await migrate(url);
    if (applied.length > 0) log(`applied ${applied.length} migration(s)`);
    if (!rows[0].migrated) await checkTarget(client, force);
    const texts = encryptTemplates(config);
    const password = demoPassword();
    const prefixes = HELPLINES.slice(0, helplines).map((helpline) => helpline.prefix);
    for (const member of prefixes.flatMap((prefix) => demoStaff(COUNSELLORS, SUPERVISORS, prefix))) {
      const problems = passwordProblems(password, member.username);
      if (problems.length > 0) throw new Error(`demo password refused by the policy: ${problems.join(', ')}`);
    }
    const passwordHash = await hashPassword(password);
    const staffOf = [];
    for (let index = 0; index < helplines; index++) {
      staffOf.push(await loadHelpline(client, { index, contacts, texts, passwordHash }));
    }

    // Every free-text value is bound to its own row (each batch a statement: resumable).
    const t = performance.now();
    const bound = await bindCiphertexts(async (statement) => (await client.query(statement.text, [...statement.values])).rows, cipher, {
      batchSize: 20_000,
    });
    log(
      `free text encrypted for its row: ${Object.values(bound)
        .reduce((sum, n) => sum + n, 0)
        .toLocaleString('en')} rows ` + `(${((performance.now() - t) / 1000).toFixed(1)}s)`,
    );

    // Statistics first: the summary rebuild joins the freshly loaded tables.
    log('vacuum and analyze');
    await client.query(`VACUUM (ANALYZE) ${SEEDED_TABLES.join(', ')}`);
    await rebuildSummaries(client);

    const totals = await client.query(
      SEEDED_TABLES.map((table) => `SELECT '${table}' AS table_name, count(*)::bigint AS rows FROM ${table}`).join(' UNION ALL '),
    );
    const rowsOf = new Map(totals.rows.map((row) => [row.table_name, Number(row.rows)]));
    process.stdout.write('\nRows per table:\n');
    for (const table of SEEDED_TABLES) {
      process.stdout.write(`  ${table.padEnd(24)} ${rowsOf.get(table).toLocaleString('en').padStart(12)}\n`);
    }
    process.stdout.write(`\nDone in ${elapsed()}.\n`);
    staffOf.forEach((staff, index) => {
      const name = HELPLINES[index].name ?? 'the first helpline';
      process.stdout.write(
        `Demo accounts of ${name}: ${staff[0].username} … ${staff[COUNSELLORS - 1].username} (counsellors), ` +
          `${staff[COUNSELLORS].username} … ${staff[staff.length - 1].username} (supervisors)\n`,
      );
    });
    process.stdout.write(`Demo password (all of them): ${password}\n`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  process.stderr.write(`seed:demo: ${error instanceof Refusal ? '' : 'failed: '}${error.message}\n`);
  if (error instanceof Refusal && error.message.startsWith('--')) process.stderr.write(`${USAGE}\n`);
  process.exit(error instanceof Refusal ? 2 : 1);
});
