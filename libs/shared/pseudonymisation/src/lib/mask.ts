import { CATEGORY_INFO, type Finding, type PiiCategory } from './categories';
import { scan } from './scan';

/** The placeholder for a category; by default the Dutch one of `CATEGORY_INFO` (`[TELEFOON]`). */
export type MaskToken = (category: PiiCategory) => string;

const dutchToken: MaskToken = (category) => CATEGORY_INFO[category].token;

/** English placeholders, for counsellors who work in English. */
export const ENGLISH_MASK_TOKENS: Readonly<Record<PiiCategory, string>> = {
  person_name: '[NAME]',
  possible_name: '[NAME]',
  phone: '[PHONE]',
  email: '[E-MAIL]',
  url: '[URL]',
  handle: '[ACCOUNT]',
  street_address: '[ADDRESS]',
  postcode: '[POSTCODE]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  licence_plate: '[PLATE]',
  ip_address: '[IP-ADDRESS]',
  id_number: '[NUMBER]',
  date_of_birth: '[BIRTHDATE]',
  date: '[DATE]',
  institution: '[INSTITUTION]',
  place: '[PLACE]',
};

/** Replaces one finding with its token, e.g. `[TELEFOON]`. */
export function maskOne(text: string, finding: Pick<Finding, 'start' | 'end' | 'category'>, token: MaskToken = dutchToken): string {
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  return text.slice(0, start) + token(finding.category) + text.slice(end);
}

/**
 * Replaces every finding with its token, right to left so that the offsets of
 * the findings still to do stay valid. Without findings, scans the text first.
 */
export function mask(text: string, findings?: readonly Finding[], token: MaskToken = dutchToken): string {
  const list = [...(findings ?? scan(text))].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of list) {
    // Overlapping findings passed in by a caller: mask the union once.
    const end = Math.min(finding.end, limit);
    if (end <= finding.start) continue;
    result = maskOne(result, { ...finding, end }, token);
    limit = finding.start;
  }
  return result;
}
