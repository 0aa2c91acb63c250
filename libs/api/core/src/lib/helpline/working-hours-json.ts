import { sortWorkingPeriods, WEEKDAYS, type Weekday, type WorkingPeriod } from '@leidraad/shared/domain';

/** `helpline.working_hours` as stored: per ISO weekday ("1" Monday … "7" Sunday) its periods. */
export type StoredWorkingHours = Partial<Record<`${Weekday}`, { start: string; end: string }[]>>;

/** The stored object as a list of periods, in order; anything unexpected is left out. */
export function workingHoursOf(stored: unknown): WorkingPeriod[] {
  if (stored === null || typeof stored !== 'object') return [];
  const periods: WorkingPeriod[] = [];
  for (const weekday of WEEKDAYS) {
    const day = (stored as Record<string, unknown>)[String(weekday)];
    if (!Array.isArray(day)) continue;
    for (const entry of day as unknown[]) {
      const { start, end } = (entry ?? {}) as { start?: unknown; end?: unknown };
      if (typeof start === 'string' && typeof end === 'string') periods.push({ weekday, start, end });
    }
  }
  return sortWorkingPeriods(periods);
}

/** A list of periods as the stored object. */
export function storedWorkingHours(periods: readonly WorkingPeriod[]): StoredWorkingHours {
  const stored: StoredWorkingHours = {};
  for (const { weekday, start, end } of sortWorkingPeriods(periods)) (stored[`${weekday}`] ??= []).push({ start, end });
  return stored;
}
