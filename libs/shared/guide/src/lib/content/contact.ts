import type { HelplineContact } from '../guide.types';

/**
 * The helpline's details exactly as the guide gives them: a free phone number
 * and a website. The guide mentions no chat and no opening hours, so none are
 * given here; add them in a new guide version once there is a source for them.
 */
export const contact: HelplineContact = {
  name: 'Stop it Now',
  description: {
    nl: 'Stop it Now, onderdeel van Expertisebureau Online Kindermisbruik (EOKM), is een anonieme, vertrouwelijke en gratis hulplijn die ondersteuning biedt aan iedereen die zich zorgen maakt over zijn/haar seksuele gevoelens of gedrag ten aanzien van minderjarigen.',
    en: 'Stop it Now, part of the Expertisebureau Online Kindermisbruik (EOKM), is an anonymous, confidential and free helpline that offers support to anyone who is worried about his/her sexual feelings or behaviour towards minors.',
  },
  phone: { display: '0800 266 64 36', e164: '+318002666436' },
  website: { display: 'www.stopitnow.nl', url: 'https://www.stopitnow.nl' },
  invitation: {
    nl: 'Tijdens het doorlopen van deze stappen mag je altijd contact opnemen met Stop it Now',
    en: 'While working through these steps, you are always welcome to contact Stop it Now',
  },
};
