import type { CallerRole, CaseConcern, ContactChannel } from '@leidraad/shared/domain';

/** Inclusive local dates `YYYY-MM-DD` (Europe/Amsterdam), already validated. */
export interface DateRange {
  from: string;
  to: string;
}

export interface AggregateFilters {
  channel?: ContactChannel;
  callerRole?: CallerRole;
  concern?: CaseConcern;
}

/** How counts are grouped in time: per week (Monday), calendar month or calendar year (first day). */
export type Granularity = 'week' | 'month' | 'year';

/**
 * Raw (unsuppressed) contact counts of one period. Callers that show them must pass them through
 * the suppression module first.
 */
export interface ContactAggregate {
  /** First day of the period (`YYYY-MM-DD`): the Monday, the 1st of the month or 1 January. */
  period: string;
  contacts: number;
  byChannel: Partial<Record<ContactChannel, number>>;
  byCallerRole: Partial<Record<CallerRole, number>>;
  byConcern: Partial<Record<CaseConcern, number>>;
  /** First final contact of its case, and the others. */
  newContacts: number;
  returningContacts: number;
  /** Contacts per duration bucket (see duration.ts). */
  durationHistogram: number[];
  /** Relatives' contacts (caller role other than self) with guide progress recorded in them. */
  relativesGuideContacts: number;
  /** … of which on the step the case had reached or the next one. */
  relativesOnSuggestedStep: number;
}

/** Raw appointment counts of one period by status (by the local day the appointment starts). */
export interface FollowUpAggregate {
  period: string;
  planned: number;
  kept: number;
  noShow: number;
  cancelled: number;
  rescheduled: number;
}
