import { StaffAndSessions1764165600000 } from './1764165600000-staff-and-sessions';

/** Every migration, in order. Listed as classes because the API is bundled (no globs). */
export const MIGRATIONS = [StaffAndSessions1764165600000];
