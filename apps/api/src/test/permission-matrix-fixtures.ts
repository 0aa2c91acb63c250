import type { Pool } from 'pg';
import type { CaseHeader, ContactView } from '@leidraad/shared/domain';
import type { TestApp, TestStaff } from '../testing/test-app';
import type { TestClient, TestResponse } from '../testing/test-client';
import { FOLLOW_UP } from './appointments-helpers';
import { createCase, FULL_CONTACT, UNKNOWN_ID } from './cases-helpers';

/** Fixtures of the permission-matrix tests: who calls, the records they call on, and how. */

export interface Actor {
  client: TestClient;
  staff: TestStaff;
}

export interface Actors {
  /** Counsellor A: "own" records are theirs. */
  counsellor: Actor;
  /** Counsellor B: "other" records are theirs. */
  colleague: Actor;
  /** Counsellor C opens B's case by code with a reason (a grant A must never get). */
  withReason: Actor;
  supervisor: Actor;
  admin: Actor;
}

/** One side of the seed: a case with a draft and a final contact, and what hangs off it. */
export interface Side {
  staffId: string;
  case: CaseHeader;
  draftContactId: string;
  finalContactId: string;
  appointmentId: string;
  remarkId: string;
  referralId: string;
}

export interface World {
  own: Side;
  other: Side;
  groupId: string;
  /** A staff member the admin routes act on (never one of the callers). */
  spare: TestStaff;
  /** The helpline every caller works in. */
  helplineId: string;
}

export type Target = 'own' | 'other';

export interface CallSpec {
  path: string;
  body?: unknown;
  /** Call with a newly signed-in client of the caller's role (routes that end or replace a session). */
  fresh?: true;
  /** A server-sent event stream (`text/event-stream`): judged by its status, then closed. */
  stream?: true;
}

const AGREEMENT = { topic: 'who-to-discuss-with', what: 'Beller bespreekt de zorgen met een vertrouwenspersoon.', who: 'caller' };
const DAY_MS = 86_400_000;
/** A whole hour (UTC) `days` from now: appointments and meetings stay in the future. */
const daysAhead = (days: number, hour: number): string => {
  const day = new Date(Date.now() + days * DAY_MS);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
};
const THEMES = ['how-it-comes-about', 'functions-of-viewing-images', 'risk-signals', 'impact-on-you', 'safety-plan-and-goals'];
const MEETINGS = THEMES.map((themeId, index) => ({ startsAt: daysAhead(60 + 7 * index, 18), themeId }));
const GROUP = { name: 'Matrix-groep', location: 'Zaal 3', capacity: 8, meetings: MEETINGS };
/** A version no record reaches: allowed writes end in 409 and leave the seed as it is. */
const STALE = 999_999;

export async function signInActors(test: TestApp): Promise<Actors> {
  return {
    counsellor: await test.signIn('counsellor'),
    colleague: await test.signIn('counsellor'),
    withReason: await test.signIn('counsellor'),
    supervisor: await test.signIn('supervisor'),
    admin: await platformAdmin(test),
  };
}

/** The matrix's admin may also create helplines (a platform admin), so every admin route is allowed to them. */
async function platformAdmin(test: TestApp): Promise<Actor> {
  const admin = await test.signIn('admin');
  await test.db.query(`UPDATE staff SET platform_admin = true WHERE id = $1`, [admin.staff.id]);
  return admin;
}

