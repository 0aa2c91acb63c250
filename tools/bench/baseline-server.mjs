// The baseline for bench-api.mjs: plain node:http + pg running the same statements as the API's
// open-by-code and autosave (session check, look-up throttle, case header, audit insert, AES-GCM
// of the note). No framework, no validation beyond the minimum, no identifier check.
// Env: DATABASE_URL, PORT. Prints "listening <port>" when ready.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import {
  AUDIT_SQL,
  OPEN_BY_CODE_SQL,
  SAVE_DRAFT_SQL,
  SESSION_SQL,
} from './hot-path-sql.mjs';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
});
const KEY = randomBytes(32);
const KEY_ID = Buffer.from('k1');
const IDLE_MINUTES = 15;

function encrypt(text) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([
    Buffer.from([1, KEY_ID.length]),
    KEY_ID,
    iv,
    cipher.getAuthTag(),
    body,
  ]);
}

const grouped = (code) =>
  `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
const iso = (value) =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function cookie(req, name) {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (part.slice(0, at).trim() === name)
      return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

async function staffOf(req) {
  const token = cookie(req, 'leidraad_session');
  if (!token) return undefined;
  const { rows } = await pool.query(SESSION_SQL, [
    createHash('sha256').update(token).digest(),
    IDLE_MINUTES,
  ]);
  return rows[0];
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function openByCode(req, res, staff, rawCode) {
  const code = rawCode.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{9}$/.test(code))
    return send(res, 400, { title: 'bad code' });
  const { rows } = await pool.query(OPEN_BY_CODE_SQL, [
    staff.id,
    code,
    staff.role,
  ]);
  const row = rows[0];
  if (row.lookups > 20)
    return send(res, 429, { title: 'throttled', retryAfter: row.retry_after });
  if (row.id === null) return send(res, 404, { title: 'not found' });
  if (!(staff.role === 'supervisor' || row.has_access))
    return send(res, 403, { reasonRequired: true });
  await pool.query(AUDIT_SQL, [
    staff.id,
    'case.read',
    'case',
    row.id,
    grouped(code),
    'success',
    null,
  ]);
  send(res, 200, {
    id: row.id,
    code: grouped(row.code),
    callerRole: row.caller_role,
    concern: row.concern,
    status: row.status,
    version: row.version,
    assignee: { id: row.assignee_id, displayName: row.assignee_name },
    riskFlags: row.risk_flags,
    contactCount: row.contact_count,
    drafts: row.drafts.map((d) => ({
      id: d.id,
      counsellor: { id: d.counsellorId, displayName: d.counsellorName },
      updatedAt: iso(d.updatedAt),
    })),
    hasCodeWord: row.has_code_word,
    lastContactAt: row.last_contact_at ? iso(row.last_contact_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  });
}

async function saveDraft(req, res, staff, caseId, contactId) {
  const body = JSON.parse(await readBody(req));
  if (!Number.isInteger(body.revision) || body.revision < 1)
    return send(res, 400, { title: 'revision' });
  const { rows } = await pool.query(SAVE_DRAFT_SQL, [
    caseId,
    contactId,
    staff.id,
    body.revision,
    body.channel ?? null,
    body.startedAt ?? null,
    body.endedAt ?? null,
    body.summary == null ? null : encrypt(body.summary),
    body.outcome ?? null,
    body.referrals ?? [],
    staff.role,
  ]);
  if (!rows[0]) return send(res, 409, { title: 'not saved' });
  send(res, 200, {
    id: rows[0].id,
    revision: rows[0].revision,
    updatedAt: iso(rows[0].updated_at),
  });
}

const BY_CODE = /^\/api\/cases\/by-code\/([^/?]+)/;
const DRAFT =
  /^\/api\/cases\/([0-9a-f-]{36})\/contacts\/([0-9a-f-]{36})\/draft$/;

const server = createServer(async (req, res) => {
  try {
    const staff = await staffOf(req);
    if (!staff) return send(res, 401, { title: 'sign in' });
    let match;
    if (req.method === 'GET' && (match = BY_CODE.exec(req.url)))
      return await openByCode(req, res, staff, decodeURIComponent(match[1]));
    if (req.method === 'PUT' && (match = DRAFT.exec(req.url))) {
      if (req.headers['x-xsrf-token'] !== staff.csrf_token)
        return send(res, 403, { title: 'xsrf' });
      return await saveDraft(req, res, staff, match[1], match[2]);
    }
    send(res, 404, { title: 'no route' });
  } catch (error) {
    send(res, 500, { title: String(error?.message ?? error) });
  }
});
server.keepAliveTimeout = 72_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  console.log(`listening ${server.address().port}`),
);
process.on('SIGTERM', () =>
  server.close(() => pool.end().then(() => process.exit(0))),
);
