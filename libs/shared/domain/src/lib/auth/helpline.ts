import type { Role } from './roles';

export const HELPLINE_LANGUAGES = ['nl', 'nl-BE', 'en'] as const;
export type HelplineLanguage = (typeof HELPLINE_LANGUAGES)[number];

/** A helpline the signed-in staff member works in (`GET /api/helplines`). */
export interface HelplineMembership {
  id: string;
  name: string;
  /** The language its callers are served in by default. */
  language: HelplineLanguage;
  /** Whether the current session works in this helpline. */
  current: boolean;
  /** My role in this helpline; null in the answer to creating one (its creator is no member). */
  role: Role | null;
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
