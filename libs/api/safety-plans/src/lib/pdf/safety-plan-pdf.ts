import { PageSizes, PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatWorkingHours, helplineContactParts, type SafetyPlanPrint } from '@leidraad/shared/domain';
import { findAgreementTopic, findItem, type Language } from '@leidraad/shared/guide';
import { toWinAnsi } from '../win-ansi';
import { pdfDate } from './pdf-dates';
import { PDF_LABELS } from './pdf-labels';

const MARGIN = 56;
const BODY = 10.5;
const LINE = 1.35;

/** Writes lines top-down on A4 pages, wrapping words and starting a new page when full. */
class Writer {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(PageSizes.A4);
    this.y = this.page.getHeight() - MARGIN;
  }

  text(value: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? BODY;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const width = this.page.getWidth() - 2 * MARGIN - indent;
    for (const line of wrap(toWinAnsi(value), font, size, width)) {
      if (this.y - size < MARGIN) {
        this.page = this.doc.addPage(PageSizes.A4);
        this.y = this.page.getHeight() - MARGIN;
      }
      this.y -= size;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.y -= size * (LINE - 1);
    }
    this.y -= options.gap ?? 0;
  }

  space(points: number): void {
    this.y -= points;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return [...lines, line];
}

/**
 * The plan as an A4 PDF for the caller, in plain Dutch or English: case code, agreements by
 * role, the guide's safety-plan principles and the helpline's details. Nothing identifying.
 */
export async function safetyPlanPdf(plan: SafetyPlanPrint, language: Language, timeZone: string): Promise<Uint8Array> {
  const labels = PDF_LABELS[language];
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsi(`${labels.title} ${plan.caseCode}`));
  doc.setLanguage(language === 'nl' ? 'nl-NL' : 'en-GB');
  doc.setProducer('Leidraad');
  doc.setCreator('Leidraad');
  const writer = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  writer.text(labels.title, { size: 20, bold: true, gap: 6 });
  writer.text(`${labels.caseCode}: ${plan.caseCode}`, { size: 12, bold: true });
  writer.text(labels.version(plan.version, labels.statuses[plan.status]));
  if (plan.activatedAt) writer.text(`${labels.activatedOn}: ${pdfDate(plan.activatedAt, language, timeZone)}`);
  writer.space(12);

  if (plan.agreements.length === 0) writer.text(labels.noAgreements);
  plan.agreements.forEach((agreement, index) => {
    const topic = findAgreementTopic(agreement.topic)?.text[language] ?? labels.otherTopic;
    writer.text(`${index + 1}. ${topic}`, { size: 12, bold: true, gap: 2 });
    writer.text(`${labels.what}: ${agreement.what}`, { indent: 14 });
    writer.text(`${labels.who}: ${labels.roles[agreement.who]}`, { indent: 14 });
    if (agreement.howChecked) writer.text(`${labels.howChecked}: ${agreement.howChecked}`, { indent: 14 });
    if (agreement.reviewDate) writer.text(`${labels.reviewDate}: ${pdfDate(agreement.reviewDate, language, timeZone)}`, { indent: 14 });
    if (agreement.evaluation) {
      const note = agreement.evaluation.note ? ` – ${agreement.evaluation.note}` : '';
      writer.text(`${labels.evaluation}: ${labels.results[agreement.evaluation.result]}${note}`, { indent: 14 });
    }
    writer.space(8);
  });

  const principles = findItem('step-5.safety-plan')?.safetyPlanPrinciples;
  if (principles) {
    writer.space(6);
    writer.text(labels.principles, { size: 12, bold: true, gap: 2 });
    for (const principle of principles.entries) writer.text(`• ${principle.text[language]}`, { indent: 8 });
  }

  writer.space(14);
  // Where the caller gets help: the case's helpline (never the caller's own details).
  writer.text(labels.helpline, { size: 12, bold: true, gap: 2 });
  writer.text(helplineContactParts(plan.helpline).join(' – '));
  const hours = formatWorkingHours(plan.helpline.workingHours, language);
  if (hours) writer.text(`${labels.reachable}: ${hours}`);
  writer.text(labels.invitation(plan.helpline.name));
  return doc.save();
}
