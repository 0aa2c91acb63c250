import type { CaseDetail, CaseHeader, CaseList, ContactView } from '@leidraad/shared/domain';
import { auditRows, errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, rowCounts, UNKNOWN_ID } from './cases-helpers';

describe('who may see which case (pseudonymisation rule 5)', () => {
  let test: TestApp;
  let alice: { client: TestClient; staff: TestStaff };
  let bob: { client: TestClient; staff: TestStaff };
  let bobsCase: CaseHeader;
  beforeAll(async () => {
    test = await startTestApp();
    alice = await test.signIn('counsellor');
    bob = await test.signIn('counsellor');
    bobsCase = await createCase(bob.client, {
      callerRole: 'partner',
      concern: 'viewing_images',
      contact: {
        channel: 'phone',
        summary: 'Notitie van de collega over het gesprek',
      },
    });
  });
  afterAll(() => test.close());

  describe('a counsellor', () => {
    it('lists only their own cases', async () => {
      const own = await createCase(alice.client);
      const list = await alice.client.get<CaseList>('/api/cases');
      expect(list.status).toBe(200);
      const ids = list.body.items.map((item) => item.id);
      expect(ids).toContain(own.id);
      expect(ids).not.toContain(bobsCase.id);
      expect(list.body.items.every((item) => item.assignee.id === alice.staff.id)).toBe(true);
      expect(await auditOf(test.db, alice.staff.id, 'case.list')).toEqual([expect.objectContaining({ outcome: 'success' })]);
    });

    it('cannot list a colleague’s cases by asking for them: 403, audited', async () => {
      const response = await alice.client.get(`/api/cases?assigneeId=${bob.staff.id}`);
      expectProblem(response, 403, 'forbidden');
      expect(await auditOf(test.db, alice.staff.id, 'case.list')).toContainEqual(expect.objectContaining({ outcome: 'denied' }));
    });

    it('cannot read a colleague’s case by id: 404 like an unknown id (existence not revealed), audited as denied', async () => {
      const other = await alice.client.get(`/api/cases/${bobsCase.id}`);
      const unknown = await alice.client.get(`/api/cases/${UNKNOWN_ID}`);
      expectProblem(other, 404, 'not_found');
      expectProblem(unknown, 404, 'not_found');
      expect((other.body as { detail: string }).detail).toBe((unknown.body as { detail: string }).detail);
      for (const path of ['contacts', `contacts/${bobsCase.drafts[0].id}`]) {
        expectProblem(await alice.client.get(`/api/cases/${bobsCase.id}/${path}`), 404, 'not_found');
      }
      const reads = await auditOf(test.db, alice.staff.id, 'case.read');
      expect(reads).toContainEqual(
        expect.objectContaining({
          entity_id: bobsCase.id,
          case_code: bobsCase.code,
          outcome: 'denied',
          reason: 'not assigned and no access granted',
        }),
      );
      expect(reads).toContainEqual(expect.objectContaining({ entity_id: UNKNOWN_ID, outcome: 'failure' }));
    });

    it('cannot write to a colleague’s case: 404, nothing written', async () => {
      const before = await rowCounts(test.db, alice.staff.id);
      const draft = `/api/cases/${bobsCase.id}/contacts/${bobsCase.drafts[0].id}`;
      expectProblem(
        await alice.client.post(`/api/cases/${bobsCase.id}/contacts`, {
          channel: 'phone',
        }),
        404,
      );
      expectProblem(
        await alice.client.put(`${draft}/draft`, {
          revision: 99,
          summary: 'overschreven',
        }),
        404,
      );
      expectProblem(await alice.client.post(`${draft}/finalise`), 404);
      expectProblem(
        await alice.client.patch(`/api/cases/${bobsCase.id}`, {
          version: 1,
          concern: 'unclear',
        }),
        404,
      );
      expectProblem(
        await alice.client.post(`/api/cases/${bobsCase.id}/risk-flags`, {
          version: 1,
          flag: 'other',
          reason: 'x',
        }),
        404,
      );
      expect(await rowCounts(test.db, alice.staff.id)).toEqual(before);
      const { rows } = await test.db.query('SELECT revision, concern FROM contact k JOIN case_file c ON c.id = k.case_id WHERE k.id = $1', [
        bobsCase.drafts[0].id,
      ]);
      expect(rows[0]).toEqual({ revision: 0, concern: 'viewing_images' });
    });

    it('gets 403 opening a colleague’s case by code without a reason, audited as denied', async () => {
      const response = await alice.client.post('/api/cases/lookup', {
        code: bobsCase.code,
      });
      expectProblem(response, 403, 'forbidden');
      expect(response.body).toMatchObject({ reasonRequired: true });
      expect(JSON.stringify(response.body)).not.toContain('viewing_images');
      expect((await auditOf(test.db, alice.staff.id, 'case.read')).at(-1)).toMatchObject({
        entity_id: bobsCase.id,
        case_code: bobsCase.code,
        outcome: 'denied',
      });
    });

    it.each([
      ['no category', { note: 'Collega is ziek.' }, ['reason.category']],
      ['an unknown category', { category: 'curious' }, ['reason.category']],
      ['other without a note', { category: 'other' }, ['reason.note']],
      ['a blank note', { category: 'other', note: '   ' }, ['reason.note']],
    ])('refuses a reason with %s: 400 naming the field', async (_, reason, fields) => {
      const response = await alice.client.post('/api/cases/lookup', {
        code: bobsCase.code,
        reason,
      });
      expectProblem(response, 400, 'validation_failed');
      expect([...new Set(errorFields(response))]).toEqual(fields);
    });

    it('opens a colleague’s case by code with a reason: the category is audited, the note kept encrypted; then may work on it', async () => {
      const note = 'Beller belt terug, collega is niet in dienst';
      const response = await alice.client.post<CaseHeader>('/api/cases/lookup', {
        code: bobsCase.code,
        reason: { category: 'colleague_on_leave', note },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: bobsCase.id,
        assignee: { id: bob.staff.id },
      });
      expect((await auditOf(test.db, alice.staff.id, 'case.read')).at(-1)).toMatchObject({
        entity_id: bobsCase.id,
        case_code: bobsCase.code,
        outcome: 'success',
        reason: 'access=grant; reason colleague_on_leave (with a note)',
      });
      const { rows } = await test.db.query<{ category: string; note: Buffer }>(
        'SELECT category, note FROM case_access_reason WHERE case_id = $1 AND staff_id = $2',
        [bobsCase.id, alice.staff.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].category).toBe('colleague_on_leave');
      expect(rows[0].note.toString('latin1')).not.toContain('collega');

      // The reason opened the case for the rest of the shift: the page and a new contact work.
      const page = await alice.client.get<CaseDetail>(`/api/cases/${bobsCase.id}`);
      expect(page.status).toBe(200);
      const contact = await alice.client.post<ContactView>(`/api/cases/${bobsCase.id}/contacts`, { channel: 'phone' });
      expect(contact.status).toBe(201);
      expect(contact.body.counsellor.id).toBe(alice.staff.id);
      // Every event of the shift says on what grounds: the temporary grant.
      expect((await auditOf(test.db, alice.staff.id, 'contact.create')).at(-1)).toMatchObject({
        outcome: 'success',
        reason: 'access=grant',
      });
      // Still not in Alice's own list: it stays Bob's case.
      const list = await alice.client.get<CaseList>('/api/cases');
      expect(list.body.items.map((item) => item.id)).not.toContain(bobsCase.id);
    });

    it('documents the body of open-by-code, with the reason categories, in OpenAPI', async () => {
      const docs = await test.client().get<{
        paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: { $ref: string } }> } } }>;
        components: { schemas: Record<string, { properties: Record<string, { enum?: string[]; description?: string }> }> };
      }>('/api/docs-json');
      expect(docs.status).toBe(200);
      const lookup = docs.body.paths['/api/cases/lookup']?.post;
      expect(lookup?.requestBody?.content['application/json'].schema.$ref).toMatch(/CaseLookupDto$/);
      const reason = docs.body.components.schemas['AccessReasonDto'];
      expect(reason.properties['category'].enum).toEqual([
        'counsellor_absent',
        'colleague_on_leave',
        'urgent_risk',
        'supervision',
        'other',
      ]);
      expect(reason.properties['note'].description).toContain('encrypted');
    });
  });

  describe('a supervisor', () => {
    it('lists all cases and filters them by status, caller role, concern, risk and assignee', async () => {
      const { client } = await test.signIn('supervisor');
      const flagged = await createCase(bob.client, {
        callerRole: 'professional',
        concern: 'hands_on_abuse',
      });
      expect(
        (
          await bob.client.post(`/api/cases/${flagged.id}/risk-flags`, {
            version: 1,
            flag: 'minor_in_acute_danger',
            reason: 'Kind in gevaar',
          })
        ).status,
      ).toBe(201);

      const all = await client.get<CaseList>(`/api/cases?assigneeId=${bob.staff.id}&limit=200`);
      expect(all.status).toBe(200);
      expect(all.body.items.map((item) => item.id)).toEqual(expect.arrayContaining([bobsCase.id, flagged.id]));

      const byRisk = await client.get<CaseList>(`/api/cases?risk=minor_in_acute_danger&assigneeId=${bob.staff.id}`);
      expect(byRisk.body.items.map((item) => item.id)).toEqual([flagged.id]);
      expect(byRisk.body.items[0].riskFlags).toEqual(['minor_in_acute_danger']);
      const anyRisk = await client.get<CaseList>(`/api/cases?risk=any&assigneeId=${bob.staff.id}`);
      expect(anyRisk.body.items.map((item) => item.id)).toEqual([flagged.id]);

      const filtered = await client.get<CaseList>(
        `/api/cases?status=open&callerRole=partner&concern=viewing_images&assigneeId=${bob.staff.id}`,
      );
      expect(filtered.body.items.map((item) => item.id)).toEqual([bobsCase.id]);
    });

    it('pages through a list with limit and nextOffset', async () => {
      const { client } = await test.signIn('supervisor');
      const first = await client.get<CaseList>(`/api/cases?assigneeId=${bob.staff.id}&limit=1`);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextOffset).toBe(1);
      const second = await client.get<CaseList>(`/api/cases?assigneeId=${bob.staff.id}&limit=1&offset=1`);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    });

    it('reads any case and opens any code without a reason', async () => {
      const { client, staff } = await test.signIn('supervisor');
      expect((await client.get(`/api/cases/${bobsCase.id}`)).status).toBe(200);
      expect((await client.post('/api/cases/lookup', { code: bobsCase.code })).status).toBe(200);
      expect((await auditOf(test.db, staff.id, 'case.read')).map((row) => [row.outcome, row.reason])).toEqual([
        ['success', 'access=supervisor'],
        ['success', 'access=supervisor; by code'],
      ]);
    });
  });

  describe('an admin', () => {
    it.each([
      ['GET', '/api/cases'],
      ['GET', '/api/cases/today'],
      ['POST', '/api/cases'],
      ['POST', '/api/cases/lookup'],
      ['POST', '/api/cases/code-word-lookups'],
      ['GET', '/api/cases/{id}'],
      ['PATCH', '/api/cases/{id}'],
      ['POST', '/api/cases/{id}/risk-flags'],
      ['POST', '/api/cases/{id}/risk-flags/other/clear'],
      ['GET', '/api/cases/{id}/contacts'],
      ['POST', '/api/cases/{id}/contacts'],
      ['GET', '/api/cases/{id}/contacts/{contactId}'],
      ['PUT', '/api/cases/{id}/contacts/{contactId}/draft'],
      ['POST', '/api/cases/{id}/contacts/{contactId}/finalise'],
      ['POST', '/api/cases/{id}/contacts/{contactId}/corrections'],
      ['POST', '/api/cases/{id}/handovers'],
    ])('gets 403 on %s %s, audited as access.denied, and no case content', async (method, template) => {
      const { client, staff } = await test.signIn('admin');
      const path = template.replace('{code}', bobsCase.code).replace('{id}', bobsCase.id).replace('{contactId}', bobsCase.drafts[0].id);
      const response = await client.request(method, path, method === 'GET' ? undefined : {});
      expectProblem(response, 403, 'forbidden');
      expect(JSON.stringify(response.body)).not.toContain(bobsCase.code);
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'access.denied',
        }),
      ).toHaveLength(1);
    });
  });
});
