// The baseline for bench-api.mjs and bench-load.mjs: plain node:http + pg running the same
// statements as the API's routes (imported from its sources: hot-path-sql.ts) — session check, open by code (with a reason:
// access grant), start / autosave / finalise a contact, guide progress, free slots, booking an
// appointment, the supervisor's overview and trends — with their transactions, audit inserts and
// AES-256-GCM of free text. No framework, no validation beyond the minimum, no identifier check,
// no working-hours rules (slots: Monday–Friday 09:00–17:00 Dutch time, the default week).
// Env: DATABASE_URL, PORT. Prints "listening <port>" when ready.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { sql } from './hot-path-sql.mjs';

const {
  ACCESS_GRANT_HOURS,
  APPOINTMENT_VIEW_SQL,
  ATTENTION_SQL,
  ATTENTION_TOTALS_SQL,
  AUDIT_SQL,
  BUSY_SQL,
  CASE_FOR_UPDATE_SQL,
  CASE_SQL,
  CONTACT_VIEW_SQL,
  COUNSELLOR_LOAD_SQL,
  COUNSELLOR_ROLE_SQL,
  FINALISE_CASE_SQL,
  FINALISE_CONTACT_SQL,
  formatCaseCode,
  GRANT_SQL,
  GUIDE_FUNNEL_SQL,
  IN_THE_WAY_SQL,
  INSERT_APPOINTMENT_SQL,
  INSERT_DRAFT_SQL,
  LOCK_CONTACT_SQL,
  OPEN_BY_CODE_SQL,
  SAVE_DRAFT_SQL,
  SCHEDULE_SQL,
  SESSION_SQL,
  TREND_CONTACTS_SQL,
  TREND_FOLLOW_UPS_SQL,
  UPDATE_PROGRESS_SQL,
} = sql;

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
  return Buffer.concat([Buffer.from([1, KEY_ID.length]), KEY_ID, iv, cipher.getAuthTag(), body]);
}

function decrypt(blob) {
  if (!blob) return null;
  const at = 2 + blob[1];
  const decipher = createDecipheriv('aes-256-gcm', KEY, blob.subarray(at, at + 12));
  decipher.setAuthTag(blob.subarray(at + 12, at + 28));
  return Buffer.concat([decipher.update(blob.subarray(at + 28)), decipher.final()]).toString('utf8');
}

/** Free text from the API's own runs is encrypted with the app's key, which the baseline lacks. */
function decryptOwn(blob) {
  try {
    return decrypt(blob);
  } catch {
    return null;
  }
}

