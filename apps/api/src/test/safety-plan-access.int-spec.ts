import type { CaseHeader, SafetyPlanView } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, UNKNOWN_ID } from './cases-helpers';

/** Issue 6: who may see and change a safety plan, identifiers in its text, and its audit trail. */

const AGREEMENT = {
  topic: 'who-to-discuss-with',
  what: 'Beller bespreekt de zorgen met een vertrouwenspersoon.',
  who: 'caller',
  reviewDate: '2026-12-15',
};

describe('safety plan: access, identifiers and audit', () => {
  let test: TestApp;
  let bob: { client: TestClient; staff: TestStaff };
  let alice: { client: TestClient; staff: TestStaff };
  let bobsCase: CaseHeader;
  let path: string;
  let contactId: string;
  beforeAll(async () => {
    test = await startTestApp();
    bob = await test.signIn('counsellor');
    alice = await test.signIn('counsellor');
    bobsCase = await createCase(bob.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    contactId = bobsCase.drafts[0].id;
    path = `/api/cases/${bobsCase.id}/safety-plan`;
    const saved = await bob.client.put(path, { version: 0, contactId, agreements: [AGREEMENT] });
    expect(saved.status).toBe(200);
  });
  afterAll(() => test.close());

  const versionCount = async (): Promise<number> => {
    const { rows } = await test.db.query(
      `SELECT count(*)::int AS n FROM safety_plan_version v JOIN safety_plan p ON p.id = v.plan_id WHERE p.case_id = $1`,
      [bobsCase.id],
    );
    return rows[0].n;
  };

  it('answers a counsellor of another case 404 like an unknown case, audited as denied, nothing written', async () => {
    const read = await alice.client.get(path);
    const unknown = await alice.client.get(`/api/cases/${UNKNOWN_ID}/safety-plan`);
    expectProblem(read, 404, 'not_found');
    expectProblem(unknown, 404, 'not_found');
    expect((read.body as { detail: string }).detail).toBe((unknown.body as { detail: string }).detail);
    for (const suffix of ['/versions', '/versions/1', '/versions/1/diff', '/print']) {
      expectProblem(await alice.client.get(`${path}${suffix}`), 404, 'not_found');
    }
    expect((await alice.client.get(`/api/cases/${bobsCase.id}/safety-plan.pdf`)).status).toBe(404);
    expectProblem(await alice.client.put(path, { version: 1, contactId, agreements: [] }), 404, 'not_found');
    expectProblem(await alice.client.post(`${path}/activate`, { version: 1, contactId }), 404, 'not_found');
    expect(await versionCount()).toBe(1);
    expect(await auditOf(test.db, alice.staff.id, 'safety_plan.read')).toEqual([
      expect.objectContaining({ entity_id: bobsCase.id, outcome: 'denied', case_code: bobsCase.code }),
      expect.objectContaining({ entity_id: UNKNOWN_ID, outcome: 'failure', case_code: null }),
    ]);
    expect(await auditOf(test.db, alice.staff.id, 'safety_plan.update')).toEqual([expect.objectContaining({ outcome: 'denied' })]);
  });

  it('lets a supervisor read every plan and refuses admins with 403', async () => {
    const supervisor = await test.signIn('supervisor');
    const read = await supervisor.client.get<SafetyPlanView>(path);
    expect(read.status).toBe(200);
    expect(read.body.agreements[0].what).toBe(AGREEMENT.what);
    const admin = await test.signIn('admin');
    expectProblem(await admin.client.get(path), 403, 'forbidden');
    expectProblem(await admin.client.put(path, { version: 1, contactId, agreements: [] }), 403, 'forbidden');
    expect((await test.client().get(path)).status).toBe(401);
  });

  it('refuses a phone number in what is agreed with 422 naming the field, and writes nothing', async () => {
    const what = 'Beller belt de buurvrouw op 06-12345678 als het misgaat.';
    const response = await bob.client.put(path, { version: 1, contactId, agreements: [AGREEMENT, { ...AGREEMENT, what }] });
    expectProblem(response, 422, 'identifiers_found');
    expect(response.body).toMatchObject({
      errors: [expect.objectContaining({ field: 'agreements[1].what', code: 'direct_identifier', category: 'phone' })],
    });
    const note = await bob.client.post(`${path}/evaluation`, {
      version: 1,
      contactId,
      results: [{ agreementId: UNKNOWN_ID, result: 'kept', note: 'Mail naar hulp.beller@example.nl gestuurd.' }],
    });
    expectProblem(note, 422, 'identifiers_found');
    expect(errorFields(note)).toEqual(['results[0].note']);
    expect(await versionCount()).toBe(1);
  });

  it('refuses a contact of another case with 422 naming contactId', async () => {
    const other = await createCase(bob.client, { callerRole: 'self', concern: 'own_feelings', contact: { channel: 'chat' } });
    const response = await bob.client.put(path, { version: 1, contactId: other.drafts[0].id, agreements: [AGREEMENT] });
    expectProblem(response, 422, 'unprocessable');
    expect(errorFields(response)).toEqual(['contactId']);
    expect(await versionCount()).toBe(1);
  });

  it('stores what is agreed encrypted and audits reads and changes', async () => {
    const { rows } = await test.db.query(
      `SELECT a.what FROM safety_plan_agreement a JOIN safety_plan_version v ON v.id = a.version_id
         JOIN safety_plan p ON p.id = v.plan_id WHERE p.case_id = $1`,
      [bobsCase.id],
    );
    expect(rows).toHaveLength(1);
    expect((rows[0].what as Buffer).toString('utf8')).not.toContain('vertrouwenspersoon');

    await bob.client.get(path);
    await bob.client.get(`${path}/versions`);
    await bob.client.get(`${path}/versions/1/diff`);
    const audit = await auditOf(test.db, bob.staff.id);
    const plan = audit.filter((row) => row.action.startsWith('safety_plan.'));
    expect(plan).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'safety_plan.update',
          outcome: 'success',
          entity_id: bobsCase.id,
          case_code: bobsCase.code,
          reason: 'access=assignee; version 1: update, draft',
        }),
        expect.objectContaining({
          action: 'safety_plan.update',
          outcome: 'failure',
          reason: 'access=assignee; contactId is not a contact of this case.',
        }),
        expect.objectContaining({ action: 'safety_plan.read', outcome: 'success', entity_id: bobsCase.id }),
        expect.objectContaining({ action: 'safety_plan.versions', outcome: 'success' }),
        expect.objectContaining({ action: 'safety_plan.diff', outcome: 'success', reason: 'access=assignee; version 1' }),
      ]),
    );
    // No free text in the audit trail.
    expect(JSON.stringify(audit)).not.toContain('vertrouwenspersoon');
  });
});
