export {
  CATEGORY_INFO,
  PII_CATEGORIES,
  isPiiCategory,
  levelOf,
  type CategoryInfo,
  type Finding,
  type PiiCategory,
  type PiiLevel,
} from './lib/categories';
export { isValidBsn, isValidIban } from './lib/checksums';
export { ENGLISH_MASK_TOKENS, mask, maskOne, type MaskToken } from './lib/mask';
export { normalise, type NormalisedText, type OriginalSpan } from './lib/normalise';
export { scan } from './lib/scan';
export { isDismissible, NEVER_DISMISSIBLE } from './lib/dismissal';
