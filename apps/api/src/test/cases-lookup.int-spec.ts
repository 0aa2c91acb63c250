import { generateCaseCode, formatCaseCode } from '@leidraad/shared/case-code';
import type { CaseHeader, CodeWordMatches, HelplineMembership, HelplineProfile } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient, TestResponse } from '../testing/test-client';
import { auditOf, createCase } from './cases-helpers';

/** A valid code that no case has (40 random bits: a collision with the test's cases is ~impossible). */
function unknownCode(): string {
  return formatCaseCode(generateCaseCode());
}

/** The code with one character changed, so its check character no longer matches. */
function mistyped(code: string): string {
  const swap = code[0] === 'A' ? 'B' : 'A';
  return `${swap}${code.slice(1)}`;
}

describe('finding a case again: by code and by code word', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  describe('by code', () => {
    let client: TestClient;
    let staff: TestStaff;
    let header: CaseHeader;
    beforeAll(async () => {
      ({ client, staff } = await test.signIn('counsellor'));
      header = await createCase(client, {
        callerRole: 'parent',
        concern: 'hands_on_abuse',
      });
    });

    it('opens the case by its grouped code, answering the header, audited as case.read', async () => {
      const response = await client.post<CaseHeader>('/api/cases/lookup', { code: header.code });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(header);
      const reads = await auditOf(test.db, staff.id, 'case.read');
      expect(reads.at(-1)).toMatchObject({
        entity_id: header.id,
        case_code: header.code,
        outcome: 'success',
      });
    });

    it.each([
      ['lower case', (code: string) => code.toLowerCase()],
      ['without dashes', (code: string) => code.replace(/-/g, '')],
      ['with spaces', (code: string) => code.replace(/-/g, ' ')],
      ['O for 0 and I or L for 1', (code: string) => code.replace(/0/g, 'O').replace(/1/g, 'l')],
    ])('opens it as typed %s', async (_, variant) => {
      // Make sure the O/0 variant really differs: find (or make) a case whose code has a 0 or 1.
      let target = header;
      while (!/[01]/.test(target.code)) target = await createCase(client);
      const typed = variant(target.code);
      const response = await client.post<CaseHeader>('/api/cases/lookup', { code: typed });
      expect(response.status).toBe(200);
      expect(response.body.id).toBe(target.id);
    });

    it('answers a malformed or mistyped code with 400 naming the field code, counting and auditing nothing', async () => {
      const before = await auditOf(test.db, staff.id);
      for (const bad of ['K7QF-3M9X', 'K7QF-3M9X-TT', 'K7QF-3M9U-T', mistyped(header.code)]) {
        const response = await client.post('/api/cases/lookup', { code: bad });
        expectProblem(response, 400, 'validation_failed');
        expect(errorFields(response)).toEqual(['code']);
      }
      expect(await auditOf(test.db, staff.id)).toHaveLength(before.length);
    });

    it('answers a well-formed unknown code with 404, audited as case.lookup_miss', async () => {
      const code = unknownCode();
      expectProblem(await client.post('/api/cases/lookup', { code: code }), 404, 'not_found');
      const misses = await auditOf(test.db, staff.id, 'case.lookup_miss');
      expect(misses.at(-1)).toMatchObject({
        case_code: code,
        outcome: 'failure',
        entity_id: null,
      });
    });
  });

  describe('with the helpline’s case-code prefix', () => {
    let client: TestClient;
    let staff: TestStaff;
    let admin: TestClient;
    let header: CaseHeader;

    async function setPrefix(caseCodePrefix: string | null): Promise<TestResponse> {
      const current = await admin.get<HelplineProfile>('/api/helplines/current');
      const { version, name, language, phone, website, timeZone, settings } = current.body;
      return admin.put('/api/helplines/current', { version, name, language, phone, website, timeZone, settings, caseCodePrefix });
    }

    beforeAll(async () => {
      ({ client, staff } = await test.signIn('counsellor'));
      ({ client: admin } = await test.signIn('admin'));
      header = await createCase(client);
      expect((await setPrefix('NL')).status).toBe(200);
    });
    afterAll(async () => expect((await setPrefix(null)).status).toBe(200));

    it('is editable by the admin: 1–3 capital letters or empty, else 400 naming caseCodePrefix', async () => {
      for (const bad of ['nl', 'ABCD', 'N1', 'É']) {
        const response = await setPrefix(bad);
        expectProblem(response, 400, 'validation_failed');
        expect(errorFields(response)).toEqual(['caseCodePrefix']);
      }
      const mine = await client.get<HelplineMembership[]>('/api/helplines');
      expect(mine.body.find((line) => line.current)?.caseCodePrefix).toBe('NL');
    });

    it.each([
      ['with the prefix', (code: string) => `NL-${code}`],
      ['with the prefix in lower case, without dashes', (code: string) => `nl${code.replace(/-/g, '').toLowerCase()}`],
      ['without the prefix', (code: string) => code],
    ])('opens the case by its code typed %s', async (_, variant) => {
      const response = await client.post<CaseHeader>('/api/cases/lookup', { code: variant(header.code) });
      expect(response.status).toBe(200);
      expect(response.body.id).toBe(header.id);
    });

    it('answers its code with another prefix exactly as an unknown code: 404, audited as a miss', async () => {
      const unknown = await client.post('/api/cases/lookup', { code: `NL-${unknownCode()}` });
      const foreign = await client.post('/api/cases/lookup', { code: `VL-${header.code}` });
      expectProblem(foreign, 404, 'not_found');
      expect(foreign.status).toBe(unknown.status);
      expect(foreign.body).toEqual(unknown.body);
      expect(foreign.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
      const misses = await auditOf(test.db, staff.id, 'case.lookup_miss');
      expect(misses.at(-1)).toMatchObject({ case_code: `VL-${header.code}`, outcome: 'failure', entity_id: null });
      // A code with a prefix where the helpline has none is another prefix too.
      expect((await setPrefix(null)).status).toBe(200);
      expectProblem(await client.post('/api/cases/lookup', { code: `NL-${header.code}` }), 404, 'not_found');
      expect((await setPrefix('NL')).status).toBe(200);
    });

    it('refers a case to the peer group by its code with the prefix, and not with another', async () => {
      const inCall = await createCase(client, { callerRole: 'partner', concern: 'viewing_images', contact: { channel: 'phone' } });
      const contactId = inCall.drafts[0].id;
      const foreign = await client.post('/api/peer-groups/referrals', { caseCode: `VL-${inCall.code}`, contactId });
      const unknown = await client.post('/api/peer-groups/referrals', { caseCode: unknownCode(), contactId });
      expectProblem(foreign, 404, 'not_found');
      expect(foreign.body).toEqual(unknown.body);
      const referred = await client.post('/api/peer-groups/referrals', { caseCode: `NL-${inCall.code}`, contactId });
      expect(`${referred.status} ${JSON.stringify(referred.body)}`).toMatch(/^201 /);
    });
  });

  describe('by code word and caller role', () => {
    it('finds the case codes of that word and role only, and audits the look-up', async () => {
      const { client, staff } = await test.signIn('counsellor');
      const word = `Kastanje${Math.random().toString(36).slice(2, 8)}`;
      const parent = await createCase(client, {
        callerRole: 'parent',
        concern: 'unclear',
        codeWord: word,
      });
      await createCase(client, {
        callerRole: 'friend',
        concern: 'unclear',
        codeWord: word,
      });
      await createCase(client, {
        callerRole: 'parent',
        concern: 'unclear',
        codeWord: `${word}x`,
      });

      // Typed differently on the phone: case, spaces, accents and punctuation do not matter.
      const typed = ` ${word.toUpperCase().replace('A', 'Á').replace('S', 'S-')} `;
      const response = await client.post<CodeWordMatches>('/api/cases/code-word-lookups', { codeWord: typed, callerRole: 'parent' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ codes: [parent.code] });
      const [audit] = await auditOf(test.db, staff.id, 'case.lookup_code_word');
      expect(audit).toMatchObject({
        outcome: 'success',
        reason: expect.stringContaining(parent.code),
      });
      expect(audit.reason).not.toContain(word);
    });

    it('answers no codes for an unknown word, audited as a miss', async () => {
      const { client, staff } = await test.signIn('supervisor');
      const response = await client.post<CodeWordMatches>('/api/cases/code-word-lookups', {
        codeWord: 'nooitgebruiktwoord',
        callerRole: 'self',
      });
      expect(response.body).toEqual({ codes: [] });
      expect(await auditOf(test.db, staff.id, 'case.lookup_miss')).toEqual([
        expect.objectContaining({ outcome: 'failure', reason: 'by code word' }),
      ]);
    });

    it('answers at most five codes', async () => {
      const { client } = await test.signIn('counsellor');
      const word = `Gedeeld${Math.random().toString(36).slice(2, 8)}`;
      for (let i = 0; i < 6; i++)
        await createCase(client, {
          callerRole: 'other',
          concern: 'unclear',
          codeWord: word,
        });
      const response = await client.post<CodeWordMatches>('/api/cases/code-word-lookups', { codeWord: word, callerRole: 'other' });
      expect(response.body.codes).toHaveLength(5);
    });
  });

  describe('throttling', () => {
    it('answers look-ups over 20 a minute per staff member with 429, audited; other staff are not affected', async () => {
      const { client, staff } = await test.signIn('counsellor');
      const header = await createCase(client);
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await client.post('/api/cases/lookup', { code: header.code })).status);
      expect(new Set(statuses)).toEqual(new Set([200]));

      const over = await client.post('/api/cases/lookup', { code: header.code });
      expectProblem(over, 429, 'too_many_requests');
      expect((over.body as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
      expectProblem(
        await client.post('/api/cases/code-word-lookups', {
          codeWord: 'zonnebloem in de tuin',
          callerRole: 'self',
        }),
        429,
      );
      expect(await auditOf(test.db, staff.id, 'case.lookup_throttled')).toHaveLength(2);

      // Counted in PostgreSQL per staff member: a colleague still gets through.
      const colleague = await test.signIn('supervisor');
      expect((await colleague.client.post('/api/cases/lookup', { code: header.code })).status).toBe(200);
    });

    it('raises an alert once a staff member misses five times within a minute', async () => {
      const { client, staff } = await test.signIn('counsellor');
      for (let i = 0; i < 6; i++) expect((await client.post('/api/cases/lookup', { code: unknownCode() })).status).toBe(404);
      expect(await auditOf(test.db, staff.id, 'case.lookup_miss')).toHaveLength(6);
      expect(await auditOf(test.db, staff.id, 'case.lookup_alert')).toEqual([
        expect.objectContaining({
          entity_type: 'staff',
          entity_id: staff.id,
          reason: '5 look-up misses within a minute',
        }),
      ]);
    });
  });
});