const iso = (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

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
    if (part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

async function staffOf(req) {
  const token = cookie(req, 'leidraad_session');
  if (!token) return undefined;
  const { rows } = await pool.query(
    SESSION_SQL.with({ tokenHash: createHash('sha256').update(token).digest(), idleMinutes: IDLE_MINUTES }),
  );
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

async function openByCode(req, res, staff) {
  const body = JSON.parse((await readBody(req)) || '{}');
  const code = String(body.code ?? '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{9}$/.test(code)) return send(res, 400, { title: 'bad code' });
  const { rows } = await pool.query(OPEN_BY_CODE_SQL.with({ staffId: staff.id, code, role: staff.role }));
  const row = rows[0];
  if (row.lookups > 20) return send(res, 429, { title: 'throttled', retryAfter: row.retry_after });
  if (row.id === null) return send(res, 404, { title: 'not found' });
  const reason = body.reason?.category ?? null;
  if (row.grounds === null) {
    if (!reason) return send(res, 403, { reasonRequired: true });
    await transaction(async (client) => {
      await client.query(
        GRANT_SQL.with({
          staffId: staff.id,
          caseId: row.id,
          hours: ACCESS_GRANT_HOURS,
          category: reason,
          note: null,
          reasonId: randomUUID(),
        }),
      );
      await client.query(
        AUDIT_SQL.with({
          staffId: staff.id,
          action: 'case.read',
          entityType: 'case',
          entityId: row.id,
          caseCode: formatCaseCode(code),
          outcome: 'success',
          reason,
        }),
      );
    });
  } else {
    await pool.query(
      AUDIT_SQL.with({
        staffId: staff.id,
        action: 'case.read',
        entityType: 'case',
        entityId: row.id,
        caseCode: formatCaseCode(code),
        outcome: 'success',
        reason,
      }),
    );
  }
  send(res, 200, {
    id: row.id,
    code: formatCaseCode(row.code),
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
  if (!Number.isInteger(body.revision) || body.revision < 1) return send(res, 400, { title: 'revision' });
  const { rows } = await pool.query(
    SAVE_DRAFT_SQL.with({
      caseId,
      contactId,
      staffId: staff.id,
      revision: body.revision,
      channel: body.channel ?? null,
      startedAt: body.startedAt ?? null,
      endedAt: body.endedAt ?? null,
      summary: body.summary == null ? null : encrypt(body.summary),
      outcome: body.outcome ?? null,
      referrals: body.referrals ?? [],
      role: staff.role,
      writer: body.writer ?? null,
      baseRevision: body.baseRevision ?? null,
      noteMarks: JSON.stringify(body.noteMarks ?? []),
    }),
  );
  if (!rows[0]) return send(res, 409, { title: 'not saved' });
  send(res, 200, {
    id: rows[0].id,
    revision: rows[0].revision,
    updatedAt: iso(rows[0].updated_at),
  });
}

async function transaction(work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

class Answer extends Error {
  constructor(status, body) {
    super(body.title);
    this.status = status;
    this.body = body;
  }
}

function contactView(json) {
  return {
    ...json,
    summary: json.summary ? decryptOwn(Buffer.from(json.summary, 'base64')) : null,
    counsellor: { id: json.counsellorId, displayName: json.counsellorName },
  };
}

async function caseFor(client, staff, caseId, { lock = false } = {}) {
  const { rows } = await client.query((lock ? CASE_FOR_UPDATE_SQL : CASE_SQL).with({ caseId, staffId: staff.id, role: staff.role }));
  if (!rows[0] || rows[0].grounds === null) throw new Answer(404, { title: 'not found' });
  return rows[0];
}

async function startContact(req, res, staff, caseId) {
  const body = JSON.parse((await readBody(req)) || '{}');
  const result = await transaction(async (client) => {
    const found = await caseFor(client, staff, caseId);
    const audit = {
      staffId: staff.id,
      action: 'contact.create',
      entityType: 'contact',
      caseCode: formatCaseCode(found.code),
    };
    if (found.status === 'closed') {
      throw new Answer(409, { title: 'case closed' });
    }
    const startNow = (body.startedAt ?? null) === null && (body.endedAt ?? null) === null;
    const {
      rows: [{ id }],
    } = await client.query(
      INSERT_DRAFT_SQL.with({
        id: randomUUID(),
        caseId,
        counsellorId: staff.id,
        channel: body.channel ?? null,
        startedAt: startNow ? new Date().toISOString() : (body.startedAt ?? null),
        endedAt: body.endedAt ?? null,
        summary: body.summary == null ? null : encrypt(body.summary),
        outcome: body.outcome ?? null,
        referrals: body.referrals ?? [],
      }),
    );
    await client.query(AUDIT_SQL.with({ ...audit, entityId: id, outcome: 'success', reason: null }));
    const { rows } = await client.query(CONTACT_VIEW_SQL.with({ contactId: id }));
    return contactView(rows[0].contact);
  });
  send(res, 201, result);
}

async function finalise(req, res, staff, caseId, contactId) {
  const result = await transaction(async (client) => {
    const found = await caseFor(client, staff, caseId, { lock: true });
    const {
      rows: [row],
    } = await client.query(LOCK_CONTACT_SQL.with({ caseId, contactId }));
    if (!row) throw new Answer(404, { title: 'not found' });
    if (row.status === 'final') throw new Answer(409, { title: 'already final' });
    const summary = decryptOwn(row.summary);
    // The end of the call may be open: finalising sets it (contact-rules.ts missingForFinal).
    if (!row.channel || !row.started_at || !summary || !row.outcome) throw new Answer(400, { title: 'not complete' });
    await client.query(FINALISE_CONTACT_SQL.with({ contactId, staffId: staff.id }));
    await client.query(FINALISE_CASE_SQL.with({ caseId, startedAt: row.started_at }));
    await client.query(
      AUDIT_SQL.with({
        staffId: staff.id,
        action: 'contact.finalise',
        entityType: 'contact',
        entityId: row.id,
        caseCode: formatCaseCode(found.code),
        outcome: 'success',
        reason: null,
      }),
    );
    const { rows } = await client.query(CONTACT_VIEW_SQL.with({ contactId }));
    return contactView(rows[0].contact);
  });
  send(res, 200, result);
}

const GUIDE_VERSION = 1;
const ITEM_STATES = ['not_discussed', 'discussed', 'done'];

async function guideProgress(req, res, staff, caseId, itemId) {
  const body = JSON.parse(await readBody(req));
  if (!/^step-[1-6]\.[a-z-]+$/.test(itemId) || !ITEM_STATES.includes(body.state)) return send(res, 400, { title: 'item or state' });
  const keepNote = body.note === undefined;
  const note = body.note?.trim() ? body.note : null;
  const {
    rows: [row],
  } = await pool.query(
    UPDATE_PROGRESS_SQL.with({
      caseId,
      itemId,
      state: body.state,
      contactId: body.contactId ?? null,
      note: keepNote || note === null ? null : encrypt(note),
      keepNote,
      staffId: staff.id,
      role: staff.role,
      guideVersion: GUIDE_VERSION,
    }),
  );
  if (!row || row.grounds === null) return send(res, 404, { title: 'not found' });
  if (!row.contact_found) return send(res, 422, { title: 'contact not in case' });
  if (!row.usable) return send(res, 409, { title: 'not current' });
  send(res, 200, {
    itemId: row.item_id,
    state: row.state,
    contactId: row.saved_contact_id,
    note: decryptOwn(row.note),
    updatedAt: iso(row.updated_at),
    updatedBy: { id: staff.id, displayName: row.display_name ?? '' },
  });
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const GRID = 15 * MINUTE;
const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
/** Europe/Amsterdam's offset (ms) at an instant. */
function offsetAt(instant) {
  const p = Object.fromEntries(amsterdam.formatToParts(instant).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(instant / MINUTE) * MINUTE;
}
const localInstant = (y, m, d, minutes) => {
  const guess = Date.UTC(y, m, d) + minutes * MINUTE;
  return guess - offsetAt(guess - offsetAt(guess));
};

/** The schedule reads of ScheduleService.rules (the default week applies when none is set). */
async function scheduleRules(client, staffId) {
  const results = [];
  for (const sql of SCHEDULE_SQL) results.push((await client.query(sql.with({ staffId }))).rows);
  return { own: results[0][0], periods: results[1], absences: results[2] };
}

async function assertCounsellor(client, staffId, helplineId) {
  const { rows } = await client.query(COUNSELLOR_ROLE_SQL.with({ staffId, helplineId }));
  if (!rows[0] || rows[0].role === 'admin') throw new Answer(404, { title: 'no such counsellor' });
}

async function slots(req, res, staff) {
  const query = new URL(req.url, 'http://x').searchParams;
  const counsellorId = query.get('counsellorId') ?? staff.id;
  const duration = Number(query.get('durationMinutes') ?? 30) * MINUTE;
  const count = Number(query.get('count') ?? 5);
  await assertCounsellor(pool, counsellorId, staff.helpline_id);
  await scheduleRules(pool, counsellorId);
  const from = Date.now();
  const { rows } = await pool.query(
    BUSY_SQL.with({ counsellorId, from: new Date(from).toISOString(), to: new Date(from + 62 * DAY).toISOString() }),
  );
  const busy = rows.map((r) => ({ start: r.starts_at.getTime(), end: r.ends_at.getTime() })).sort((a, b) => a.start - b.start);
  const found = [];
  const today = new Date(from + offsetAt(from));
  for (let day = 0; day < 62 && found.length < count; day++) {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + day));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
    const end = localInstant(y, m, d, 17 * 60);
    let start = Math.ceil(Math.max(localInstant(y, m, d, 9 * 60), from) / GRID) * GRID;
    while (start + duration <= end && found.length < count) {
      const clash = busy.find((other) => other.start < start + duration && start < other.end);
      if (clash) {
        start = Math.ceil(clash.end / GRID) * GRID;
        continue;
      }
      found.push({
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + duration).toISOString(),
      });
      start = Math.ceil((start + duration) / GRID) * GRID;
    }
  }
  send(res, 200, found);
}

async function bookAppointment(req, res, staff, caseId) {
  const body = JSON.parse(await readBody(req));
  const counsellorId = body.counsellorId ?? staff.id;
  const start = Date.parse(body.startsAt);
  if (!(start > Date.now())) return send(res, 422, { title: 'in the past' });
  try {
    const view = await transaction(async (client) => {
      const {
        rows: [found],
      } = await client.query(CASE_SQL.with({ caseId, staffId: staff.id, role: staff.role }));
      if (!found || found.grounds === null) throw new Answer(404, { title: 'not found' });
      if (found.status === 'closed') throw new Answer(409, { title: 'case closed' });
      await assertCounsellor(client, counsellorId, staff.helpline_id);
      await scheduleRules(client, counsellorId);
      const {
        rows: [{ id }],
      } = await client.query(
        INSERT_APPOINTMENT_SQL.with({
          caseId,
          counsellorId,
          startsAt: new Date(start).toISOString(),
          durationMinutes: body.durationMinutes,
          channel: body.channel,
          purpose: body.purpose,
          outsideHours: false,
          rescheduledFromId: null,
          staffId: staff.id,
        }),
      );
      await client.query(
        AUDIT_SQL.with({
          staffId: staff.id,
          action: 'appointment.create',
          entityType: 'appointment',
          entityId: id,
          caseCode: formatCaseCode(found.code),
          outcome: 'success',
          reason: null,
        }),
      );
      const { rows } = await client.query(APPOINTMENT_VIEW_SQL.with({ id }));
      return rows[0].appointment;
    });
    send(res, 201, view);
  } catch (error) {
    if (error?.code !== '23P01') throw error;
    const end = new Date(start + body.durationMinutes * MINUTE).toISOString();
    const { rows: inTheWay } = await pool.query(
      IN_THE_WAY_SQL.with({ counsellorId, startsAt: new Date(start).toISOString(), endsAt: end, replaces: [] }),
    );
    const { rows: booked } = await pool.query(`SELECT code FROM case_file WHERE id = $1`, [caseId]);
    await pool.query(
      AUDIT_SQL.with({
        staffId: staff.id,
        action: 'appointment.create',
        entityType: 'case',
        entityId: caseId,
        caseCode: booked[0] ? formatCaseCode(booked[0].code) : null,
        outcome: 'failure',
        reason: inTheWay[0] ? `double booking: overlaps appointment ${inTheWay[0].id}` : 'double booking',
      }),
    );
    send(res, 409, {
      title: 'double booking',
      conflictingAppointment: inTheWay[0] ?? null,
    });
  }
}

const STALLED_AFTER_DAYS = 14;

async function overview(req, res, staff) {
  if (staff.role !== 'supervisor') return send(res, 403, { title: 'supervisors only' });
  const [loads, attention, totals] = await Promise.all([
    pool.query(COUNSELLOR_LOAD_SQL.with({ helplineId: staff.helpline_id })),
    pool.query(ATTENTION_SQL.with({ stalledAfterDays: STALLED_AFTER_DAYS })),
    pool.query(ATTENTION_TOTALS_SQL.with({ stalledAfterDays: STALLED_AFTER_DAYS })),
  ]);
  await pool.query(
    AUDIT_SQL.with({
      staffId: staff.id,
      action: 'supervision.overview',
      entityType: 'supervision',
      entityId: null,
      caseCode: null,
      outcome: 'success',
      reason: null,
    }),
  );
  send(res, 200, {
    weekStart: loads.rows[0] ? iso(loads.rows[0].week_start) : null,
    counsellors: loads.rows.map((r) => ({
      counsellor: { id: r.id, displayName: r.display_name },
      openCases: r.open_cases,
      contactsThisWeek: r.contacts_this_week,
      appointmentsThisWeek: r.appointments_this_week,
      overdueFollowUps: r.overdue_follow_ups,
      casesHandedOver: r.cases_handed_over,
      riskFlaggedCases: r.risk_flagged_cases,
    })),
    attention: attention.rows.map((r) => ({
      caseId: r.case_id,
      caseCode: formatCaseCode(r.code),
      assignee: { id: r.assignee_id, displayName: r.assignee_name },
      reason: r.reason,
      since: iso(r.since),
      ...(r.flag ? { flag: r.flag } : {}),
    })),
    attentionTotals: totals.rows[0],
    stalledAfterDays: STALLED_AFTER_DAYS,
  });
}

const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const mondayOf = (date) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/** A statistics period (`2026-11`, `2026-Q3`, `2026`) as inclusive local dates; undefined when it names none. */
function periodRange(label) {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(label ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const [first, count] = match[2] ? [Number(match[2]) * 3 - 2, 3] : match[3] ? [Number(match[3]), 1] : [1, 12];
  const pad = (n) => String(n).padStart(2, '0');
  const last = first + count - 1;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(new Date(Date.UTC(year, last, 0)).getUTCDate())}` };
}

/** local-dates.ts monthSplit: the weeks inside one month of the range, and the other days. */
function monthSplit(from, to) {
  const weeks = [];
  const days = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const monday = mondayOf(day);
    const sunday = addDays(monday, 6);
    const inside = monday >= from && sunday <= to && monday.slice(0, 7) === sunday.slice(0, 7);
    if (!inside) days.push(day);
    else if (day === monday) weeks.push(monday);
  }
  return { weeks, days };
}

async function trends(req, res, staff) {
  if (staff.role !== 'supervisor') return send(res, 403, { title: 'supervisors only' });
  const query = new URL(req.url, 'http://x').searchParams;
  const range = periodRange(query.get('period'));
  if (!range) return send(res, 400, { title: 'period' });
  const { weeks, days } = monthSplit(range.from, range.to);
  const [contacts, followUps, funnel] = await Promise.all([
    pool.query(TREND_CONTACTS_SQL.with({ weeks, days })),
    pool.query(TREND_FOLLOW_UPS_SQL.with({ from: range.from, to: range.to })),
    pool.query(GUIDE_FUNNEL_SQL.with({ from: range.from, to: range.to })),
  ]);
  const reason = ['period', 'channel', 'callerRole', 'concern']
    .filter((key) => query.get(key))
    .map((key) => `${key}=${query.get(key)}`)
    .join(' ');
  await pool.query(
    AUDIT_SQL.with({
      staffId: staff.id,
      action: 'supervision.trends',
      entityType: 'supervision',
      entityId: null,
      caseCode: null,
      outcome: 'success',
      reason,
    }),
  );
  // Raw monthly sums only: the API's suppression (cached per month) and quantiles are left out.
  send(res, 200, {
    filters: { period: query.get('period') },
    contacts: contacts.rows,
    followUps: followUps.rows,
    guideFunnel: funnel.rows,
  });
}

const UUID = '([0-9a-f-]{36})';
const LOOKUP = /^\/api\/cases\/lookup$/;
const DRAFT = new RegExp(`^/api/cases/${UUID}/contacts/${UUID}/draft$`);
const ROUTES = [
  ['POST', new RegExp(`^/api/cases/${UUID}/contacts$`), startContact],
  ['POST', new RegExp(`^/api/cases/${UUID}/contacts/${UUID}/finalise$`), finalise],
  ['PUT', new RegExp(`^/api/cases/${UUID}/guide-progress/([^/?]+)$`), guideProgress],
  ['GET', /^\/api\/appointments\/slots(?:\?|$)/, slots],
  ['POST', new RegExp(`^/api/cases/${UUID}/appointments$`), bookAppointment],
  ['GET', /^\/api\/supervision\/overview$/, overview],
  ['GET', /^\/api\/supervision\/trends(?:\?|$)/, trends],
];

const server = createServer(async (req, res) => {
  try {
    const staff = await staffOf(req);
    if (!staff) return send(res, 401, { title: 'sign in' });
    let match;
    if (req.method === 'POST' && LOOKUP.test(req.url)) {
      if (req.headers['x-xsrf-token'] !== staff.csrf_token) return send(res, 403, { title: 'xsrf' });
      return await openByCode(req, res, staff);
    }
    if (req.method === 'PUT' && (match = DRAFT.exec(req.url))) {
      if (req.headers['x-xsrf-token'] !== staff.csrf_token) return send(res, 403, { title: 'xsrf' });
      return await saveDraft(req, res, staff, match[1], match[2]);
    }
    for (const [method, pattern, handler] of ROUTES) {
      if (req.method !== method || !(match = pattern.exec(req.url))) continue;
      if (method !== 'GET' && req.headers['x-xsrf-token'] !== staff.csrf_token) return send(res, 403, { title: 'xsrf' });
      return await handler(req, res, staff, ...match.slice(1).map(decodeURIComponent));
    }
    send(res, 404, { title: 'no route' });
  } catch (error) {
    if (error instanceof Answer) return send(res, error.status, error.body);
    send(res, 500, { title: String(error?.message ?? error) });
  }
});
server.keepAliveTimeout = 72_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
