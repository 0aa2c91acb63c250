import type { Pool } from 'pg';
import type { CaseHeader } from '@leidraad/shared/domain';
import { scan } from '@leidraad/shared/pseudonymisation';
import { expectProblem } from '../testing/auth-helpers';
import { sendWithHeaders } from '../testing/send-with-headers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient, TestResponse } from '../testing/test-client';
import { caseWithFinalContact, createCase, rowCounts } from './cases-helpers';

/**
 * Issue 5, enforcement in the API: every `@FreeText()` field of every endpoint refuses a direct
 * identifier (422, nothing stored), and takes a quasi-identifier only with the counsellor's
 * confirmation of exactly its span (`X-Confirm-Quasi-Identifiers: field:start-end`).
 *
 * A new free-text endpoint is one more line in ENDPOINTS.
 */

const CONFIRM = 'X-Confirm-Quasi-Identifiers';
const DIRECT = [
  { category: 'phone', text: 'Beller wil teruggebeld worden op 06-12345678 na het weekend.', part: '06-12345678' },
  { category: 'email', text: 'Beller mailt liever naar hulp.beller@example.nl dan te bellen.', part: 'hulp.beller@example.nl' },
].map((direct) => ({ ...direct, span: span(direct.text, direct.part) }));
const QUASI_TEXT = 'Beller woont in Zwolle en zoekt hulp.';
const QUASI_SPAN = span(QUASI_TEXT, 'Zwolle');
/** What a free-text field holds when it is not the one under test. */
const CLEAN_TEXT = 'Beller maakt zich zorgen en wil weten hoe het verder moet.';

function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

interface Actor {
  client: TestClient;
  staff: TestStaff;
}

/** What one endpoint needs: a case in the right state, and who calls. */
interface Fixture {
  actor: Actor;
  caseId: string;
  code: string;
  version: number;
  /** A draft contact of the actor. */
  contactId?: string;
  /** A colleague to hand over to. */
  colleagueId?: string;
}

interface FreeTextEndpoint {
  name: string;
  /** The field as the 422 answer names it (and as confirmation tokens name it). */
  field: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  setup: (test: TestApp, owner: Actor) => Promise<Fixture>;
  /** Path and body with `text` in the field under test. */
  request: (fixture: Fixture, text: string) => { path: string; body?: unknown };
}

async function plainCase(owner: Actor, contact?: Record<string, unknown>): Promise<Fixture> {
  const header = await createCase(owner.client, { callerRole: 'parent', concern: 'unclear', ...(contact ? { contact } : {}) });
  return { actor: owner, caseId: header.id, code: header.code, version: header.version, contactId: header.drafts[0]?.id };
}

async function caseWithFlag(owner: Actor): Promise<Fixture> {
  const fixture = await plainCase(owner);
  const set = await owner.client.post<CaseHeader>(`/api/cases/${fixture.caseId}/risk-flags`, {
    version: fixture.version,
    flag: 'caller_safety',
    reason: CLEAN_TEXT,
  });
  if (set.status !== 201) throw new Error(`set flag: ${set.status} ${JSON.stringify(set.body)}`);
  return { ...fixture, version: set.body.version };
}

async function finalContact(owner: Actor): Promise<Fixture> {
  const { header, contact } = await caseWithFinalContact(owner.client);
  return { actor: owner, caseId: header.id, code: header.code, version: header.version, contactId: contact.id };
}

