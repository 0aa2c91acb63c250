import type { Language, LocalisedText } from './guide.types';

/** True for a `{ nl, en }` pair of strings, the shape of every guide text. */
export function isLocalisedText(value: unknown): value is LocalisedText {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Record<string, unknown>;
  return typeof record['nl'] === 'string' && typeof record['en'] === 'string';
}

/**
 * Every localised text inside a value, in document order. Walks generically,
 * so new fields of the guide are found without changing this function.
 */
export function collectLocalisedTexts(value: unknown): LocalisedText[] {
  const found: LocalisedText[] = [];
  const visit = (node: unknown): void => {
    if (isLocalisedText(node)) {
      found.push(node);
    } else if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null) {
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
  return found;
}

/** The text in one language. */
export function inLanguage(text: LocalisedText, language: Language): string {
  return text[language];
}