/** Seeds both sides through the API, as the counsellors and the supervisor would. */
export async function seedWorld(test: TestApp, actors: Actors): Promise<World> {
  const supervisor = actors.supervisor.client;
  const group = await expectCreated<{ id: string }>(await supervisor.post('/api/peer-groups', GROUP), 'peer group');
  const side = async (actor: Actor, hour: number): Promise<Side> => {
    const header = await createCase(actor.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const draftContactId = header.drafts[0].id;
    const base = `/api/cases/${header.id}`;
    const second = await expectCreated<ContactView>(await actor.client.post(`${base}/contacts`, { channel: 'chat' }), 'contact');
    await expectOk(await actor.client.put(`${base}/contacts/${second.id}/draft`, { revision: 1, ...FULL_CONTACT }), 'draft');
    await expectOk(await actor.client.post(`${base}/contacts/${second.id}/finalise`), 'finalise');
    await expectOk(
      await actor.client.put(`${base}/safety-plan`, { version: 0, contactId: draftContactId, agreements: [AGREEMENT] }),
      'safety plan',
    );
    const flagged = await expectCreated<CaseHeader>(
      await actor.client.post(`${base}/risk-flags`, {
        version: header.version,
        flag: 'other',
        reason: 'Beller twijfelt over de veiligheid thuis.',
      }),
      'risk flag',
    );
    const appointment = await expectCreated<{ id: string }>(
      await actor.client.post(`${base}/appointments`, { ...FOLLOW_UP, startsAt: daysAhead(100, hour), allowOutsideHours: true }),
      'appointment',
    );
    const remark = await expectCreated<{ id: string }>(
      await supervisor.post(`${base}/review-remarks`, { text: 'Bespreek stap 3 nog eens.' }),
      'remark',
    );
    const referral = await expectCreated<{ id: string }>(
      await actor.client.post('/api/peer-groups/referrals', { caseCode: header.code, contactId: second.id }),
      'referral',
    );
    return {
      staffId: actor.staff.id,
      case: { ...header, version: flagged.version },
      draftContactId,
      finalContactId: second.id,
      appointmentId: appointment.id,
      remarkId: remark.id,
      referralId: referral.id,
    };
  };
  return {
    own: await side(actors.counsellor, 10),
    other: await side(actors.colleague, 11),
    groupId: group.id,
    spare: await test.createStaff('counsellor'),
    helplineId: (
      await test.db.query<{ id: string }>(`SELECT helpline_id AS id FROM helpline_member WHERE staff_id = $1`, [actors.counsellor.staff.id])
    ).rows[0].id,
  };
}

/**
 * A valid-looking call of every route: path parameters point at seeded records of the target
 * side, bodies pass validation (so ownership refusals are reached), writes that would change
 * the seed for later rows carry a stale version.
 */
export const CALLS: Readonly<Record<string, (world: World, target: Target) => CallSpec>> = {
  'GET /api/health': () => ({ path: '/api/health' }),
  'GET /api/docs': () => ({ path: '/api/docs' }),
  'GET /api/docs/': () => ({ path: '/api/docs/' }),
  'GET /api/docs/*': () => ({ path: '/api/docs/swagger-ui.css' }),
  'GET /api/docs/index.html': () => ({ path: '/api/docs/index.html' }),
  'GET /api/docs/LICENSE': () => ({ path: '/api/docs/LICENSE' }),
  'GET /api/docs/swagger-ui-init.js': () => ({ path: '/api/docs/swagger-ui-init.js' }),
  'GET /api/docs/docs/swagger-ui-init.js': () => ({ path: '/api/docs/docs/swagger-ui-init.js' }),
  'GET /api/docs-json': () => ({ path: '/api/docs-json' }),
  'GET /api/docs-yaml': () => ({ path: '/api/docs-yaml' }),

  'POST /api/auth/login': (w) => ({
    path: '/api/auth/login',
    body: { username: w.spare.username, password: w.spare.password },
    fresh: true,
  }),
  'GET /api/auth/me': () => ({ path: '/api/auth/me' }),
  'GET /api/auth/session': () => ({ path: '/api/auth/session' }),
  'PUT /api/auth/session/helpline': (w) => ({ path: '/api/auth/session/helpline', body: { helplineId: w.helplineId } }),
  'GET /api/helplines': () => ({ path: '/api/helplines' }),
  'GET /api/platform/helplines': () => ({ path: '/api/platform/helplines' }),
  'POST /api/helplines': () => {
    const suffix = Math.random().toString(36).slice(2, 9);
    return {
      path: '/api/helplines',
      body: {
        name: `Matrixlijn ${suffix}`,
        language: 'nl-BE',
        admin: { username: `matrix-${suffix}`, displayName: 'Eerste Beheerder', password: `eerste beheerder wachtwoord ${suffix}` },
      },
    };
  },
  'GET /api/helplines/current': () => ({ path: '/api/helplines/current' }),
  // A version no helpline reaches: the admin passes guard and validation and gets 409, and the
  // helpline every other spec of the run works in keeps its settings.
  'PUT /api/helplines/current': () => ({
    path: '/api/helplines/current',
    body: {
      version: 2_147_483_647,
      name: 'Matrixlijn',
      language: 'nl',
      phone: '0800 266 64 36',
      website: 'https://www.stopitnow.nl',
      timeZone: 'Europe/Amsterdam',
      settings: {},
    },
  }),
  'POST /api/auth/logout': () => ({ path: '/api/auth/logout', fresh: true }),
  'GET /api/auth/second-factor': () => ({ path: '/api/auth/second-factor' }),
  'POST /api/auth/second-factor/enrolment': () => ({ path: '/api/auth/second-factor/enrolment', fresh: true }),
  // A wrong code counts like a wrong password: fresh staff take those, not the callers of later rows.
  'POST /api/auth/second-factor/enrolment/confirm': () => ({
    path: '/api/auth/second-factor/enrolment/confirm',
    body: { code: '000000' },
    fresh: true,
  }),
  'POST /api/auth/second-factor/verify': () => ({ path: '/api/auth/second-factor/verify', body: { code: '000000' }, fresh: true }),
  'POST /api/auth/second-factor/recovery-codes': () => ({ path: '/api/auth/second-factor/recovery-codes', fresh: true }),
  'POST /api/me/calendar-feed': () => ({ path: '/api/me/calendar-feed' }),
  'DELETE /api/me/calendar-feed': () => ({ path: '/api/me/calendar-feed' }),
  'GET /api/calendar/:file': () => ({ path: '/api/calendar/no-such-feed-token.ics' }),

  'GET /api/staff': () => ({ path: '/api/staff' }),
  'POST /api/staff': () => ({
    path: '/api/staff',
    body: {
      username: `matrix-${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'Matrix',
      role: 'counsellor',
      password: 'een lang en goed wachtwoord 42!',
    },
  }),
  'PATCH /api/staff/:id': (w) => ({ path: `/api/staff/${w.spare.id}`, body: { displayName: 'Matrix reserve' } }),
  'POST /api/staff/:id/unlock': (w) => ({ path: `/api/staff/${w.spare.id}/unlock` }),
  'POST /api/staff/:id/password': (w) => ({ path: `/api/staff/${w.spare.id}/password`, body: { password: w.spare.password } }),
  'POST /api/staff/:id/second-factor/reset': (w) => ({ path: `/api/staff/${w.spare.id}/second-factor/reset` }),
  'GET /api/settings': () => ({ path: '/api/settings' }),
  'GET /api/colleagues': () => ({ path: '/api/colleagues' }),
  'GET /api/guide': () => ({ path: '/api/guide' }),
  'POST /api/pseudonymisation/scan': () => ({ path: '/api/pseudonymisation/scan', body: { text: 'Beller belt morgen terug.' } }),

  'GET /api/cases': (w, t) => ({ path: `/api/cases?assigneeId=${w[t].staffId}` }),
  'POST /api/cases': () => ({ path: '/api/cases', body: { callerRole: 'friend', concern: 'unclear' } }),
  'GET /api/cases/today': () => ({ path: '/api/cases/today' }),
  'POST /api/cases/lookup': (w, t) => ({ path: '/api/cases/lookup', body: { code: w[t].case.code } }),
  'POST /api/cases/code-word-lookups': () => ({
    path: '/api/cases/code-word-lookups',
    body: { codeWord: 'zonnebloem in de tuin', callerRole: 'parent' },
  }),
  'GET /api/cases/:id': (w, t) => ({ path: casepath(w, t) }),
  'PATCH /api/cases/:id': (w, t) => ({ path: casepath(w, t), body: { version: STALE, concern: 'own_feelings' } }),
  'POST /api/cases/:id/risk-flags': (w, t) => ({
    path: casepath(w, t, '/risk-flags'),
    body: { version: STALE, flag: 'caller_safety', reason: 'Beller voelt zich onveilig.' },
  }),
  'POST /api/cases/:id/risk-flags/:flag/clear': (w, t) => ({
    path: casepath(w, t, '/risk-flags/other/clear'),
    body: { version: STALE, reason: 'het risico is besproken en opgelost' },
  }),
  'POST /api/cases/:id/handovers': (w, t) => ({
    path: casepath(w, t, '/handovers'),
    body: { version: STALE, toStaffId: w.spare.id, note: 'Overdracht voor het vervolggesprek.' },
  }),
  'GET /api/cases/:id/handovers/appointments': (w, t) => ({ path: casepath(w, t, `/handovers/appointments?toStaffId=${w.spare.id}`) }),
  'GET /api/cases/:id/handed-over': (w, t) => ({ path: casepath(w, t, '/handed-over') }),
  'GET /api/contacts/unfinished': () => ({ path: '/api/contacts/unfinished' }),
  'GET /api/cases/:id/contacts': (w, t) => ({ path: casepath(w, t, '/contacts') }),
  'POST /api/cases/:id/contacts': (w, t) => ({ path: casepath(w, t, '/contacts'), body: { channel: 'email' } }),
  'GET /api/cases/:id/contacts/:contactId': (w, t) => ({ path: casepath(w, t, `/contacts/${w[t].finalContactId}`) }),
  'PUT /api/cases/:id/contacts/:contactId/draft': (w, t) => ({
    path: casepath(w, t, `/contacts/${w[t].draftContactId}/draft`),
    body: { revision: 1, summary: 'Beller wil een vervolggesprek.' },
  }),
  'POST /api/cases/:id/contacts/:contactId/finalise': (w, t) => ({ path: casepath(w, t, `/contacts/${w[t].finalContactId}/finalise`) }),
  'POST /api/cases/:id/contacts/:contactId/corrections': (w, t) => ({
    path: casepath(w, t, `/contacts/${w[t].finalContactId}/corrections`),
    body: { reason: 'Verkeerd kanaal genoteerd.', channel: 'phone' },
  }),
  'GET /api/cases/:id/guide-progress': (w, t) => ({ path: casepath(w, t, '/guide-progress') }),
  'PUT /api/cases/:id/guide-progress/:itemId': (w, t) => ({
    path: casepath(w, t, '/guide-progress/step-1.place-and-time'),
    body: { state: 'discussed', contactId: w[t].draftContactId },
  }),
  'GET /api/cases/:id/safety-plan': (w, t) => ({ path: casepath(w, t, '/safety-plan') }),
  'PUT /api/cases/:id/safety-plan': (w, t) => ({
    path: casepath(w, t, '/safety-plan'),
    body: { version: STALE, contactId: w[t].draftContactId, agreements: [AGREEMENT] },
  }),
  'POST /api/cases/:id/safety-plan/activate': (w, t) => ({
    path: casepath(w, t, '/safety-plan/activate'),
    body: { version: STALE, contactId: w[t].draftContactId },
  }),
  'POST /api/cases/:id/safety-plan/evaluation': (w, t) => ({
    path: casepath(w, t, '/safety-plan/evaluation'),
    body: { version: STALE, contactId: w[t].draftContactId, results: [{ agreementId: UNKNOWN_ID, result: 'kept' }] },
  }),
  'GET /api/cases/:id/safety-plan/versions': (w, t) => ({ path: casepath(w, t, '/safety-plan/versions') }),
  'GET /api/cases/:id/safety-plan/versions/:n': (w, t) => ({ path: casepath(w, t, '/safety-plan/versions/1') }),
  'GET /api/cases/:id/safety-plan/versions/:n/diff': (w, t) => ({ path: casepath(w, t, '/safety-plan/versions/1/diff') }),
  'GET /api/cases/:id/safety-plan/print': (w, t) => ({ path: casepath(w, t, '/safety-plan/print') }),
  'GET /api/cases/:id/safety-plan.pdf': (w, t) => ({ path: casepath(w, t, '/safety-plan.pdf') }),
  'GET /api/cases/:id/appointments': (w, t) => ({ path: casepath(w, t, '/appointments') }),
  'POST /api/cases/:id/appointments': (w, t) => ({
    path: casepath(w, t, '/appointments'),
    body: { ...FOLLOW_UP, startsAt: daysAhead(101, 10), allowOutsideHours: true },
  }),
  'GET /api/cases/:id/peer-referrals': (w, t) => ({ path: casepath(w, t, '/peer-referrals') }),
  'GET /api/cases/:id/review': (w, t) => ({ path: casepath(w, t, '/review') }),
  'GET /api/cases/:id/review-remarks': (w, t) => ({ path: casepath(w, t, '/review-remarks') }),

  'GET /api/cases/:id/audit': (w, t) => ({ path: casepath(w, t, '/audit') }),
  'POST /api/cases/:id/review': (w, t) => ({ path: casepath(w, t, '/review') }),
  'POST /api/cases/:id/review-remarks': (w, t) => ({ path: casepath(w, t, '/review-remarks'), body: { text: 'Let op de afspraken.' } }),
  'POST /api/cases/:id/reassign': (w, t) => ({
    path: casepath(w, t, '/reassign'),
    body: { toStaffId: w.spare.id, version: STALE, reason: 'Ziekteverlof.' },
  }),
  'POST /api/cases/:id/risk-flags/:flag/acknowledge': (w, t) => ({ path: casepath(w, t, '/risk-flags/other/acknowledge') }),
  'GET /api/review-remarks/mine': () => ({ path: '/api/review-remarks/mine' }),
  'POST /api/review-remarks/:remarkId/acknowledge': (w, t) => ({ path: `/api/review-remarks/${w[t].remarkId}/acknowledge` }),
  'GET /api/alerts': () => ({ path: '/api/alerts' }),
  // A stream that stays open: the runner reads its status and headers, then closes it.
  'GET /api/events': () => ({ path: '/api/events', stream: true }),
  'POST /api/alerts/:id/acknowledge': () => ({ path: `/api/alerts/${UNKNOWN_ID}/acknowledge` }),
  'GET /api/supervision/overview': () => ({ path: '/api/supervision/overview' }),
  'GET /api/supervision/unfinished-contacts': () => ({ path: '/api/supervision/unfinished-contacts?olderThanHours=1' }),
  'GET /api/supervision/trends': () => ({ path: '/api/supervision/trends?period=2025' }),
  'GET /api/supervision/auto-closed': () => ({ path: '/api/supervision/auto-closed' }),
  'GET /api/reports/:report': () => ({ path: `/api/reports/month.csv?year=${new Date().getUTCFullYear() - 1}&month=1` }),

  'GET /api/appointments': () => ({ path: `/api/appointments?from=${daysAhead(99, 0)}&to=${daysAhead(106, 0)}` }),
  'GET /api/appointments/overdue': (w, t) => ({ path: `/api/appointments/overdue?counsellorId=${w[t].staffId}` }),
  'GET /api/appointments/slots': (w) => ({ path: `/api/appointments/slots?counsellorId=${w.own.staffId}` }),
  'GET /api/appointments/:appointmentId': (w, t) => ({ path: `/api/appointments/${w[t].appointmentId}` }),
  'POST /api/appointments/:appointmentId/status': (w, t) => ({
    path: `/api/appointments/${w[t].appointmentId}/status`,
    body: { version: STALE, status: 'no_show' },
  }),
  'POST /api/appointments/:appointmentId/reschedule': (w, t) => ({
    path: `/api/appointments/${w[t].appointmentId}/reschedule`,
    body: { version: STALE, startsAt: daysAhead(102, 10), allowOutsideHours: true },
  }),
  'GET /api/schedules/:staffId': (w, t) => ({ path: `/api/schedules/${w[t].staffId}` }),
  'PUT /api/schedules/:staffId': (w, t) => ({
    path: `/api/schedules/${w[t].staffId}`,
    body: { workingHours: [{ weekday: 1, start: '09:00', end: '17:00' }], absences: [] },
  }),

  'GET /api/peer-groups': () => ({ path: '/api/peer-groups' }),
  'POST /api/peer-groups': () => ({ path: '/api/peer-groups', body: GROUP }),
  'GET /api/peer-groups/:groupId': (w) => ({ path: `/api/peer-groups/${w.groupId}` }),
  'PUT /api/peer-groups/:groupId': (w) => ({
    path: `/api/peer-groups/${w.groupId}`,
    body: { ...GROUP, status: 'planned', version: STALE },
  }),
  'POST /api/peer-groups/referrals': (w, t) => ({
    path: '/api/peer-groups/referrals',
    body: { caseCode: w[t].case.code, contactId: w[t].finalContactId },
  }),
  'POST /api/peer-groups/referrals/:referralId/withdraw': (w, t) => ({ path: `/api/peer-groups/referrals/${w[t].referralId}/withdraw` }),
  'GET /api/peer-groups/waiting-list': () => ({ path: '/api/peer-groups/waiting-list' }),
  'POST /api/peer-groups/:groupId/enrolments': (w) => ({
    path: `/api/peer-groups/${w.groupId}/enrolments`,
    body: { referralId: UNKNOWN_ID },
  }),
  'PUT /api/peer-groups/:groupId/attendance': (w) => ({
    path: `/api/peer-groups/${w.groupId}/attendance`,
    body: { entries: [{ referralId: UNKNOWN_ID, meeting: 1, status: 'present' }] },
  }),
};

function casepath(world: World, target: Target, suffix = ''): string {
  return `/api/cases/${world[target].case.id}${suffix}`;
}

/**
 * A fingerprint of everything a refused call must leave alone: per table its row count and a
 * hash of its rows. Left out: the append-only audit trail (a denial writes there), sessions
 * (every call touches `last_seen_at`) and the throttling counters.
 */
export async function fingerprint(db: Pool): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('audit_event', 'staff_session', 'login_throttle', 'case_lookup_throttle', 'migrations', 'typeorm_metadata')
      ORDER BY table_name`,
  );
  const query = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS print FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  const { rows } = await db.query<{ name: string; print: string }>(query);
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** The newest audit event id, to find the events a call wrote. */
export async function lastAuditId(db: Pool): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`);
  return rows[0].id;
}

export async function auditSince(db: Pool, after: string, staffId: string): Promise<{ action: string; outcome: string }[]> {
  const { rows } = await db.query(`SELECT action, outcome FROM audit_event WHERE id > $1 AND staff_id = $2 ORDER BY id`, [after, staffId]);
  return rows;
}

async function expectCreated<T>(response: TestResponse, what: string): Promise<T> {
  if (response.status !== 201) throw new Error(`seed ${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

async function expectOk(response: TestResponse, what: string): Promise<void> {
  if (response.status !== 200) throw new Error(`seed ${what}: ${response.status} ${JSON.stringify(response.body)}`);
}
