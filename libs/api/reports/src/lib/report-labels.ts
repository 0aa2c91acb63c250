import type { CallerRole, CaseConcern, ContactChannel } from '@leidraad/shared/domain';

export type ReportLanguage = 'nl' | 'en';

/** Header and row labels of the reports: Dutch for the funders, English on request. */
export interface ReportLabels {
  title: string;
  period: string;
  generated: string;
  /** How suppression works, one line each (the report's header). */
  suppression: string[];
  /** A count hidden to protect another. */
  hidden: string;
  columns: [string, string, string];
  sections: {
    channel: string;
    callerRole: string;
    concern: string;
    newVsReturning: string;
    duration: string;
    funnel: string;
    fidelity: string;
    followUps: string;
    months: string;
  };
  /** January … December. */
  monthNames: readonly string[];
  total: string;
  channels: Record<ContactChannel, string>;
  callerRoles: Record<CallerRole, string>;
  concerns: Record<CaseConcern, string>;
  new: string;
  returning: string;
  median: string;
  p90: string;
  step: (step: number) => string;
  onSuggestedStep: string;
  guideContacts: string;
  share: string;
  kept: string;
  noShow: string;
  cancelled: string;
}

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = {
  nl: {
    title: 'Leidraad — rapportage',
    period: 'Periode',
    generated: 'Gemaakt op',
    suppression: [
      'Kleine aantallen zijn afgeschermd: <5 is een aantal van 1 tot en met 4.',
      'verborgen: een aantal dat is weggelaten zodat een <5 niet uit andere cijfers terug te rekenen is (elk aantal, ook 0 of onder 5).',
      'Dat geldt voor alle cijfers samen: elke maand, elk kwartaal, elk jaar en elke filter van rapporten en trends. Een kwartaal of jaar toont een aantal alleen als het in elke maand getoond wordt.',
    ],
    hidden: 'verborgen',
    columns: ['Onderdeel', 'Categorie', 'Aantal'],
    sections: {
      channel: 'Contacten per kanaal',
      callerRole: 'Contacten per beller',
      concern: 'Contacten per zorg',
      newVsReturning: 'Contacten in nieuwe en terugkerende dossiers',
      duration: 'Gespreksduur',
      funnel: 'Voortgang in de leidraad (dossiers van naasten)',
      fidelity: 'Trouw aan de leidraad (contacten met naasten)',
      followUps: 'Vervolgafspraken',
      months: 'Contacten per maand',
    },
    monthNames: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    total: 'Totaal',
    channels: { phone: 'Telefoon', chat: 'Chat', email: 'E-mail' },
    callerRoles: {
      self: 'Zelf (eigen gevoelens of gedrag)',
      partner: 'Partner',
      parent: 'Ouder',
      child: 'Kind',
      other_family: 'Ander familielid',
      friend: 'Vriend(in)',
      colleague: 'Collega',
      professional: 'Professional',
      other: 'Anders',
    },
    concerns: {
      own_feelings: 'Eigen gevoelens',
      viewing_images: 'Kijken naar beelden van seksueel kindermisbruik',
      hands_on_abuse: 'Fysiek misbruik',
      unclear: 'Nog onduidelijk',
    },
    new: 'Nieuw dossier',
    returning: 'Terugkerend dossier',
    median: 'Mediaan (minuten, midden van de duurklasse)',
    p90: '90e percentiel (minuten, midden van de duurklasse)',
    step: (step) => `Stap ${step} bereikt`,
    onSuggestedStep: 'Op de voorgestelde stap',
    guideContacts: 'Met werk aan de leidraad',
    share: 'Aandeel op de voorgestelde stap (%)',
    kept: 'Nagekomen',
    noShow: 'Niet verschenen',
    cancelled: 'Geannuleerd',
  },
  en: {
    title: 'Leidraad — report',
    period: 'Period',
    generated: 'Generated on',
    suppression: [
      'Small counts are protected: <5 is a count from 1 to 4.',
      'hidden: a count left out so that no <5 can be worked out from other figures (any count, also 0 or below 5).',
      'This holds for all figures together: every month, quarter, year and filter of reports and trends. A quarter or year shows a count only when every month shows it.',
    ],
    hidden: 'hidden',
    columns: ['Section', 'Category', 'Count'],
    sections: {
      channel: 'Contacts by channel',
      callerRole: 'Contacts by caller',
      concern: 'Contacts by concern',
      newVsReturning: 'Contacts in new and returning cases',
      duration: 'Call duration',
      funnel: 'Progress through the guide (relatives’ cases)',
      fidelity: 'Guide fidelity (relatives’ contacts)',
      followUps: 'Follow-up appointments',
      months: 'Contacts per month',
    },
    monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    total: 'Total',
    channels: { phone: 'Phone', chat: 'Chat', email: 'E-mail' },
    callerRoles: {
      self: 'Self (own feelings or behaviour)',
      partner: 'Partner',
      parent: 'Parent',
      child: 'Child',
      other_family: 'Other family member',
      friend: 'Friend',
      colleague: 'Colleague',
      professional: 'Professional',
      other: 'Other',
    },
    concerns: {
      own_feelings: 'Own feelings',
      viewing_images: 'Viewing images of child sexual abuse',
      hands_on_abuse: 'Hands-on abuse',
      unclear: 'Not yet clear',
    },
    new: 'New case',
    returning: 'Returning case',
    median: 'Median (minutes, middle of the duration band)',
    p90: '90th percentile (minutes, middle of the duration band)',
    step: (step) => `Reached step ${step}`,
    onSuggestedStep: 'On the suggested step',
    guideContacts: 'With guide work',
    share: 'Share on the suggested step (%)',
    kept: 'Kept',
    noShow: 'No-show',
    cancelled: 'Cancelled',
  },
};