const ENDPOINTS: FreeTextEndpoint[] = [
  {
    name: 'POST /api/cases (first contact)',
    field: 'contact.summary',
    method: 'POST',
    setup: async (_, owner) => ({ actor: owner, caseId: '', code: '', version: 0 }),
    request: (_, text) => ({
      path: '/api/cases',
      body: { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone', summary: text } },
    }),
  },
  {
    name: 'PATCH /api/cases/:id (status reason)',
    field: 'statusReason',
    method: 'PATCH',
    setup: (_, owner) => plainCase(owner),
    request: (f, text) => ({ path: `/api/cases/${f.caseId}`, body: { version: f.version, status: 'closed', statusReason: text } }),
  },
  {
    name: 'POST /api/cases/lookup (note with the reason to open a colleague’s case)',
    field: 'reason.note',
    method: 'POST',
    setup: async (test, owner) => {
      const fixture = await plainCase(owner);
      return { ...fixture, actor: await test.signIn('counsellor') };
    },
    request: (f, text) => ({ path: '/api/cases/lookup', body: { code: f.code, reason: { category: 'other', note: text } } }),
  },
  {
    name: 'POST /api/cases/:id/risk-flags (reason)',
    field: 'reason',
    method: 'POST',
    setup: (_, owner) => plainCase(owner),
    request: (f, text) => ({ path: `/api/cases/${f.caseId}/risk-flags`, body: { version: f.version, flag: 'other', reason: text } }),
  },
  {
    name: 'POST /api/cases/:id/risk-flags/:flag/clear (reason)',
    field: 'reason',
    method: 'POST',
    setup: (_, owner) => caseWithFlag(owner),
    request: (f, text) => ({ path: `/api/cases/${f.caseId}/risk-flags/caller_safety/clear`, body: { version: f.version, reason: text } }),
  },
  {
    name: 'POST /api/cases/:id/contacts (summary)',
    field: 'summary',
    method: 'POST',
    setup: (_, owner) => plainCase(owner),
    request: (f, text) => ({ path: `/api/cases/${f.caseId}/contacts`, body: { channel: 'chat', summary: text } }),
  },
  {
    name: 'PUT /api/cases/:id/contacts/:contactId/draft (summary)',
    field: 'summary',
    method: 'PUT',
    setup: (_, owner) => plainCase(owner, { channel: 'phone' }),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/contacts/${f.contactId}/draft`,
      body: { revision: 1, channel: 'phone', summary: text },
    }),
  },
  {
    name: 'POST /api/cases/:id/contacts/:contactId/corrections (reason)',
    field: 'reason',
    method: 'POST',
    setup: (_, owner) => finalContact(owner),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/contacts/${f.contactId}/corrections`,
      body: { reason: text, summary: CLEAN_TEXT },
    }),
  },
  {
    name: 'POST /api/cases/:id/contacts/:contactId/corrections (summary)',
    field: 'summary',
    method: 'POST',
    setup: (_, owner) => finalContact(owner),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/contacts/${f.contactId}/corrections`,
      body: { reason: CLEAN_TEXT, summary: text },
    }),
  },
  {
    name: 'POST /api/cases/:id/handovers (note)',
    field: 'note',
    method: 'POST',
    setup: async (test, owner) => ({ ...(await plainCase(owner)), colleagueId: (await test.createStaff('counsellor')).id }),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/handovers`,
      body: { version: f.version, toStaffId: f.colleagueId, note: text },
    }),
  },
  {
    name: 'PUT /api/cases/:id/guide-progress/:itemId (note)',
    field: 'note',
    method: 'PUT',
    setup: (_, owner) => plainCase(owner, { channel: 'phone' }),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/guide-progress/step-1.place-and-time`,
      body: { state: 'discussed', contactId: f.contactId, note: text },
    }),
  },
  {
    name: 'PUT /api/cases/:id/safety-plan (what is agreed)',
    field: 'agreements[0].what',
    method: 'PUT',
    setup: (_, owner) => plainCase(owner, { channel: 'phone' }),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/safety-plan`,
      body: {
        version: 0,
        contactId: f.contactId,
        agreements: [{ topic: 'who-to-discuss-with', what: text, who: 'caller', reviewDate: '2026-12-15' }],
      },
    }),
  },
  {
    name: 'POST /api/cases/:id/review-remarks (text, by a supervisor)',
    field: 'text',
    method: 'POST',
    setup: async (test, owner) => ({ ...(await plainCase(owner)), actor: await test.signIn('supervisor') }),
    request: (f, text) => ({ path: `/api/cases/${f.caseId}/review-remarks`, body: { text } }),
  },
  {
    name: 'POST /api/cases/:id/reassign (reason, by a supervisor)',
    field: 'reason',
    method: 'POST',
    setup: async (test, owner) => ({
      ...(await plainCase(owner)),
      actor: await test.signIn('supervisor'),
      colleagueId: (await test.createStaff('counsellor')).id,
    }),
    request: (f, text) => ({
      path: `/api/cases/${f.caseId}/reassign`,
      body: { toStaffId: f.colleagueId, version: f.version, reason: text },
    }),
  },
];

