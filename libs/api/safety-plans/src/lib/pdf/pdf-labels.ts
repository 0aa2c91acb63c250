import type { AgreementResult, AgreementRole, SafetyPlanStatus } from '@leidraad/shared/domain';
import type { Language } from '@leidraad/shared/guide';

/** The PDF's own words; topics and principles come from the guide, the helpline's details from the helpline. */
export interface PdfLabels {
  title: string;
  caseCode: string;
  version: (number: number, status: string) => string;
  activatedOn: string;
  otherTopic: string;
  what: string;
  who: string;
  howChecked: string;
  reviewDate: string;
  evaluation: string;
  noAgreements: string;
  principles: string;
  helpline: string;
  /** Before the helpline's working hours: "Bereikbaar: ma–vr 9.00–17.00". */
  reachable: string;
  /** The invitation to get in touch, naming the helpline. */
  invitation: (helpline: string) => string;
  roles: Record<AgreementRole, string>;
  results: Record<AgreementResult, string>;
  statuses: Record<SafetyPlanStatus, string>;
}

export const PDF_LABELS: Record<Language, PdfLabels> = {
  nl: {
    title: 'Veiligheidsplan',
    caseCode: 'Dossiercode',
    version: (number, status) => `Versie ${number} – ${status}`,
    activatedOn: 'Geldt vanaf',
    otherTopic: 'Overige afspraak',
    what: 'Wat spreken we af',
    who: 'Wie doet het',
    howChecked: 'Hoe controleren we het',
    reviewDate: 'Samen bekijken op',
    evaluation: 'Evaluatie',
    noAgreements: 'Er zijn nog geen afspraken.',
    principles: 'Waar een veiligheidsplan op let',
    helpline: 'Vragen of zorgen? Neem contact op',
    reachable: 'Bereikbaar',
    invitation: (helpline) => `Tijdens het doorlopen van deze stappen mag je altijd contact opnemen met ${helpline}.`,
    roles: { caller: 'Jij (de beller)', person_of_concern: 'De persoon over wie je je zorgen maakt', other_adult: 'Een andere volwassene' },
    results: { kept: 'Nagekomen', partly: 'Deels nagekomen', not_kept: 'Niet nagekomen', no_longer_relevant: 'Niet meer van toepassing' },
    statuses: { draft: 'concept', active: 'actief', evaluated: 'geëvalueerd' },
  },
  en: {
    title: 'Safety plan',
    caseCode: 'Case code',
    version: (number, status) => `Version ${number} – ${status}`,
    activatedOn: 'In force from',
    otherTopic: 'Other agreement',
    what: 'What we agree',
    who: 'Who does it',
    howChecked: 'How we check it',
    reviewDate: 'Review together on',
    evaluation: 'Evaluation',
    noAgreements: 'There are no agreements yet.',
    principles: 'What a safety plan pays attention to',
    helpline: 'Questions or worries? Get in touch',
    reachable: 'Open',
    invitation: (helpline) => `While working through these steps, you are always welcome to contact ${helpline}.`,
    roles: { caller: 'You (the caller)', person_of_concern: 'The person you are worried about', other_adult: 'Another adult' },
    results: { kept: 'Kept', partly: 'Partly kept', not_kept: 'Not kept', no_longer_relevant: 'No longer relevant' },
    statuses: { draft: 'draft', active: 'active', evaluated: 'evaluated' },
  },
};
