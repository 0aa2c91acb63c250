import type { CaseHeader, CodeWordMatches } from '@leidraad/shared/domain';
import { errorCodes, errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { createCase, rowCounts, storedCase } from './cases-helpers';

/**
 * Issue 15, small leaks: a code word is checked for identifiers like any free text (a caller's
 * own name as code word would turn look-up into "does this person have a case?") and must be
 * at least 3 words or 12 letters and digits — on creating, changing and looking up.
 */
describe('code word rules', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  const TOO_SHORT = ['zonnebloem', 'rode fiets', 'a b c d e', '!-!-!-!-!-!-!-!'];
  const NAMES = ['Pieter Jansen', 'Jan de Vries woont hier'];

  it.each(TOO_SHORT)('refuses "%s" on a new case with 400 too_short naming codeWord, and creates nothing', async (codeWord) => {
    const before = await rowCounts(test.db, staff.id);
    const response = await client.post('/api/cases', { callerRole: 'parent', concern: 'unclear', codeWord });
    expectProblem(response, 400, 'validation_failed');
    expect(errorFields(response)).toEqual(['codeWord']);
    expect(errorCodes(response)).toEqual(['too_short']);
    expect(await rowCounts(test.db, staff.id)).toEqual(before);
  });

  it.each(NAMES)('refuses a name as code word ("%s") with 422 identifiers_found naming codeWord, and creates nothing', async (codeWord) => {
    const before = await rowCounts(test.db, staff.id);
    const response = await client.post('/api/cases', { callerRole: 'parent', concern: 'unclear', codeWord });
    expectProblem(response, 422, 'identifiers_found');
    expect(errorFields(response)).toEqual(['codeWord']);
    expect(errorCodes(response)).toEqual(['direct_identifier']);
    expect(JSON.stringify(response.body)).not.toContain('Jansen');
    expect(JSON.stringify(response.body)).not.toContain('Vries');
    expect(await rowCounts(test.db, staff.id)).toEqual(before);
  });

  it('accepts three words or twelve letters, and finds the case by them', async () => {
    const words = await createCase(client, { callerRole: 'friend', concern: 'unclear', codeWord: 'de rode fiets' });
    const letters = await createCase(client, { callerRole: 'friend', concern: 'unclear', codeWord: 'Kastanjeboom7' });
    expect(words.hasCodeWord).toBe(true);
    expect(letters.hasCodeWord).toBe(true);
    const found = await client.post<CodeWordMatches>('/api/cases/code-word-lookups', { codeWord: 'De Rode Fiets', callerRole: 'friend' });
    expect(found.status).toBe(200);
    expect(found.body.codes).toContain(words.code);
  });

  it('refuses a short code word or a name when changing it, and keeps the old one', async () => {
    const header: CaseHeader = await createCase(client, { callerRole: 'parent', concern: 'unclear', codeWord: 'lantaarn aan zee' });
    const hashBefore = (await storedCase(test.db, header.id))['code_word_hash'];
    const short = await client.patch(`/api/cases/${header.id}`, { version: header.version, codeWord: 'lantaarn' });
    expectProblem(short, 400, 'validation_failed');
    expect(errorCodes(short)).toEqual(['too_short']);
    const name = await client.patch(`/api/cases/${header.id}`, { version: header.version, codeWord: 'Pieter Jansen' });
    expectProblem(name, 422, 'identifiers_found');
    expect(errorFields(name)).toEqual(['codeWord']);
    expect(await storedCase(test.db, header.id)).toMatchObject({ version: header.version, code_word_hash: hashBefore });
  });

  it('refuses a look-up by a short code word or a name, so neither works as an oracle', async () => {
    const short = await client.post('/api/cases/code-word-lookups', { codeWord: 'zonnebloem', callerRole: 'parent' });
    expectProblem(short, 400, 'validation_failed');
    expect(errorCodes(short)).toEqual(['too_short']);
    const name = await client.post('/api/cases/code-word-lookups', { codeWord: 'Pieter Jansen', callerRole: 'parent' });
    expectProblem(name, 422, 'identifiers_found');
    expect(errorFields(name)).toEqual(['codeWord']);
  });
});