function call(endpoint: FreeTextEndpoint, fixture: Fixture, text: string, confirm?: string): Promise<TestResponse> {
  const { path, body } = endpoint.request(fixture, text);
  return sendWithHeaders(fixture.actor.client, endpoint.method, path, body, confirm === undefined ? {} : { [CONFIRM]: confirm });
}

/** Everything the endpoints could write for this case and these staff members, free text as digests. */
async function stored(db: Pool, fixture: Fixture, owner: Actor): Promise<unknown> {
  const { rows } = await db.query(
    `SELECT
       (SELECT row_to_json(c) FROM (SELECT status, version, assignee_id, contact_count FROM case_file WHERE id = $1) c) AS case_file,
       (SELECT json_agg(k ORDER BY k.id) FROM (SELECT id, status, revision, counsellor_id, md5(coalesce(summary, ''::bytea)) AS summary
          FROM contact WHERE case_id = $1) k) AS contacts,
       (SELECT count(*)::int FROM contact_correction WHERE case_id = $1) AS corrections,
       (SELECT count(*)::int FROM case_handover WHERE case_id = $1) AS handovers,
       (SELECT json_agg(f ORDER BY f.id) FROM (SELECT id, flag, cleared_at, md5(reason) AS reason, md5(coalesce(clear_reason, ''::bytea)) AS clear_reason
          FROM case_risk_flag WHERE case_id = $1) f) AS risk_flags,
       (SELECT count(*)::int FROM case_status_change WHERE case_id = $1) AS status_changes,
       (SELECT count(*)::int FROM case_revision WHERE case_id = $1) AS revisions,
       (SELECT json_agg(g ORDER BY g.item_id) FROM (SELECT item_id, state, md5(coalesce(note, ''::bytea)) AS note
          FROM guide_progress WHERE case_id = $1) g) AS guide_progress,
       (SELECT count(*)::int FROM guide_progress_change WHERE case_id = $1) AS guide_progress_changes,
       (SELECT count(*)::int FROM case_access_grant WHERE case_id = $1) AS access_grants,
       (SELECT count(*)::int FROM safety_plan_version v JOIN safety_plan p ON p.id = v.plan_id WHERE p.case_id = $1) AS safety_plan_versions,
       (SELECT count(*)::int FROM review_remark WHERE case_id = $1) AS review_remarks,
       (SELECT count(*)::int FROM case_reassignment WHERE case_id = $1) AS reassignments,
       (SELECT count(*)::int FROM audit_event WHERE staff_id = $2 AND reason IS NOT NULL) AS audited_reasons`,
    [fixture.caseId || null, fixture.actor.staff.id],
  );
  return { ...rows[0], owner: await rowCounts(db, owner.staff.id) };
}

function problemErrors(response: TestResponse): Record<string, unknown>[] {
  return (response.body as { errors?: Record<string, unknown>[] }).errors ?? [];
}

