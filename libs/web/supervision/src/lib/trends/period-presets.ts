export const PERIOD_PRESETS = ['last3Months', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface DateRange {
  /** Inclusive local dates, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

export { helplineToday } from '@leidraad/shared/domain';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The period a preset stands for, seen from `today` (`YYYY-MM-DD`). */
export function presetRange(preset: PeriodPreset, today: string): DateRange {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  switch (preset) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'last3Months': {
      // Three calendar months back, clamped to the end of a shorter month (31 May → 28/29 Feb).
      const target = new Date(Date.UTC(year, month - 1 - 3, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      const from = `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, lastDay))}`;
      return { from, to: today };
    }
  }
}

/** The preset whose period is exactly `range`, if any (so the form shows which one is active). */
export function presetOf(range: DateRange, today: string): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((preset) => {
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  });
}
