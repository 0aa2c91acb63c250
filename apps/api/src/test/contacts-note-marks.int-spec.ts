import type { ContactView } from '@leidraad/shared/domain';
import { scan } from '@leidraad/shared/pseudonymisation';
import { expectProblem } from '../testing/auth-helpers';
import { sendWithHeaders } from '../testing/send-with-headers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { createCase } from './cases-helpers';

/**
 * Issues 16 and 17: the counsellor's confirmations ("Bevestigen") and dismissals ("Geen
 * persoonsgegeven") of findings in a draft's note are kept with the draft, so they survive a
 * reload; a dismissal is only possible for what the detector is unsure about, and is audited
 * once, with its category and never the text.
 */
describe('contacts: confirmations and dismissals kept with the draft', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  const CONFIRM = 'X-Confirm-Quasi-Identifiers';
  const NOTE = 'Beller woont in Zwolle en werkt bij het Isala ziekenhuis.';
  const spanOf = (text: string, part: string) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length };
  };

  async function draft(): Promise<string> {
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    return `/api/cases/${header.id}/contacts/${header.drafts[0].id}`;
  }

  function save(path: string, revision: number, summary: string, noteMarks: unknown[], confirm: string[]) {
    return sendWithHeaders(
      client,
      'PUT',
      `${path}/draft`,
      { revision, channel: 'phone', summary, noteMarks },
      confirm.length ? { [CONFIRM]: confirm.join(',') } : {},
    );
  }

  const dismissalsOf = async (contactId: string) =>
    (
      await test.db.query(
        `SELECT staff_id, entity_type, reason FROM audit_event WHERE action = 'contact.finding_dismissed' AND entity_id = $1 ORDER BY id`,
        [contactId],
      )
    ).rows;

  it('keeps a confirmation and a dismissal with the draft, and audits the dismissal once with its category', async () => {
    const path = await draft();
    const contactId = path.split('/').pop() as string;
    const place = spanOf(NOTE, 'Zwolle');
    expect(scan(NOTE)).toEqual(expect.arrayContaining([expect.objectContaining({ ...place, level: 'quasi', category: 'place' })]));
    const institution = scan(NOTE).find((f) => f.category === 'institution');
    expect(institution).toBeDefined();
    const { start, end } = institution as { start: number; end: number };
    const marks = [
      { ...place, kind: 'dismissed' },
      { start, end, kind: 'confirmed' },
    ];
    const tokens = [`summary:${place.start}-${place.end}`, `summary:${start}-${end}`];
    expect((await save(path, 1, NOTE, marks, tokens)).status).toBe(200);

    const reopened = await client.get<ContactView>(path);
    expect(reopened.body.noteMarks).toEqual(marks.sort((a, b) => a.start - b.start));
    expect(await dismissalsOf(contactId)).toEqual([{ staff_id: staff.id, entity_type: 'contact', reason: 'place' }]);

    // Typing before the dismissed word moves it; the same dismissal is not audited again.
    const longer = `Tweede poging. ${NOTE}`;
    const shift = 'Tweede poging. '.length;
    const moved = marks.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
    const movedTokens = moved.map((m) => `summary:${m.start}-${m.end}`);
    expect((await save(path, 2, longer, moved, movedTokens)).status).toBe(200);
    expect((await client.get<ContactView>(path)).body.noteMarks).toEqual(moved.sort((a, b) => a.start - b.start));
    expect(await dismissalsOf(contactId)).toHaveLength(1);
    const stored = await test.db.query(`SELECT note_marks::text AS marks FROM contact WHERE id = $1`, [contactId]);
    expect(stored.rows[0].marks).not.toContain('Zwolle');
  });

  it('refuses a dismissal of a phone number: the text is not stored and nothing is audited', async () => {
    const path = await draft();
    const contactId = path.split('/').pop() as string;
    const text = 'Beller wil teruggebeld worden op 06-12345678 morgen.';
    const phone = spanOf(text, '06-12345678');
    const refused = await save(path, 1, text, [{ ...phone, kind: 'dismissed' }], [`summary:${phone.start}-${phone.end}`]);
    expectProblem(refused, 422, 'identifiers_found');
    const { rows } = await test.db.query(`SELECT summary, note_marks FROM contact WHERE id = $1`, [contactId]);
    expect(rows[0]).toEqual({ summary: null, note_marks: [] });
    expect(await dismissalsOf(contactId)).toEqual([]);
  });

  it('does not accept a dismissed place without the text passing the check, and drops marks that match nothing', async () => {
    const path = await draft();
    const place = spanOf(NOTE, 'Zwolle');
    // The mark alone, without confirming the span for the check: still refused.
    expectProblem(await save(path, 1, NOTE, [{ ...place, kind: 'dismissed' }], []), 422, 'identifiers_found');
    // A mark on plain words is not kept.
    const clean = 'Beller maakt zich zorgen en wil weten hoe het verder moet.';
    expect((await save(path, 2, clean, [{ start: 0, end: 6, kind: 'dismissed' }], [])).status).toBe(200);
    expect((await client.get<ContactView>(path)).body.noteMarks).toEqual([]);
  });

  it('refuses malformed marks with the field named', async () => {
    const path = await draft();
    const bad = await save(path, 1, NOTE, [{ start: -1, end: 3, kind: 'ignored' }], []);
    expectProblem(bad, 400, 'validation_failed');
  });
});
