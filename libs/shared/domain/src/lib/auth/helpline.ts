/** A helpline the signed-in staff member works in (`GET /api/helplines`). */
export interface HelplineMembership {
  id: string;
  name: string;
  /** The language its callers are served in by default. */
  language: 'nl' | 'nl-BE' | 'en';
  /** Whether the current session works in this helpline. */
  current: boolean;
}
