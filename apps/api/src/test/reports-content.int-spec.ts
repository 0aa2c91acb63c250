import { strFromU8, unzipSync } from 'fflate';
import { formatCaseCode } from '@leidraad/shared/case-code';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { createCase, FULL_CONTACT } from './cases-helpers';
import { csvCount, csvRows, download, NOTE_MARKER, seedAppointment, seedCase, seedContact } from './reports-helpers';

/**
 * A small data set in March 2023 (no other test writes there), computed by hand:
 * - case A (parent, unclear): 6 phone contacts of 10 minutes, the first new;
 * - case B (self, own feelings): 7 phone contacts of 20 minutes;
 * - case C (partner, viewing images): 2 chats of 30 minutes, and one e-mail at 00:30 on 1 April
 *   Amsterdam time (still 31 March in UTC) that belongs to April;
 * - follow-ups: 6 kept, 1 no-show.
 * Contacts: phone 13, chat 2, email 0 → total 15; chat is <5, so another cell of the row is hidden
 * too (the empty e-mail, which tells least). Durations: 6 in [10, 12), 7 in [20, 25), 2 in [30, 40):
 * median (rank 7.5) in [20, 25) → 22.5, p90 (rank 13.5) in [30, 40) → 35.
 */
describe('reports: content', () => {
  let test: TestApp;
  let supervisor: TestClient;
  const codes: string[] = [];

  beforeAll(async () => {
    test = await startTestApp();
    supervisor = (await test.signIn('supervisor')).client;
    const counsellor = await test.createStaff('counsellor');
    const a = await seedCase(test.db, counsellor.id, 'parent', 'unclear');
    const b = await seedCase(test.db, counsellor.id, 'self', 'own_feelings');
    const c = await seedCase(test.db, counsellor.id, 'partner', 'viewing_images');
    codes.push(a.code, b.code, c.code);
    for (let day = 1; day <= 6; day++) await seedContact(test.db, a.id, counsellor.id, 'phone', `2023-03-0${day}T09:00:00Z`, 10);
    for (let day = 1; day <= 7; day++) await seedContact(test.db, b.id, counsellor.id, 'phone', `2023-03-1${day}T09:00:00Z`, 20);
    await seedContact(test.db, c.id, counsellor.id, 'chat', '2023-03-20T09:00:00Z', 30);
    await seedContact(test.db, c.id, counsellor.id, 'chat', '2023-03-21T09:00:00Z', 30);
    await seedContact(test.db, c.id, counsellor.id, 'email', '2023-03-31T22:30:00Z', 5);
    for (let day = 1; day <= 6; day++) await seedAppointment(test.db, a.id, counsellor.id, `2023-03-0${day}T14:00:00Z`, 'done');
    await seedAppointment(test.db, b.id, counsellor.id, '2023-03-25T14:00:00Z', 'no_show');
  });
  afterAll(() => test.close());

  it('answers the monthly CSV as a Dutch Excel attachment', async () => {
    const response = await download(test, supervisor, '/api/reports/month.csv?year=2023&month=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leidraad-rapport-2023-03.csv"');
    expect([...response.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRows(response.body)).toContainEqual(['Onderdeel', 'Categorie', 'Aantal']);
  });

  it('counts the hand-computed figures, with <5 for 1–4 and verborgen for a count hidden to protect one', async () => {
    const rows = csvRows((await download(test, supervisor, '/api/reports/month.csv?year=2023&month=3')).body);
    expect(csvCount(rows, 'Contacten per kanaal', 'Telefoon')).toBe('13');
    expect(csvCount(rows, 'Contacten per kanaal', 'Chat')).toBe('<5');
    expect(csvCount(rows, 'Contacten per kanaal', 'E-mail')).toBe('verborgen');
    expect(csvCount(rows, 'Contacten per kanaal', 'Totaal')).toBe('15');
    expect(csvCount(rows, 'Contacten per beller', 'Zelf (eigen gevoelens of gedrag)')).toBe('7');
    expect(csvCount(rows, 'Contacten per beller', 'Ouder')).toBe('6');
    expect(csvCount(rows, 'Contacten per beller', 'Partner')).toBe('<5');
    expect(csvCount(rows, 'Contacten per zorg', 'Eigen gevoelens')).toBe('7');
    expect(csvCount(rows, 'Contacten in nieuwe en terugkerende dossiers', 'Nieuw dossier')).toBe('<5');
    expect(csvCount(rows, 'Contacten in nieuwe en terugkerende dossiers', 'Terugkerend dossier')).toBe('verborgen');
    expect(csvCount(rows, 'Gespreksduur', 'Mediaan (minuten, midden van de duurklasse)')).toBe('22,5');
    expect(csvCount(rows, 'Gespreksduur', '90e percentiel (minuten, midden van de duurklasse)')).toBe('35');
    expect(csvCount(rows, 'Vervolgafspraken', 'Nagekomen')).toBe('6');
    expect(csvCount(rows, 'Vervolgafspraken', 'Niet verschenen')).toBe('<5');
    expect(csvCount(rows, 'Vervolgafspraken', 'Totaal')).toBeUndefined();
  });

  it('says in its header how suppression works', async () => {
    const rows = csvRows((await download(test, supervisor, '/api/reports/month.csv?year=2023&month=3')).body);
    const header = rows
      .slice(0, 7)
      .map((row) => row.join(' '))
      .join(' ');
    expect(header).toContain('<5 is een aantal van 1 tot en met 4');
    expect(header).toContain('verborgen: een aantal dat is weggelaten');
  });

  it('shows no cell that a total minus the other shown cells would give away', async () => {
    const rows = csvRows((await download(test, supervisor, '/api/reports/month.csv?year=2023&month=3')).body);
    const sections = [...new Set(rows.slice(8).map((row) => row[0]))];
    for (const section of sections) {
      const cells = rows.filter((row) => row[0] === section && row[1] !== 'Totaal').map((row) => row[2]);
      const total = csvCount(rows, section, 'Totaal');
      if (total === undefined || total === '<5' || total === 'verborgen') continue;
      // Exactly one hidden cell next to a shown total would be recoverable.
      expect(cells.filter((cell) => cell === '<5' || cell === 'verborgen').length).not.toBe(1);
    }
  });

  it('puts the e-mail at 00:30 on 1 April (Amsterdam) in April, and hides a yearly count wherever a month hides it', async () => {
    const year = csvRows((await download(test, supervisor, '/api/reports/year.csv?year=2023')).body);
    // April holds 1 contact (<5): the year's total would give it as 16 − 15, so the total is hidden.
    expect(csvCount(year, 'Contacten per maand', 'april')).toBe('<5');
    expect(csvCount(year, 'Contacten per maand', 'maart')).toBe('15');
    expect(csvCount(year, 'Contacten per maand', 'januari')).toBe('0');
    expect(csvCount(year, 'Contacten per maand', 'Totaal')).toBe('verborgen');
    expect(csvCount(year, 'Contacten per kanaal', 'Telefoon')).toBe('13');
    expect(csvCount(year, 'Contacten per kanaal', 'E-mail')).toBe('verborgen');
    const april = csvRows((await download(test, supervisor, '/api/reports/month.csv?year=2023&month=4')).body);
    expect(csvCount(april, 'Contacten per kanaal', 'Totaal')).toBe('<5');
    const quarter = csvRows((await download(test, supervisor, '/api/reports/quarter.csv?year=2023&quarter=1')).body);
    expect(csvCount(quarter, 'Contacten per maand', 'maart')).toBe('15');
    expect(csvCount(quarter, 'Contacten per kanaal', 'Totaal')).toBe('15');
  });

  it('writes English headers on request', async () => {
    const response = await download(test, supervisor, '/api/reports/month.csv?year=2023&month=3&lang=en');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leidraad-report-2023-03.csv"');
    const rows = csvRows(response.body);
    expect(rows).toContainEqual(['Section', 'Category', 'Count']);
    expect(csvCount(rows, 'Contacts by caller', 'Self (own feelings or behaviour)')).toBe('7');
  });

  it('answers the same figures as an XLSX workbook', async () => {
    const response = await download(test, supervisor, '/api/reports/month.xlsx?year=2023&month=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leidraad-rapport-2023-03.xlsx"');
    const sheet = strFromU8(unzipSync(new Uint8Array(response.body))['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<t xml:space="preserve">Contacten per kanaal</t>');
    expect(sheet).toContain('<v>15</v>');
    expect(sheet).toContain('&lt;5');
  });

  it('contains no case codes and no free text, in either format', async () => {
    // A case of this month through the API, with the marker in its note.
    const counsellor = (await test.signIn('counsellor')).client;
    const header = await createCase(counsellor, { callerRole: 'friend', concern: 'unclear', contact: { channel: 'chat' } });
    codes.push(header.code);
    const draft = await counsellor.put(`/api/cases/${header.id}/contacts/${header.drafts[0].id}/draft`, {
      revision: 1,
      ...FULL_CONTACT,
      summary: `Beller vraagt om advies, woord ${NOTE_MARKER} genoemd.`,
    });
    expect(draft.status).toBe(200);
    expect((await counsellor.post(`/api/cases/${header.id}/contacts/${header.drafts[0].id}/finalise`)).status).toBe(200);

    const paths = [
      '/api/reports/month.csv?year=2023&month=3',
      '/api/reports/month.xlsx?year=2023&month=3',
      '/api/reports/quarter.csv?year=2023&quarter=1',
      '/api/reports/year.xlsx?year=2023',
    ];
    for (const path of paths) {
      const response = await download(test, supervisor, path);
      expect(response.status).toBe(200);
      const text = path.includes('.xlsx')
        ? Object.values(unzipSync(new Uint8Array(response.body)))
            .map((part) => strFromU8(part))
            .join('\n')
        : response.body.toString('utf8');
      expect(text).not.toContain(NOTE_MARKER);
      for (const code of codes) {
        expect(text).not.toContain(code);
        expect(text).not.toContain(formatCaseCode(code));
      }
    }
  });

  it('refuses the running month: a report of it today and tomorrow would give away one day', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const [year, month] = today.split('-').map(Number);
    const response = await download(test, supervisor, `/api/reports/month.csv?year=${year}&month=${month}`);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({
      errors: [expect.objectContaining({ field: 'month', code: 'period_not_ended' })],
    });
  });

  it('audits each download with the period and format', async () => {
    const { client, staff } = await test.signIn('supervisor');
    expect((await download(test, client, '/api/reports/year.xlsx?year=2023')).status).toBe(200);
    const { rows } = await test.db.query(
      `SELECT action, entity_type, entity_id, outcome, reason, case_code FROM audit_event WHERE staff_id = $1 AND action = 'report.download'`,
      [staff.id],
    );
    expect(rows).toEqual([
      { action: 'report.download', entity_type: 'report', entity_id: 'year:2023', outcome: 'success', reason: 'xlsx', case_code: null },
    ]);
  });
});
