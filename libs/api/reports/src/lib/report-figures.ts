import type { CallerRole, CaseConcern, ContactChannel } from '@leidraad/shared/domain';

/**
 * The raw (unsuppressed) aggregates of one report period. Only counts: never a case, a case code
 * or free text. Suppression happens when they become rows (report-rows.ts).
 */
export interface ReportFigures {
  contactsByChannel: Record<ContactChannel, number>;
  contactsByCallerRole: Record<CallerRole, number>;
  contactsByConcern: Record<CaseConcern, number>;
  newVsReturning: { new: number; returning: number };
  /** Histogram of finished contacts' durations (buckets of DURATION_EDGES). */
  durationHistogram: number[];
  /** Relatives' cases whose guide work began in the period, per step reached (index 0 = step 1). */
  guideFunnel: number[];
  /** Relatives' contacts with guide work, and those of them on the suggested step. */
  guideFidelity: { onSuggestedStep: number; total: number };
  /** Appointments whose start fell in the period, per outcome. */
  followUps: { kept: number; noShow: number; cancelled: number };
  /** A yearly report's contacts per month (index 0 = January); absent in a monthly report. */
  contactsByMonth?: number[];
}
