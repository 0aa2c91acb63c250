/** ISO 8601 (UTC, `Z`) from what PostgreSQL answers: a Date, or a timestamp string inside JSON. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function isoOrNull(value: Date | string | null | undefined): string | null {
  return value === null || value === undefined ? null : iso(value);
}
