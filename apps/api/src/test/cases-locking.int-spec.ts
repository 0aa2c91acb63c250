import type { CaseDetail, CaseHeader, TimelineEntry } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, rowCounts, storedCase } from './cases-helpers';

describe('updating a case: optimistic locking, status, risk flags', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  it('applies an update at the current version and answers the next version', async () => {
    const header = await createCase(client);
    const updated = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 1,
      concern: 'own_feelings',
      callerRole: 'self',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      version: 2,
      concern: 'own_feelings',
      callerRole: 'self',
    });
    expect(await auditOf(test.db, staff.id, 'case.update')).toContainEqual(
      expect.objectContaining({
        entity_id: header.id,
        outcome: 'success',
        reason: 'access=assignee; changed: callerRole, concern',
      }),
    );
  });

  it('refuses a stale version with 409, the current version and what changed, and writes nothing', async () => {
    const header = await createCase(client);
    const colleague = await test.signIn('supervisor');
    // Two changes by someone else while this counsellor still shows version 1.
    expect(
      (
        await colleague.client.patch(`/api/cases/${header.id}`, {
          version: 1,
          concern: 'hands_on_abuse',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await colleague.client.post(`/api/cases/${header.id}/risk-flags`, {
          version: 2,
          flag: 'caller_safety',
          reason: 'Beller voelt zich onveilig',
        })
      ).status,
    ).toBe(201);
    const before = await storedCase(test.db, header.id);
    const counts = await rowCounts(test.db, staff.id);

    const stale = await client.patch(`/api/cases/${header.id}`, {
      version: 1,
      status: 'waiting_for_caller',
      callerRole: 'friend',
    });
    expectProblem(stale, 409, 'conflict');
    expect(stale.body).toMatchObject({
      currentVersion: 3,
      changedFields: ['concern', 'riskFlags'],
    });
    expect(await storedCase(test.db, header.id)).toEqual(before);
    expect(await rowCounts(test.db, staff.id)).toEqual(counts);
    expect((await auditOf(test.db, staff.id, 'case.update')).at(-1)).toMatchObject({
      entity_id: header.id,
      outcome: 'failure',
      reason: 'access=assignee; stale version 1 (current 3)',
    });

    // The same stale version on the other case writes are refused as well.
    expectProblem(
      await client.post(`/api/cases/${header.id}/risk-flags`, {
        version: 1,
        flag: 'other',
        reason: 'Iets anders',
      }),
      409,
    );
    expectProblem(
      await client.post(`/api/cases/${header.id}/handovers`, {
        version: 2,
        toStaffId: colleague.staff.id,
        note: 'Overdracht',
      }),
      409,
    );
    expect(await storedCase(test.db, header.id)).toEqual(before);
  });

  it('needs a reason to close and to reopen, and keeps the status history in the timeline', async () => {
    const header = await createCase(client);
    const noReason = await client.patch(`/api/cases/${header.id}`, {
      version: 1,
      status: 'closed',
    });
    expectProblem(noReason, 400, 'validation_failed');
    expect(errorFields(noReason)).toEqual(['statusReason']);
    expect((await storedCase(test.db, header.id))['status']).toBe('open');

    const waiting = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 1,
      status: 'waiting_for_caller',
    });
    expect(waiting.body).toMatchObject({
      status: 'waiting_for_caller',
      version: 2,
    });
    const closed = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 2,
      status: 'closed',
      statusReason: 'Beller heeft hulp gevonden',
    });
    expect(closed.body).toMatchObject({ status: 'closed', version: 3 });

    const reopenWithout = await client.patch(`/api/cases/${header.id}`, {
      version: 3,
      status: 'open',
    });
    expect(errorFields(reopenWithout)).toEqual(['statusReason']);
    const reopened = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 3,
      status: 'open',
      statusReason: 'Beller belt opnieuw',
    });
    expect(reopened.body).toMatchObject({ status: 'open', version: 4 });

    const page = await client.get<CaseDetail>(`/api/cases/${header.id}`);
    const changes = page.body.timeline.filter(
      (entry): entry is Extract<TimelineEntry, { kind: 'status_changed' }> => entry.kind === 'status_changed',
    );
    expect(
      changes.map(({ fromStatus, toStatus, reason }) => ({
        fromStatus,
        toStatus,
        reason,
      })),
    ).toEqual([
      { fromStatus: 'closed', toStatus: 'open', reason: 'Beller belt opnieuw' },
      {
        fromStatus: 'waiting_for_caller',
        toStatus: 'closed',
        reason: 'Beller heeft hulp gevonden',
      },
      { fromStatus: 'open', toStatus: 'waiting_for_caller', reason: null },
    ]);
    const { rows } = await test.db.query<{ reason: Buffer | null }>(
      `SELECT reason FROM case_status_change WHERE case_id = $1 AND reason IS NOT NULL`,
      [header.id],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.reason?.includes(Buffer.from('Beller'))).toBe(false);
  });

  it('sets and clears risk flags with reasons, who and when, keeping the history', async () => {
    const header = await createCase(client);
    const set = await client.post<CaseHeader>(`/api/cases/${header.id}/risk-flags`, {
      version: 1,
      flag: 'person_at_risk_of_self_harm',
      reason: 'Beller noemt suïcidale gedachten',
    });
    expect(set.status).toBe(201);
    expect(set.body).toMatchObject({
      version: 2,
      riskFlags: [
        {
          flag: 'person_at_risk_of_self_harm',
          reason: 'Beller noemt suïcidale gedachten',
          setBy: { id: staff.id },
          setAt: expect.any(String),
        },
      ],
    });
    expectProblem(
      await client.post(`/api/cases/${header.id}/risk-flags`, {
        version: 2,
        flag: 'person_at_risk_of_self_harm',
        reason: 'Nog eens',
      }),
      409,
      'conflict',
    );

    const noReason = await client.post(`/api/cases/${header.id}/risk-flags/person_at_risk_of_self_harm/clear`, { version: 2 });
    expect([...new Set(errorFields(noReason))]).toEqual(['reason']);
    const cleared = await client.post<CaseHeader>(`/api/cases/${header.id}/risk-flags/person_at_risk_of_self_harm/clear`, {
      version: 2,
      reason: 'Veiligheidsplan afgesproken',
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ version: 3, riskFlags: [] });
    expectProblem(
      await client.post(`/api/cases/${header.id}/risk-flags/person_at_risk_of_self_harm/clear`, { version: 3, reason: 'Weer' }),
      409,
    );

    const page = await client.get<CaseDetail>(`/api/cases/${header.id}`);
    const history = page.body.timeline.filter((entry) => entry.kind.startsWith('risk_flag'));
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'risk_flag_cleared',
        flag: 'person_at_risk_of_self_harm',
        reason: 'Veiligheidsplan afgesproken',
        by: expect.objectContaining({ id: staff.id }),
      }),
      expect.objectContaining({
        kind: 'risk_flag_set',
        flag: 'person_at_risk_of_self_harm',
        reason: 'Beller noemt suïcidale gedachten',
      }),
    ]);
    const actions = (await auditOf(test.db, staff.id))
      .filter((row) => row.entity_id === header.id)
      .map((row) => `${row.action}:${row.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'case.risk_flag_set:success',
        'case.risk_flag_set:failure',
        'case.risk_flag_clear:success',
        'case.risk_flag_clear:failure',
      ]),
    );
  });

  it('sets, changes and removes the code word', async () => {
    const header = await createCase(client);
    const set = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 1,
      codeWord: 'Lantaarn aan zee',
    });
    expect(set.body).toMatchObject({ hasCodeWord: true, version: 2 });
    const same = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 2,
      codeWord: ' LANTAARN-AAN ZEE ',
    });
    expect(same.body.version).toBe(2);
    const removed = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 2,
      codeWord: null,
    });
    expect(removed.body).toMatchObject({ hasCodeWord: false, version: 3 });
    expect((await storedCase(test.db, header.id))['code_word_hash']).toBeNull();
  });
});
