/**
 * The categories the detector reports, their level and their mask token.
 *
 * `direct` identifiers are never stored as typed (the API refuses the text);
 * `quasi` identifiers are stored only after the counsellor confirms them.
 */
export const PII_CATEGORIES = [
  'person_name',
  'possible_name',
  'phone',
  'email',
  'url',
  'handle',
  'street_address',
  'postcode',
  'bsn',
  'iban',
  'licence_plate',
  'ip_address',
  'id_number',
  'date_of_birth',
  'date',
  'institution',
  'place',
] as const;

export type PiiCategory = (typeof PII_CATEGORIES)[number];

export type PiiLevel = 'direct' | 'quasi';

export interface Finding {
  /** Start offset in UTF-16 code units into the original text. */
  start: number;
  /** End offset (exclusive) in UTF-16 code units into the original text. */
  end: number;
  category: PiiCategory;
  level: PiiLevel;
}

export interface CategoryInfo {
  readonly level: PiiLevel;
  /** Replacement used by `mask`, e.g. `[NAAM]`. */
  readonly token: string;
  readonly label: { readonly nl: string; readonly en: string };
  /** One sentence shown beside a highlight in the web app. */
  readonly explanation: { readonly nl: string; readonly en: string };
}

export const CATEGORY_INFO: Readonly<Record<PiiCategory, CategoryInfo>> = {
  person_name: {
    level: 'direct',
    token: '[NAAM]',
    label: { nl: 'Naam', en: 'Name' },
    explanation: {
      nl: 'Een naam van de beller of een naaste. Leg nooit namen vast; gebruik een rol, zoals "zoon" of "buurman".',
      en: 'A name of the caller or someone close to them. Never record names; use a role such as "son" or "neighbour".',
    },
  },
  possible_name: {
    level: 'quasi',
    token: '[NAAM]',
    label: { nl: 'Misschien een naam', en: 'Possibly a name' },
    explanation: {
      nl: 'Dit woord kan een naam zijn, maar ook een gewoon woord met een hoofdletter. Is het een naam, vervang het dan door een rol; anders bevestig je dat het geen persoonsgegeven is.',
      en: 'This word may be a name, or an ordinary word with a capital. If it is a name, replace it with a role; otherwise confirm that it is not personal data.',
    },
  },
  phone: {
    level: 'direct',
    token: '[TELEFOON]',
    label: { nl: 'Telefoonnummer', en: 'Phone number' },
    explanation: {
      nl: 'Een telefoonnummer wijst direct naar een persoon. Openbare nummers zoals 0800 266 64 36, 112 en 113 mogen wel.',
      en: 'A phone number points straight at a person. Public numbers such as 0800 266 64 36, 112 and 113 are fine.',
    },
  },
  email: {
    level: 'direct',
    token: '[E-MAIL]',
    label: { nl: 'E-mailadres', en: 'E-mail address' },
    explanation: {
      nl: 'Een e-mailadres wijst direct naar een persoon.',
      en: 'An e-mail address points straight at a person.',
    },
  },
  url: {
    level: 'direct',
    token: '[URL]',
    label: { nl: 'Webadres', en: 'Web address' },
    explanation: {
      nl: 'Een webadres kan naar een profiel of pagina van een persoon wijzen.',
      en: "A web address can point at a person's profile or page.",
    },
  },
  handle: {
    level: 'direct',
    token: '[ACCOUNT]',
    label: { nl: 'Account of gebruikersnaam', en: 'Account or user name' },
    explanation: {
      nl: 'Een gebruikersnaam op sociale media of in een game is terug te voeren op een persoon.',
      en: 'A user name on social media or in a game can be traced to a person.',
    },
  },
  street_address: {
    level: 'direct',
    token: '[ADRES]',
    label: { nl: 'Adres', en: 'Address' },
    explanation: {
      nl: 'Een straat met huisnummer of een postbus wijst naar een woning of persoon.',
      en: 'A street with a house number, or a PO box, points at a home or a person.',
    },
  },
  postcode: {
    level: 'direct',
    token: '[POSTCODE]',
    label: { nl: 'Postcode', en: 'Postcode' },
    explanation: {
      nl: 'Een volledige postcode wijst naar een handvol adressen.',
      en: 'A full Dutch postcode points at a handful of addresses.',
    },
  },
  bsn: {
    level: 'direct',
    token: '[BSN]',
    label: { nl: 'BSN', en: 'Citizen service number (BSN)' },
    explanation: {
      nl: 'Een burgerservicenummer (voldoet aan de elfproef) identificeert één persoon.',
      en: 'A citizen service number (passes the eleven test) identifies exactly one person.',
    },
  },
  iban: {
    level: 'direct',
    token: '[IBAN]',
    label: { nl: 'Rekeningnummer', en: 'Bank account (IBAN)' },
    explanation: {
      nl: 'Een IBAN-rekeningnummer (geldig controlegetal) hoort bij een persoon of bedrijf.',
      en: 'An IBAN (valid check digits) belongs to a person or business.',
    },
  },
  licence_plate: {
    level: 'direct',
    token: '[KENTEKEN]',
    label: { nl: 'Kenteken', en: 'Licence plate' },
    explanation: {
      nl: 'Een kenteken is via het kentekenregister terug te voeren op de eigenaar.',
      en: 'A licence plate can be traced to its owner through the vehicle register.',
    },
  },
  ip_address: {
    level: 'direct',
    token: '[IP-ADRES]',
    label: { nl: 'IP-adres', en: 'IP address' },
    explanation: {
      nl: 'Een IP-adres is via de provider terug te voeren op een aansluiting.',
      en: 'An IP address can be traced to a connection through the provider.',
    },
  },
  id_number: {
    level: 'direct',
    token: '[NUMMER]',
    label: { nl: 'Klant- of dossiernummer', en: 'Client or file number' },
    explanation: {
      nl: 'Een klant-, patiënt-, dossier- of serienummer wijst via de instelling die het uitgaf naar één persoon.',
      en: 'A client, patient, file or serial number points at one person through whoever issued it.',
    },
  },
  date_of_birth: {
    level: 'direct',
    token: '[GEBOORTEDATUM]',
    label: { nl: 'Geboortedatum', en: 'Date of birth' },
    explanation: {
      nl: 'Een volledige geboortedatum identificeert samen met een woonplaats vrijwel één persoon. Noteer een leeftijd.',
      en: 'A full date of birth, with a home town, nearly identifies one person. Record an age instead.',
    },
  },
  date: {
    level: 'quasi',
    token: '[DATUM]',
    label: { nl: 'Datum', en: 'Date' },
    explanation: {
      nl: 'Een volledige datum kan een gebeurtenis en daarmee een persoon herkenbaar maken. Bevestig of hij nodig is.',
      en: 'A full date can make an event, and so a person, recognisable. Confirm that it is needed.',
    },
  },
  institution: {
    level: 'quasi',
    token: '[INSTELLING]',
    label: { nl: 'Instelling', en: 'Institution' },
    explanation: {
      nl: 'De naam van een school, werkgever of instelling maakt iemand herkenbaar. Bevestig of hij nodig is.',
      en: 'The name of a school, employer or institution makes someone recognisable. Confirm that it is needed.',
    },
  },
  place: {
    level: 'quasi',
    token: '[PLAATS]',
    label: { nl: 'Plaats', en: 'Place' },
    explanation: {
      nl: 'Een plaatsnaam, zeker van een kleine plaats, maakt iemand herkenbaar. Bevestig of hij nodig is.',
      en: 'A place name, especially of a small place, makes someone recognisable. Confirm that it is needed.',
    },
  },
};

export function levelOf(category: PiiCategory): PiiLevel {
  return CATEGORY_INFO[category].level;
}

export function isPiiCategory(value: string): value is PiiCategory {
  return (PII_CATEGORIES as readonly string[]).includes(value);
}
