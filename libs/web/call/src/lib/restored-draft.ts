// Types only: the detector (with its word lists) is loaded lazily by the call screen.
import type { CategoryInfo, Finding, PiiCategory } from '@leidraad/shared/pseudonymisation';
import type { TextSpan } from '@leidraad/web/ui';

/** What the call screen needs of the detector to restore a draft. */
export interface RestoreDetector {
  scan(text: string): Finding[];
  CATEGORY_INFO: Readonly<Record<PiiCategory, CategoryInfo>>;
}

/** A draft note as the call screen shows it after a reload: identifiers masked, and where they were. */
export interface RestoredNote {
  text: string;
  /** The placeholders put in, in the restored text. */
  masked: TextSpan[];
}

/**
 * A note kept in the browser that the server had not taken yet. A direct identifier in it is why
 * the server refused it (the API runs the same detector), so it comes back masked: the words are
 * kept, the identifier is not, and the placeholders show where it was.
 */
export function maskForRestore(text: string, detector: RestoreDetector): RestoredNote {
  const direct = detector
    .scan(text)
    .filter((finding) => finding.level === 'direct')
    .sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  const masked: TextSpan[] = [];
  for (const finding of direct) {
    if (finding.start < at) continue;
    result += text.slice(at, finding.start);
    const token = detector.CATEGORY_INFO[finding.category].token;
    masked.push({ start: result.length, end: result.length + token.length });
    result += token;
    at = finding.end;
  }
  return { text: result + text.slice(at), masked };
}
