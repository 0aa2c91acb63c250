import type { CounsellorLoad } from '@leidraad/shared/domain';

export const LOAD_COLUMNS = [
  'counsellor',
  'openCases',
  'contactsThisWeek',
  'appointmentsThisWeek',
  'overdueFollowUps',
  'casesHandedOver',
  'riskFlaggedCases',
] as const;
export type LoadColumn = (typeof LOAD_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface LoadSort {
  column: LoadColumn;
  direction: SortDirection;
}

/** Rows sorted by a column; ties by name so the order never jumps. Names sort the Dutch way. */
export function sortLoads(rows: readonly CounsellorLoad[], sort: LoadSort): CounsellorLoad[] {
  const byName = (a: CounsellorLoad, b: CounsellorLoad) => a.counsellor.displayName.localeCompare(b.counsellor.displayName, 'nl');
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'counsellor') return sign * byName(a, b);
    return sign * (a[sort.column] - b[sort.column]) || byName(a, b);
  });
}

/** Clicking a header: the same column flips; a new column starts with the most work on top (names A–Z). */
export function nextSort(current: LoadSort, column: LoadColumn): LoadSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'counsellor' ? 'ascending' : 'descending' };
}
