import type { Pool } from 'pg';
import type { CaseHeader, SafetyPlanDiff, SafetyPlanVersionSummary, SafetyPlanVersionView, SafetyPlanView } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { createCase } from './cases-helpers';

/** Issue 6: a plan's versions, their comparison, the status transitions and the evaluation. */

const agreement = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  topic: 'where-to-turn',
  what: 'Beller belt de hulplijn als het thuis moeilijk wordt.',
  who: 'caller',
  howChecked: 'Bespreken in het volgende gesprek.',
  reviewDate: '2026-12-15',
  ...overrides,
});

async function planRows(db: Pool, caseId: string): Promise<{ versions: number; agreements: number }> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM safety_plan_version v JOIN safety_plan p ON p.id = v.plan_id WHERE p.case_id = $1) AS versions,
            (SELECT count(*)::int FROM safety_plan_agreement a JOIN safety_plan_version v ON v.id = a.version_id
               JOIN safety_plan p ON p.id = v.plan_id WHERE p.case_id = $1) AS agreements`,
    [caseId],
  );
  return rows[0];
}

describe('safety plan: versions, comparison, status and evaluation', () => {
  let test: TestApp;
  let counsellor: { client: TestClient; staff: TestStaff };
  beforeAll(async () => {
    test = await startTestApp();
    counsellor = await test.signIn('counsellor');
  });
  afterAll(() => test.close());

  async function newCase(): Promise<{ header: CaseHeader; contactId: string; path: string }> {
    const header = await createCase(counsellor.client, { callerRole: 'partner', concern: 'unclear', contact: { channel: 'phone' } });
    return { header, contactId: header.drafts[0].id, path: `/api/cases/${header.id}/safety-plan` };
  }

  it('answers an empty plan before the first save', async () => {
    const { header, path } = await newCase();
    const read = await counsellor.client.get<SafetyPlanView>(path);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ caseId: header.id, caseCode: header.code, status: null, version: 0, agreements: [], lastChange: null });
    expect((await counsellor.client.get(`${path}/versions`)).body).toEqual([]);
  });

  it('keeps every change as a version and compares each with the one before', async () => {
    const { header, contactId, path } = await newCase();
    const first = await counsellor.client.put<SafetyPlanView>(path, {
      version: 0,
      contactId,
      agreements: [
        agreement(),
        agreement({ topic: 'contact-with-minors', what: 'Niet alleen oppassen op de kinderen van de buren.', who: 'person_of_concern' }),
      ],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'draft', version: 1, caseCode: header.code });
    expect(first.body.lastChange).toMatchObject({ number: 1, change: 'update', contactId, changedBy: { id: counsellor.staff.id } });
    const [kept, changed] = first.body.agreements;

    const second = await counsellor.client.put<SafetyPlanView>(path, {
      version: 1,
      contactId,
      agreements: [
        { ...agreement(), id: kept.id },
        {
          ...agreement({
            topic: 'contact-with-minors',
            what: 'Niet alleen oppassen op de kinderen van de buren.',
            who: 'other_adult',
            reviewDate: '2026-12-20',
          }),
          id: changed.id,
        },
        agreement({ topic: 'other', what: 'Samen een wandeling maken op zondag.', howChecked: null, reviewDate: null }),
      ],
    });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
    expect(second.body.agreements.map((a) => a.id).slice(0, 2)).toEqual([kept.id, changed.id]);
    const added = second.body.agreements[2];

    const third = await counsellor.client.put<SafetyPlanView>(path, {
      version: 2,
      contactId,
      agreements: [
        { ...agreement(), id: kept.id },
        {
          ...agreement({ topic: 'other', what: 'Samen een wandeling maken op zondag.', howChecked: null, reviewDate: null }),
          id: added.id,
        },
      ],
    });
    expect(third.status).toBe(200);

    const versions = await counsellor.client.get<SafetyPlanVersionSummary[]>(`${path}/versions`);
    expect(versions.body.map((v) => [v.number, v.status, v.change, v.agreementCount, v.contactId])).toEqual([
      [1, 'draft', 'update', 2, contactId],
      [2, 'draft', 'update', 3, contactId],
      [3, 'draft', 'update', 2, contactId],
    ]);
    const one = await counsellor.client.get<SafetyPlanVersionView>(`${path}/versions/1`);
    expect(one.body.agreements.map((a) => a.who)).toEqual(['caller', 'person_of_concern']);

    const diff2 = await counsellor.client.get<SafetyPlanDiff>(`${path}/versions/2/diff`);
    expect(diff2.status).toBe(200);
    expect(diff2.body.previousVersion).toBe(1);
    expect(diff2.body.agreements.map((a) => [a.id, a.change])).toEqual([
      [kept.id, 'unchanged'],
      [changed.id, 'changed'],
      [added.id, 'added'],
    ]);
    expect(diff2.body.agreements[1].fields).toEqual([
      { field: 'who', before: 'person_of_concern', after: 'other_adult' },
      { field: 'reviewDate', before: '2026-12-15', after: '2026-12-20' },
    ]);
    const diff3 = await counsellor.client.get<SafetyPlanDiff>(`${path}/versions/3/diff`);
    expect(diff3.body.agreements.map((a) => [a.id, a.change])).toEqual([
      [kept.id, 'unchanged'],
      [added.id, 'unchanged'],
      [changed.id, 'removed'],
    ]);
    const diff1 = await counsellor.client.get<SafetyPlanDiff>(`${path}/versions/1/diff`);
    expect(diff1.body).toMatchObject({ previousVersion: null, statusBefore: null, statusAfter: 'draft' });
    expect(diff1.body.agreements.every((a) => a.change === 'added')).toBe(true);
    expectProblem(await counsellor.client.get(`${path}/versions/9/diff`), 404, 'not_found');
    expectProblem(await counsellor.client.get(`${path}/versions/x`), 400, 'validation_failed');
  });

  it('refuses a save based on an old version with 409 and writes nothing', async () => {
    const { contactId, path, header } = await newCase();
    expect((await counsellor.client.put(path, { version: 0, contactId, agreements: [agreement()] })).status).toBe(200);
    const stale = await counsellor.client.put(path, { version: 0, contactId, agreements: [] });
    expectProblem(stale, 409, 'conflict');
    expect(stale.body).toMatchObject({ currentVersion: 1 });
    expect(await planRows(test.db, header.id)).toEqual({ versions: 1, agreements: 1 });
  });

  it('refuses an agreement without topic with 400 naming the field, and writes nothing', async () => {
    const { contactId, path, header } = await newCase();
    const withoutTopic = agreement();
    delete withoutTopic['topic'];
    const response = await counsellor.client.put(path, { version: 0, contactId, agreements: [agreement(), withoutTopic] });
    expectProblem(response, 400, 'validation_failed');
    expect(errorFields(response)).toEqual(['agreements.1.topic']);
    const badRole = await counsellor.client.put(path, {
      version: 0,
      contactId,
      agreements: [agreement({ who: 'Jan', reviewDate: '2026-02-30' })],
    });
    expect(errorFields(badRole).sort()).toEqual(['agreements.0.reviewDate', 'agreements.0.who']);
    expect(await planRows(test.db, header.id)).toEqual({ versions: 0, agreements: 0 });
  });

  it('moves draft → active → evaluated, refuses the other transitions, and evaluates per agreement', async () => {
    const { contactId, path, header } = await newCase();
    expectProblem(await counsellor.client.post(`${path}/activate`, { version: 0, contactId }), 409, 'conflict');
    const saved = await counsellor.client.put<SafetyPlanView>(path, {
      version: 0,
      contactId,
      agreements: [agreement(), agreement({ reviewDate: null, topic: 'how-can-we-help' })],
    });
    expect(saved.status).toBe(200);
    const early = await counsellor.client.post(`${path}/evaluation`, { version: 1, contactId, results: [] });
    expectProblem(early, 409, 'conflict');
    const notReady = await counsellor.client.post(`${path}/activate`, { version: 1, contactId });
    expectProblem(notReady, 422, 'unprocessable');
    expect(errorFields(notReady)).toEqual(['agreements.1.reviewDate']);

    const [first, second] = saved.body.agreements;
    const dated = await counsellor.client.put<SafetyPlanView>(path, {
      version: 1,
      contactId,
      agreements: [
        { ...agreement(), id: first.id },
        { ...agreement({ topic: 'how-can-we-help', reviewDate: '2027-01-05' }), id: second.id },
      ],
    });
    const active = await counsellor.client.post<SafetyPlanView>(`${path}/activate`, { version: dated.body.version, contactId });
    expect(active.status).toBe(201);
    expect(active.body).toMatchObject({ status: 'active', version: 3, lastChange: { change: 'activate' } });
    expectProblem(await counsellor.client.post(`${path}/activate`, { version: 3, contactId }), 409, 'conflict');

    // Evaluated in a later contact of the same case.
    const later = await counsellor.client.post<{ id: string }>(`/api/cases/${header.id}/contacts`, { channel: 'chat' });
    expect(later.status).toBe(201);
    const incomplete = await counsellor.client.post(`${path}/evaluation`, {
      version: 3,
      contactId: later.body.id,
      results: [{ agreementId: first.id, result: 'kept' }],
    });
    expectProblem(incomplete, 422, 'unprocessable');
    expect(errorFields(incomplete)).toEqual(['results']);
    const badResult = await counsellor.client.post(`${path}/evaluation`, {
      version: 3,
      contactId: later.body.id,
      results: [{ agreementId: first.id, result: 'mostly' }],
    });
    expectProblem(badResult, 400, 'validation_failed');
    expect(errorFields(badResult)).toEqual(['results.0.result']);

    const evaluated = await counsellor.client.post<SafetyPlanView>(`${path}/evaluation`, {
      version: 3,
      contactId: later.body.id,
      results: [
        { agreementId: second.id, result: 'no_longer_relevant' },
        { agreementId: first.id, result: 'partly', note: 'Twee keer gebeld, één keer niet.' },
      ],
    });
    expect(evaluated.status).toBe(201);
    expect(evaluated.body).toMatchObject({ status: 'evaluated', version: 4, lastChange: { change: 'evaluate', contactId: later.body.id } });
    expect(evaluated.body.agreements.map((a) => a.evaluation)).toEqual([
      { result: 'partly', note: 'Twee keer gebeld, één keer niet.' },
      { result: 'no_longer_relevant', note: null },
    ]);
    const diff = await counsellor.client.get<SafetyPlanDiff>(`${path}/versions/4/diff`);
    expect(diff.body).toMatchObject({ statusBefore: 'active', statusAfter: 'evaluated' });
    expect(diff.body.agreements[0].fields).toEqual([
      { field: 'result', before: null, after: 'partly' },
      { field: 'resultNote', before: null, after: 'Twee keer gebeld, één keer niet.' },
    ]);
    expectProblem(await counsellor.client.post(`${path}/evaluation`, { version: 4, contactId, results: [] }), 409, 'conflict');

    // The evaluation note is stored encrypted, never as typed.
    const { rows } = await test.db.query(`SELECT result_note FROM safety_plan_agreement WHERE result_note IS NOT NULL`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => (row.result_note as Buffer).toString('utf8').includes('Twee keer'))).toBe(false);

    // A change after the evaluation starts a new round as a draft, without the old results.
    const round = await counsellor.client.put<SafetyPlanView>(path, {
      version: 4,
      contactId: later.body.id,
      agreements: [{ ...agreement(), id: first.id }],
    });
    expect(round.body).toMatchObject({ status: 'draft', version: 5 });
    expect(round.body.agreements[0].evaluation).toBeNull();
  });

  it('deletes the plan with its case', async () => {
    const { contactId, path, header } = await newCase();
    expect((await counsellor.client.put(path, { version: 0, contactId, agreements: [agreement()] })).status).toBe(200);
    await test.db.query(`DELETE FROM case_file WHERE id = $1`, [header.id]);
    expect(await planRows(test.db, header.id)).toEqual({ versions: 0, agreements: 0 });
    const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM safety_plan WHERE case_id = $1`, [header.id]);
    expect(rows[0].n).toBe(0);
  });
});
