import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { DEFAULT_TIME_ZONE, type HelplineContactDetails, type SafetyPlanPrint } from '@leidraad/shared/domain';
import { safetyPlanPdf } from './safety-plan-pdf';

/** The lines drawn on the PDF's pages (ASCII only: what these checks look for). */
async function lines(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
    .flatMap((stream) => [
      ...Buffer.from(decodePDFRawStream(stream).decode())
        .toString('latin1')
        .matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g),
    ])
    .map((match) => Buffer.from(match[1], 'hex').toString('latin1'));
}

function plan(helpline: HelplineContactDetails): SafetyPlanPrint {
  return { caseCode: 'K7M-4PX-2Q', status: 'active', version: 2, activatedAt: null, agreements: [], helpline };
}

describe('safetyPlanPdf: where the caller gets help', () => {
  it('prints the case’s helpline with its own phone and website, never the guide’s', async () => {
    const text = await lines(
      await safetyPlanPdf(
        plan({ name: 'Stop it Now Vlaanderen', phone: '0800 200 50', website: 'https://stopitnow.be/', workingHours: [] }),
        'nl',
        DEFAULT_TIME_ZONE,
      ),
    );
    expect(text).toContain('Stop it Now Vlaanderen \x96 0800 200 50 \x96 stopitnow.be');
    expect(text.join('\n')).toContain('contact opnemen met Stop it Now Vlaanderen.');
    expect(text.join('\n')).not.toContain('0800 266 64 36');
    expect(text.join('\n')).not.toContain('Bereikbaar');
  });

  it('prints when the helpline can be reached, in the plan’s language', async () => {
    const workingHours = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const helpline = { name: 'Stop it Now', phone: '0800 200 50', website: null, workingHours };
    expect(await lines(await safetyPlanPdf(plan(helpline), 'nl', DEFAULT_TIME_ZONE))).toContain('Bereikbaar: ma\x96vr 9.00\x9617.00');
    expect(await lines(await safetyPlanPdf(plan(helpline), 'en', DEFAULT_TIME_ZONE))).toContain('Open: Mon\x96Fri 9:00\x9617:00');
  });

  it('leaves out what the helpline has not set, without "null" or "undefined"', async () => {
    const text = await lines(
      await safetyPlanPdf(plan({ name: 'Lijn zonder nummer', phone: null, website: null, workingHours: [] }), 'en', DEFAULT_TIME_ZONE),
    );
    expect(text).toContain('Lijn zonder nummer');
    expect(text.join('\n')).not.toMatch(/null|undefined/);
    expect(text.join('\n')).toContain('always welcome to contact Lijn zonder nummer.');
  });
});
