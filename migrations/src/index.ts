import { StaffAndSessions1764165600000 } from './1764165600000-staff-and-sessions';
import { CasesAndContacts1764241200000 } from './1764241200000-cases-and-contacts';

/** Every migration, in order. Listed as classes because the API is bundled (no globs). */
export const MIGRATIONS = [StaffAndSessions1764165600000, CasesAndContacts1764241200000];
