import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { CaseHeader, HelplineProfile, SafetyPlanPrint } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase } from './cases-helpers';

/** Issue 6: the printable plan and its PDF, both audited. */

const WHAT = 'Beller zorgt dat er nooit alleen toezicht is – ook niet ‘even’ bij “oppassen”; geëvalueerd café.';

/** The windows-1252 characters of 0x80–0x9F this test uses (Node's decoder reads them as Latin-1). */
const CP1252: Record<number, string> = { 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };
const winAnsi = (bytes: Buffer): string => [...bytes].map((byte) => CP1252[byte] ?? String.fromCharCode(byte)).join('');

/** All text drawn in a PDF: the page streams inflated, hex strings decoded as WinAnsi. */
function drawnText(doc: PDFDocument): string {
  const streams = doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
    .map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'));
  return streams
    .flatMap((content) => [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)])
    .map((match) => winAnsi(Buffer.from(match[1], 'hex')))
    .join('\n');
}

async function download(test: TestApp, client: TestClient, path: string): Promise<Response> {
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return fetch(`${test.baseUrl}${path}`, { headers: { cookie } });
}

describe('safety plan: print view and PDF', () => {
  let test: TestApp;
  let counsellor: { client: TestClient; staff: TestStaff };
  let header: CaseHeader;
  let path: string;
  beforeAll(async () => {
    test = await startTestApp();
    counsellor = await test.signIn('counsellor');
    header = await createCase(counsellor.client, { callerRole: 'partner', concern: 'unclear', contact: { channel: 'phone' } });
    path = `/api/cases/${header.id}/safety-plan`;
    const contactId = header.drafts[0].id;
    const saved = await counsellor.client.put(path, {
      version: 0,
      contactId,
      agreements: [
        {
          topic: 'avoid-risk-situations',
          what: WHAT,
          who: 'person_of_concern',
          howChecked: 'Partner vraagt er wekelijks naar.',
          reviewDate: '2026-12-15',
        },
        { topic: 'other', what: 'Samen naar de huisarts.', who: 'other_adult', reviewDate: '2027-01-10' },
      ],
    });
    expect(saved.status).toBe(200);
  });
  afterAll(() => test.close());

  it('refuses to print a plan that was never activated (409), audited as a failed print', async () => {
    expectProblem(await counsellor.client.get(`${path}/print`), 409, 'conflict');
    expect((await download(test, counsellor.client, `${path}.pdf`)).status).toBe(409);
    expect(await auditOf(test.db, counsellor.staff.id, 'safety_plan.print')).toEqual([expect.objectContaining({ outcome: 'failure' })]);
  });

  it('returns the active plan for the print view, audited as a print', async () => {
    const activated = await counsellor.client.post(`${path}/activate`, { version: 1, contactId: header.drafts[0].id });
    expect(activated.status).toBe(201);
    const print = await counsellor.client.get<SafetyPlanPrint>(`${path}/print`);
    expect(print.status).toBe(200);
    expect(print.body).toMatchObject({ caseCode: header.code, status: 'active', version: 2, activatedAt: expect.any(String) });
    expect(print.body.agreements.map((a) => a.topic)).toEqual(['avoid-risk-situations', 'other']);
    expect(await auditOf(test.db, counsellor.staff.id, 'safety_plan.print')).toEqual([
      expect.objectContaining({ outcome: 'failure' }),
      expect.objectContaining({ outcome: 'success', entity_id: header.id, case_code: header.code }),
    ]);
  });

  it('downloads an A4 PDF in Dutch with the case code, the helpline and Dutch characters, audited', async () => {
    const response = await download(test, counsellor.client, `${path}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`veiligheidsplan-${header.code}.pdf`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(`Veiligheidsplan ${header.code}`);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    const text = drawnText(doc);
    expect(text).toContain(`Dossiercode: ${header.code}`);
    expect(text).toContain('0800 266 64 36');
    expect(text).toContain('Hoe gaan we potentiële risicosituaties vermijden');
    expect(text.replace(/\n/g, ' ')).toContain('toezicht is – ook niet ‘even’ bij “oppassen”; geëvalueerd café.');
    expect(text).toContain('Een andere volwassene');
    const audit = await auditOf(test.db, counsellor.staff.id, 'safety_plan.pdf');
    expect(audit).toEqual([
      expect.objectContaining({ outcome: 'failure' }),
      expect.objectContaining({ outcome: 'success', entity_id: header.id, case_code: header.code, reason: 'access=assignee; pdf nl' }),
    ]);
  });

  it('downloads it in English with ?lang=en and refuses another language with 400', async () => {
    const response = await download(test, counsellor.client, `${path}.pdf?lang=en`);
    expect(response.status).toBe(200);
    const doc = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    const text = drawnText(doc);
    expect(text).toContain(`Case code: ${header.code}`);
    expect(text).toContain('Another adult');
    expect((await download(test, counsellor.client, `${path}.pdf?lang=fr`)).status).toBe(400);
  });

  it('prints the code with the helpline’s prefix and when the helpline can be reached', async () => {
    const { client: admin } = await test.signIn('admin');
    const current = (await admin.get<HelplineProfile>('/api/helplines/current')).body;
    const { version, name, language, phone, website, timeZone, settings } = current;
    const workingHours = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const change = { version, name, language, phone, website, timeZone, settings };
    expect((await admin.put('/api/helplines/current', { ...change, caseCodePrefix: 'NL', workingHours })).status).toBe(200);
    try {
      const print = await counsellor.client.get<SafetyPlanPrint>(`${path}/print`);
      expect(print.body.caseCode).toBe(`NL-${header.code}`);
      expect(print.body.helpline.workingHours).toEqual(workingHours);
      const response = await download(test, counsellor.client, `${path}.pdf`);
      const text = drawnText(await PDFDocument.load(new Uint8Array(await response.arrayBuffer())));
      expect(text).toContain(`Dossiercode: NL-${header.code}`);
      expect(text).toContain('Bereikbaar: ma–vr 9.00–17.00');
    } finally {
      const restored = await admin.put('/api/helplines/current', {
        ...change,
        version: version + 1,
        caseCodePrefix: null,
        workingHours: [],
      });
      expect(restored.status).toBe(200);
    }
  });
});
