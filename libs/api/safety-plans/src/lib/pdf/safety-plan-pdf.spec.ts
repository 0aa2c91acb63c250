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
        plan({ name: 'Stop it Now Vlaanderen', phone: '0800 200 50', website: 'https://stopitnow.be/' }),
        'nl',
        DEFAULT_TIME_ZONE,
      ),
    );
    expect(text).toContain('Stop it Now Vlaanderen \x96 0800 200 50 \x96 stopitnow.be');
    expect(text.join('\n')).toContain('contact opnemen met Stop it Now Vlaanderen.');
    expect(text.join('\n')).not.toContain('0800 266 64 36');
  });

  it('leaves out what the helpline has not set, without "null" or "undefined"', async () => {
    const text = await lines(
      await safetyPlanPdf(plan({ name: 'Lijn zonder nummer', phone: null, website: null }), 'en', DEFAULT_TIME_ZONE),
    );
    expect(text).toContain('Lijn zonder nummer');
    expect(text.join('\n')).not.toMatch(/null|undefined/);
    expect(text.join('\n')).toContain('always welcome to contact Lijn zonder nummer.');
  });
});
