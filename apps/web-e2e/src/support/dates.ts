/** A weekday 8 to 12 days from now, as `YYYY-MM-DD`: a review date with free working hours on it. */
export function reviewDay(): string {
  const day = new Date(Date.now() + 8 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as a Dutch counsellor types it into a date field: `17-12-2026`. */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}
