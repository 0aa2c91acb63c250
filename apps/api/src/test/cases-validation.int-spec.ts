import type { CaseHeader } from '@leidraad/shared/domain';
import { errorCodes, errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient, TestResponse } from '../testing/test-client';
import { amsterdamTime, auditOf, caseWithFinalContact, createCase, FULL_CONTACT, rowCounts, storedCase } from './cases-helpers';

/** A note of `length` characters of ordinary Dutch, without anything the identifier detector flags. */
function note(length: number): string {
  return 'de beller praat rustig over de zorgen '.repeat(Math.ceil(length / 38)).slice(0, length);
}

/** 400 problem details naming exactly these fields (each possibly more than once). */
function expectFields(response: TestResponse, fields: string[]): void {
  expectProblem(response, 400, 'validation_failed');
  expect([...new Set(errorFields(response))].sort()).toEqual([...fields].sort());
}

describe('bad input is refused with 400 naming the field, and nothing is written', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  let header: CaseHeader;
  let draftPath: string;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
    header = await createCase(client, {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone' },
    });
    draftPath = `/api/cases/${header.id}/contacts/${header.drafts[0].id}/draft`;
  });
  afterAll(() => test.close());

  const start = amsterdamTime(-20);
  const before = amsterdamTime(-40);

  describe('POST /api/cases', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['an unknown field', { callerRole: 'self', concern: 'unclear', name: 'Jan' }, ['name']],
      ['a wrong caller role', { callerRole: 'neighbour', concern: 'unclear' }, ['callerRole']],
      ['a wrong concern', { callerRole: 'self', concern: 'worried' }, ['concern']],
      ['a missing concern', { callerRole: 'self' }, ['concern']],
      ['a code word that is too short', { callerRole: 'self', concern: 'unclear', codeWord: 'ab' }, ['codeWord']],
      ['a code word of only punctuation', { callerRole: 'self', concern: 'unclear', codeWord: '!-!-!' }, ['codeWord']],
      [
        'a contact ending before it starts',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { startedAt: start, endedAt: before },
        },
        ['contact.endedAt'],
      ],
      [
        'a contact time without an offset',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { startedAt: '2026-03-02T10:00:00' },
        },
        ['contact.startedAt'],
      ],
      [
        'a contact time that is no date',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { startedAt: '2026-02-30T10:00:00Z' },
        },
        ['contact.startedAt'],
      ],
      ['a wrong channel', { callerRole: 'self', concern: 'unclear', contact: { channel: 'fax' } }, ['contact.channel']],
      [
        'an unknown referral',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { referrals: ['huisarts', 'buurman'] },
        },
        ['contact.referrals'],
      ],
      [
        'a referral twice',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { referrals: ['ggz', 'ggz'] },
        },
        ['contact.referrals'],
      ],
      [
        'a summary over 20,000 characters',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { summary: note(20_001) },
        },
        ['contact.summary'],
      ],
      [
        'an unknown field in the contact',
        {
          callerRole: 'self',
          concern: 'unclear',
          contact: { phoneNumber: '0612345678' },
        },
        ['contact.phoneNumber'],
      ],
    ])('refuses %s', async (_, body, fields) => {
      const counts = await rowCounts(test.db, staff.id);
      const audits = (await auditOf(test.db, staff.id)).length;
      expectFields(await client.post('/api/cases', body), fields);
      expect(await rowCounts(test.db, staff.id)).toEqual(counts);
      expect(await auditOf(test.db, staff.id)).toHaveLength(audits);
    });

    it('calls an unknown field unknown_field', async () => {
      expect(
        errorCodes(
          await client.post('/api/cases', {
            callerRole: 'self',
            concern: 'unclear',
            name: 'x',
          }),
        ),
      ).toContain('unknown_field');
    });

    it('accepts a summary of exactly 20,000 characters', async () => {
      const created = await client.post<CaseHeader>('/api/cases', {
        callerRole: 'self',
        concern: 'unclear',
        contact: { summary: note(20_000) },
      });
      expect(created.status).toBe(201);
    });
  });

  describe('PUT …/contacts/{contactId}/draft', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['an end before the start', { revision: 1, startedAt: start, endedAt: before }, ['endedAt']],
      ['a summary over 20,000 characters', { revision: 1, summary: note(20_001) }, ['summary']],
      ['a wrong outcome', { revision: 1, outcome: 'solved' }, ['outcome']],
      ['an unknown field', { revision: 1, callerName: 'x' }, ['callerName']],
      ['no revision', { summary: 'x' }, ['revision']],
      ['a revision of 0', { revision: 0 }, ['revision']],
      ['a summary that is not text', { revision: 1, summary: 42 }, ['summary']],
    ])('refuses %s, leaving the draft as it was', async (_, body, fields) => {
      expectFields(await client.put(draftPath, body), fields);
      const { rows } = await test.db.query('SELECT revision, summary FROM contact WHERE id = $1', [header.drafts[0].id]);
      expect(rows[0]).toEqual({ revision: 0, summary: null });
    });
  });

  describe('PATCH /api/cases/{id} and risk flags', () => {
    it.each<[string, string, Record<string, unknown>, string[]]>([
      ['a wrong status', '', { version: 1, status: 'archived' }, ['status']],
      ['no version', '', { concern: 'unclear' }, ['version']],
      ['an unknown field', '', { version: 1, assigneeId: staff?.id ?? 'x' }, ['assigneeId']],
      ['a status reason over 500 characters', '', { version: 1, status: 'closed', statusReason: note(501) }, ['statusReason']],
      ['a wrong risk flag', '/risk-flags', { version: 1, flag: 'danger', reason: 'Reden' }, ['flag']],
      ['a risk flag without reason', '/risk-flags', { version: 1, flag: 'other' }, ['reason']],
      ['a blank risk-flag reason', '/risk-flags', { version: 1, flag: 'other', reason: '   ' }, ['reason']],
      ['a risk-flag reason over 500 characters', '/risk-flags', { version: 1, flag: 'other', reason: note(501) }, ['reason']],
      ['clearing an unknown flag', '/risk-flags/danger/clear', { version: 1, reason: 'Reden' }, ['flag']],
    ])('refuses %s, changing nothing', async (_, suffix, body, fields) => {
      const stored = await storedCase(test.db, header.id);
      const response = suffix
        ? await client.post(`/api/cases/${header.id}${suffix}`, body)
        : await client.patch(`/api/cases/${header.id}`, body);
      expectFields(response, fields);
      expect(await storedCase(test.db, header.id)).toEqual(stored);
    });
  });

  describe('corrections and handovers', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['no reason', { outcome: 'other' }, ['reason']],
      ['a summary over 20,000 characters', { reason: 'Te lang', summary: note(20_001) }, ['summary']],
      ['a null channel', { reason: 'Leeg', channel: null }, ['channel']],
      ['an end before the start', { reason: 'Tijden', startedAt: start, endedAt: before }, ['endedAt']],
      ['an unknown field', { reason: 'Onbekend', status: 'draft' }, ['status']],
    ])('refuses a correction with %s', async (_, body, fields) => {
      const { header: other, contact } = await caseWithFinalContact(client);
      const counts = await rowCounts(test.db, staff.id);
      expectFields(await client.post(`/api/cases/${other.id}/contacts/${contact.id}/corrections`, body), fields);
      expect(await rowCounts(test.db, staff.id)).toEqual(counts);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['no note', { version: 1, toStaffId: '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f' }, ['note']],
      ['a recipient that is no id', { version: 1, toStaffId: 'jannie', note: 'Overdracht' }, ['toStaffId']],
      [
        'a note over 20,000 characters',
        {
          version: 1,
          toStaffId: '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f',
          note: note(20_001),
        },
        ['note'],
      ],
    ])('refuses a handover with %s', async (_, body, fields) => {
      const counts = await rowCounts(test.db, staff.id);
      expectFields(await client.post(`/api/cases/${header.id}/handovers`, body), fields);
      expect(await rowCounts(test.db, staff.id)).toEqual(counts);
      expect(await storedCase(test.db, header.id)).toMatchObject({
        assignee_id: staff.id,
      });
    });
  });

  describe('queries and paths', () => {
    it.each<[string, string, string[]]>([
      ['a wrong status filter', '/api/cases?status=archived', ['status']],
      ['a wrong risk filter', '/api/cases?risk=high', ['risk']],
      ['a limit of 0', '/api/cases?limit=0', ['limit']],
      ['a limit over 200', '/api/cases?limit=500', ['limit']],
      ['an unknown query parameter', '/api/cases?sort=code', ['sort']],
      ['an assignee that is no id', '/api/cases?assigneeId=me', ['assigneeId']],
      ['a case id that is no UUID', '/api/cases/12345', ['id']],
      ['a contact id that is no UUID', '/api/cases/3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f/contacts/abc', ['contactId']],
    ])('refuses %s', async (_, path, fields) => {
      const response = await client.get(path);
      expectProblem(response, 400, 'validation_failed');
      expect(fields).toContain(errorFields(response)[0]);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['a malformed case code', { code: 'K7QF-3M9X' }, ['code']],
      ['a case code with a typo', { code: 'K7QF-3M9X-T' }, ['code']],
      ['no case code', {}, ['code']],
      ['an unknown field', { code: 'K7QF-3M9X-T', why: 'x' }, ['why']],
    ])('refuses an open-by-code with %s', async (_, body, fields) => {
      expectFields(await client.post('/api/cases/lookup', body), fields);
    });

    it('refuses a code-word look-up with a wrong caller role', async () => {
      expectFields(
        await client.post('/api/cases/code-word-lookups', {
          codeWord: 'zonnebloem in de tuin',
          callerRole: 'buurman',
        }),
        ['callerRole'],
      );
    });
  });

  it('still accepts a well-formed draft after all that', async () => {
    const response = await client.put(draftPath, {
      revision: 1,
      ...FULL_CONTACT,
    });
    expect(response.status).toBe(200);
  });
});
