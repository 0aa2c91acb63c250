import { contact } from './content/contact';
import { sections } from './content/sections';
import { step1 } from './content/step-1';
import { step2 } from './content/step-2';
import { step3 } from './content/step-3';
import { step4 } from './content/step-4';
import { step5 } from './content/step-5';
import { step6 } from './content/step-6';
import type { Guide } from './guide.types';

/**
 * Version of the guide content. Bump it for every change to the text or the
 * structure, so stored progress can tell which guide it was recorded against.
 * Ids never change meaning between versions (see `ids.ts`).
 */
export const GUIDE_VERSION = 1;

/** Freezes the content so no consumer can change the shared guide in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}

/** The helpline's guide "Handleiding Start het Gesprek", as data. */
export const guide: Guide = deepFreeze({
  version: GUIDE_VERSION,
  title: {
    nl: 'Handleiding Start het Gesprek',
    en: 'Start the Conversation guide',
  },
  subtitle: { nl: 'Spreken over je zorgen', en: 'Talking about your concerns' },
  sections,
  steps: [step1, step2, step3, step4, step5, step6],
  contact,
});