describe('identifiers in every free-text field', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('uses texts the detector reads as one phone number, one e-mail address and one place', () => {
    for (const direct of DIRECT) expect(scan(direct.text)).toEqual([{ ...direct.span, category: direct.category, level: 'direct' }]);
    expect(scan(QUASI_TEXT)).toEqual([{ ...QUASI_SPAN, category: 'place', level: 'quasi' }]);
    expect(scan(CLEAN_TEXT)).toEqual([]);
  });

  describe.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))('%s', (_, endpoint) => {
    let owner: Actor;
    let fixture: Fixture;
    beforeAll(async () => {
      owner = await test.signIn('counsellor');
      fixture = await endpoint.setup(test, owner);
    });

    it(`refuses a phone number or e-mail address in ${endpoint.field} with 422 naming field, span and category, and stores nothing`, async () => {
      const before = await stored(test.db, fixture, owner);
      for (const direct of DIRECT) {
        const response = await call(endpoint, fixture, direct.text);
        expectProblem(response, 422, 'identifiers_found');
        expect(problemErrors(response)).toEqual([
          expect.objectContaining({
            field: endpoint.field,
            code: 'direct_identifier',
            category: direct.category,
            level: 'direct',
            ...direct.span,
          }),
        ]);
        // A direct identifier cannot be confirmed away.
        const confirmed = await call(endpoint, fixture, direct.text, `${endpoint.field}:${direct.span.start}-${direct.span.end}`);
        expectProblem(confirmed, 422, 'identifiers_found');
      }
      expect(await stored(test.db, fixture, owner)).toEqual(before);
    });

    it(`takes a place in ${endpoint.field} only with a confirmation of exactly its span`, async () => {
      const before = await stored(test.db, fixture, owner);
      const token = `${endpoint.field}:${QUASI_SPAN.start}-${QUASI_SPAN.end}`;

      const unconfirmed = await call(endpoint, fixture, QUASI_TEXT);
      expectProblem(unconfirmed, 422, 'identifiers_found');
      expect(problemErrors(unconfirmed)).toEqual([
        expect.objectContaining({
          field: endpoint.field,
          code: 'quasi_identifier_unconfirmed',
          category: 'place',
          level: 'quasi',
          ...QUASI_SPAN,
        }),
      ]);

      for (const wrong of [
        `${endpoint.field}:${QUASI_SPAN.start}-${QUASI_SPAN.end + 1}`,
        `${endpoint.field}:${QUASI_SPAN.start + 1}-${QUASI_SPAN.end}`,
        `other.${endpoint.field}:${QUASI_SPAN.start}-${QUASI_SPAN.end}`,
      ]) {
        const refused = await call(endpoint, fixture, QUASI_TEXT, wrong);
        expectProblem(refused, 422, 'identifiers_found');
        expect(problemErrors(refused)).toEqual([expect.objectContaining({ field: endpoint.field, ...QUASI_SPAN })]);
      }
      expect(await stored(test.db, fixture, owner)).toEqual(before);

      const accepted = await call(endpoint, fixture, QUASI_TEXT, `reason:0-1, ${token}`);
      expect(`${accepted.status} ${JSON.stringify(accepted.body)}`).toMatch(/^20[01] /);
      expect(await stored(test.db, fixture, owner)).not.toEqual(before);
    });
  });

  it('needs a confirmation for each field of a request that has two free-text fields', async () => {
    const owner = await test.signIn('counsellor');
    const fixture = await finalContact(owner);
    const path = `/api/cases/${fixture.caseId}/contacts/${fixture.contactId}/corrections`;
    const body = { reason: QUASI_TEXT, summary: QUASI_TEXT };
    const reasonToken = `reason:${QUASI_SPAN.start}-${QUASI_SPAN.end}`;
    const summaryToken = `summary:${QUASI_SPAN.start}-${QUASI_SPAN.end}`;
    const before = await stored(test.db, fixture, owner);

    const half = await sendWithHeaders(owner.client, 'POST', path, body, { [CONFIRM]: reasonToken });
    expectProblem(half, 422, 'identifiers_found');
    expect(problemErrors(half)).toEqual([expect.objectContaining({ field: 'summary', category: 'place', ...QUASI_SPAN })]);
    expect(await stored(test.db, fixture, owner)).toEqual(before);

    const both = await sendWithHeaders(owner.client, 'POST', path, body, { [CONFIRM]: `${summaryToken},${reasonToken}` });
    expect(`${both.status} ${JSON.stringify(both.body)}`).toMatch(/^201 /);
    expect(await stored(test.db, fixture, owner)).toMatchObject({ corrections: 1 });
  });
});
