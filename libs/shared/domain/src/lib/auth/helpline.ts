import type { WorkingPeriod } from '../appointments';
import type { Role } from './roles';

export const HELPLINE_LANGUAGES = ['nl', 'nl-BE', 'en'] as const;
export type HelplineLanguage = (typeof HELPLINE_LANGUAGES)[number];

/** How callers reach a helpline: shown in the guide and on printed safety plans. */
export interface HelplineContactDetails {
  name: string;
  /** As callers dial it (digits, spaces, brackets, dashes); null: none is shown. */
  phone: string | null;
  /** An https:// address; null: none is shown. */
  website: string | null;
  /** When callers can reach it, in the helpline's time zone; empty: nothing is shown. */
  workingHours: WorkingPeriod[];
}

/** A helpline the signed-in staff member works in (`GET /api/helplines`). */
export interface HelplineMembership extends HelplineContactDetails {
  id: string;
  /** The language its callers are served in by default. */
  language: HelplineLanguage;
  /** The IANA time zone its days are counted and its times shown in (e.g. `Europe/Amsterdam`). */
  timeZone: string;
  /** Whether the current session works in this helpline. */
  current: boolean;
  /** My role in this helpline; null in the answer to creating one (its creator is no member). */
  role: Role | null;
  /** 1–3 capital letters shown in front of its case codes (`NL-K7QF-3M9X-T`); null: none. */
  caseCodePrefix: string | null;
}

/**
 * A helpline as the platform admin sees it (`GET /api/platform/helplines`): its profile and how many
 * staff work in it, never anything of its cases.
 */
export interface PlatformHelpline {
  id: string;
  name: string;
  language: HelplineLanguage;
  phone: string | null;
  website: string | null;
  timeZone: string;
  createdAt: string;
  /** Active staff accounts that are members of it. */
  members: number;
  /** Of them, how many are admins there. */
  admins: number;
}

/**
 * The policy settings a helpline's admin sets (issue 19). A helpline that has not set one works
 * with the installation's default, from the environment variable named in the README.
 */
export interface HelplinePolicy {
  /** Closed cases are deleted this many months after closing (LEIDRAAD_RETENTION_MONTHS). */
  retentionMonths: number;
  /** Open cases without a contact for this many months are closed (LEIDRAAD_INACTIVE_CLOSE_MONTHS). */
  inactiveCloseMonths: number;
  /** Days without a contact after which an open case counts as stalled (LEIDRAAD_STALLED_AFTER_DAYS). */
  stalledAfterDays: number;
  /** Counsellors too sign in with a second factor (LEIDRAAD_TWO_FACTOR_FOR_ALL). */
  twoFactorForAll: boolean;
  /** Supervisors are alerted when someone reaches more cases not theirs within an hour (LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR). */
  unusualAccessPerHour: number;
}

export type HelplinePolicyKey = keyof HelplinePolicy;
export const HELPLINE_POLICY_KEYS: readonly HelplinePolicyKey[] = [
  'retentionMonths',
  'inactiveCloseMonths',
  'stalledAfterDays',
  'twoFactorForAll',
  'unusualAccessPerHour',
];

/** Bounds of the numeric settings: the same as their environment variables (and the database's check). */
export const HELPLINE_POLICY_BOUNDS = {
  retentionMonths: { min: 1, max: 1200 },
  inactiveCloseMonths: { min: 1, max: 1200 },
  stalledAfterDays: { min: 1, max: 365 },
  unusualAccessPerHour: { min: 1, max: 10_000 },
} as const;

/** A helpline's own settings: null where it uses the installation's default. */
export type HelplinePolicyOverrides = { [K in HelplinePolicyKey]: HelplinePolicy[K] | null };

/** `GET /api/helplines/current`: the profile and settings of the session's helpline (admins). */
export interface HelplineProfile extends HelplineContactDetails {
  id: string;
  language: HelplineLanguage;
  /** IANA time zone. */
  timeZone: string;
  caseCodePrefix: string | null;
  /** Send it back with a change; a change based on another version is refused (409). */
  version: number;
  settings: HelplinePolicyOverrides;
  /** The installation's defaults (environment), for the settings left null. */
  defaults: HelplinePolicy;
  /** What is in force: `settings`, else `defaults`. */
  effective: HelplinePolicy;
}

/** `PUT /api/helplines/current`. */
export interface HelplineProfileUpdate {
  version: number;
  name: string;
  language: HelplineLanguage;
  phone: string | null;
  website: string | null;
  timeZone: string;
  /** When callers can reach it: periods per weekday, end after start, not overlapping; absent: unchanged. */
  workingHours?: WorkingPeriod[];
  /** 1–3 capital letters in front of its case codes; null or empty: none; absent: unchanged. */
  caseCodePrefix?: string | null;
  settings: HelplinePolicyOverrides;
}

/** A helpline's phone number as callers dial it: digits, spaces, brackets and dashes, 6–24 characters. */
export const HELPLINE_PHONE_PATTERN = /^\+?[0-9 ()-]{6,24}$/;
/** A helpline's website: an https:// address. */
export const HELPLINE_WEBSITE_PATTERN = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i;

/** A website as printed for callers: without `https://` and a trailing slash. */
export function websiteDisplay(website: string): string {
  return website.replace(/^https:\/\//i, '').replace(/\/$/, '');
}

/** Name, phone and website as one line, leaving out what the helpline has not set. */
export function helplineContactParts(details: HelplineContactDetails): string[] {
  return [details.name, details.phone, details.website ? websiteDisplay(details.website) : null].filter(
    (part): part is string => typeof part === 'string' && part.trim().length > 0,
  );
}
