import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  HIDDEN_COUNT,
  type CallerRole,
  type CaseConcern,
  type ContactChannel,
  type SuppressedCount,
} from '@leidraad/shared/domain';
import { DURATION_BUCKETS } from '../duration';
import { ANY, CountCube } from './count-cube';
import { Label, periodLabels, suppressTable, type SuppressedTable } from './table-suppression';

/**
 * Everything the statistics publish for one period (month, quarter or year), suppressed as one set
 * per month (table-suppression.ts) and over the period (periodLabels). Four independent families:
 *
 * - contacts: channel × caller role × concern × new/returning, every margin (the trends' filters
 *   and breakdowns, the reports' sections);
 * - guide fidelity: relatives' guide contacts on / off the suggested step, and their total;
 * - follow-ups: appointments kept / no-show / cancelled (no total is published);
 * - guide funnel: relatives' cases whose guide work began, per step reached (steps overlap: no total).
 */
export const NEW_OR_RETURNING = ['new', 'returning'] as const;
export const FOLLOW_UP_OUTCOMES = ['kept', 'noShow', 'cancelled'] as const;
export const GUIDE_STEPS = 6;

export const CONTACT_CUBE = new CountCube([CONTACT_CHANNELS.length, CALLER_ROLES.length, CASE_CONCERNS.length, NEW_OR_RETURNING.length]);
export const FIDELITY_CUBE = new CountCube([2]);
export const FOLLOW_UP_CUBE = new CountCube([FOLLOW_UP_OUTCOMES.length]);
export const FUNNEL_CUBE = new CountCube([GUIDE_STEPS]);
/** The contact cube without new/returning: the cells a duration histogram is kept for. */
const GROUP_CUBE = new CountCube([CONTACT_CHANNELS.length, CALLER_ROLES.length, CASE_CONCERNS.length]);

/** The raw counts of one month. */
export interface MonthCounts {
  /** `YYYY-MM`. */
  month: string;
  /** Atoms of CONTACT_CUBE. */
  contacts: number[];
  /** Per atom of channel × caller role × concern, the duration histogram. */
  durations: number[][];
  /** On the suggested step, off it. */
  fidelity: [number, number];
  /** Kept, no-show, cancelled. */
  followUps: number[];
  /** Cases per step 1–6. */
  funnel: number[];
}

export function emptyMonth(month: string): MonthCounts {
  return {
    month,
    contacts: new Array<number>(CONTACT_CUBE.atomCount).fill(0),
    durations: Array.from({ length: GROUP_CUBE.atomCount }, () => new Array<number>(DURATION_BUCKETS).fill(0)),
    fidelity: [0, 0],
    followUps: new Array<number>(FOLLOW_UP_OUTCOMES.length).fill(0),
    funnel: new Array<number>(GUIDE_STEPS).fill(0),
  };
}

/** The contact cube's index of a channel / caller role / concern. */
export function contactIndex(channel: ContactChannel, role: CallerRole, concern: CaseConcern): number[] {
  return [CONTACT_CHANNELS.indexOf(channel), CALLER_ROLES.indexOf(role), CASE_CONCERNS.indexOf(concern)];
}

export function groupAtom(coordinates: readonly number[]): number {
  return GROUP_CUBE.atomOf(coordinates);
}

/** Suppressed tables of one month, computed once per distinct month of counts. */
export interface MonthTables {
  month: string;
  counts: MonthCounts;
  contacts: SuppressedTable;
  fidelity: SuppressedTable;
  followUps: SuppressedTable;
  funnel: SuppressedTable;
}

const noTotal = (cube: CountCube) => (cell: number) => cell === cube.cellOf(cube.sizes.map(() => ANY));

export function monthTables(counts: MonthCounts): MonthTables {
  return {
    month: counts.month,
    counts,
    contacts: suppressTable(CONTACT_CUBE, counts.contacts),
    fidelity: suppressTable(FIDELITY_CUBE, counts.fidelity),
    followUps: suppressTable(FOLLOW_UP_CUBE, counts.followUps, noTotal(FOLLOW_UP_CUBE)),
    funnel: suppressTable(FUNNEL_CUBE, counts.funnel, noTotal(FUNNEL_CUBE)),
  };
}

/** One family over the months of a period: each month's cells and the whole period's. */
export class PublishedFamily {
  private readonly wholeLabels: Uint8Array;
  private readonly wholeValues: Int32Array;

  constructor(
    readonly cube: CountCube,
    private readonly months: readonly SuppressedTable[],
  ) {
    this.wholeLabels = periodLabels(months, cube.cellCount);
    this.wholeValues = new Int32Array(cube.cellCount);
    for (const month of months) month.values.forEach((value, cell) => (this.wholeValues[cell] = (this.wholeValues[cell] ?? 0) + value));
  }

  /** A cell of month i (index into the period's months), or of the whole period (`'whole'`). */
  count(at: number | 'whole', pattern: readonly number[]): SuppressedCount {
    const cell = this.cube.cellOf(pattern);
    const table = at === 'whole' ? undefined : this.months[at];
    const label = table ? table.labels[cell] : this.wholeLabels[cell];
    const value = table ? table.values[cell] : this.wholeValues[cell];
    return shown(label, value ?? 0);
  }

  /** The raw value, for decisions that depend on the published label only (e.g. enough for a median). */
  value(at: number | 'whole', pattern: readonly number[]): number {
    const cell = this.cube.cellOf(pattern);
    return (at === 'whole' ? this.wholeValues[cell] : this.months[at]?.values[cell]) ?? 0;
  }
}

function shown(label: number | undefined, value: number): SuppressedCount {
  if (label === Label.Shown) return value;
  if (label === Label.Small) return '<5';
  return HIDDEN_COUNT;
}

/** The published statistics of a period. */
export class PublishedStatistics {
  readonly contacts: PublishedFamily;
  readonly fidelity: PublishedFamily;
  readonly followUps: PublishedFamily;
  readonly funnel: PublishedFamily;

  constructor(readonly months: readonly MonthTables[]) {
    this.contacts = new PublishedFamily(
      CONTACT_CUBE,
      months.map((m) => m.contacts),
    );
    this.fidelity = new PublishedFamily(
      FIDELITY_CUBE,
      months.map((m) => m.fidelity),
    );
    this.followUps = new PublishedFamily(
      FOLLOW_UP_CUBE,
      months.map((m) => m.followUps),
    );
    this.funnel = new PublishedFamily(
      FUNNEL_CUBE,
      months.map((m) => m.funnel),
    );
  }

  /** The duration histogram of month i (or the whole period) for contacts matching a pattern of channel, role, concern. */
  durations(at: number | 'whole', group: readonly number[]): number[] {
    const total = new Array<number>(DURATION_BUCKETS).fill(0);
    const months = at === 'whole' ? this.months : this.months.slice(at, at + 1);
    for (const month of months) {
      month.counts.durations.forEach((histogram, atom) => {
        const coordinates = GROUP_CUBE.coordinates(atom);
        if (!group.every((c, d) => c === ANY || c === coordinates[d])) return;
        histogram.forEach((count, bucket) => (total[bucket] = (total[bucket] ?? 0) + count));
      });
    }
    return total;
  }
}
