/**
 * The only periods statistics are published for (DESIGN.md rule 7): a calendar month, a quarter or
 * a calendar year, local to the helpline (its `timeZone`), and only once it has ended. They nest
 * (year ⊃ quarters ⊃ months), so every published figure is a sum of whole months and nothing can be
 * learnt by subtracting one period from another that is not already a published month. No ISO
 * weeks: a week crosses a month boundary in most months and would make the edge days derivable.
 */
export const STATISTICS_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type StatisticsPeriodKind = (typeof STATISTICS_PERIOD_KINDS)[number];

export interface StatisticsPeriod {
  kind: StatisticsPeriodKind;
  /** `2026`, `2026-Q3` or `2026-11`: how the API and the file names write it. */
  label: string;
  year: number;
  /** First and last local day, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
  /** The months it consists of, `YYYY-MM`, in order. */
  months: string[];
}

/** The years statistics may be asked for. */
export const STATISTICS_MIN_YEAR = 2000;
export const STATISTICS_MAX_YEAR = 2100;

const PATTERN = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthSpan(year: number, first: number, count: number): Pick<StatisticsPeriod, 'from' | 'to' | 'months'> {
  const months = Array.from({ length: count }, (_, i) => `${year}-${pad(first + i)}`);
  const last = first + count - 1;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`, months };
}

/** The period a label names, or undefined when it names none (or a year outside 2000–2100). */
export function parseStatisticsPeriod(label: string): StatisticsPeriod | undefined {
  const match = PATTERN.exec(label);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < STATISTICS_MIN_YEAR || year > STATISTICS_MAX_YEAR) return undefined;
  if (match[2]) {
    const quarter = Number(match[2]);
    return { kind: 'quarter', label, year, ...monthSpan(year, quarter * 3 - 2, 3) };
  }
  if (match[3]) return { kind: 'month', label, year, ...monthSpan(year, Number(match[3]), 1) };
  return { kind: 'year', label, year, ...monthSpan(year, 1, 12) };
}

/** Whether the period is over on `today` (`YYYY-MM-DD`): only then are its figures published. */
export function statisticsPeriodEnded(period: StatisticsPeriod, today: string): boolean {
  return period.to < today;
}

/** The most recent period of a kind that has ended on `today`. */
export function latestEndedPeriod(kind: StatisticsPeriodKind, today: string): StatisticsPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  let label: string;
  if (kind === 'year') label = String(year - 1);
  else if (kind === 'quarter') {
    const quarter = Math.ceil(month / 3) - 1;
    label = quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
  } else label = month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
  return parseStatisticsPeriod(label) as StatisticsPeriod;
}

/** The quarter (1–4) a month (1–12) belongs to. */
export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}
