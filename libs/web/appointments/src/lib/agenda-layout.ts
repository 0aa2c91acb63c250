import {
  DEFAULT_WORKING_HOURS,
  type AppointmentSlot,
  type AppointmentStatus,
  type AppointmentView,
  type StaffRef,
  type WorkingPeriod,
} from '@leidraad/shared/domain';
import { isoWeekday, localDateOf, localDateTime, localParts } from './agenda-time';

/** Pure layout of the agenda grid: which rows, where each appointment sits, where a drag lands. */

/** Statuses shown in the grid; cancelled and rescheduled ones no longer take time. */
export const GRID_STATUSES: readonly AppointmentStatus[] = ['planned', 'done', 'no_show'];

export const onGrid = (appointment: AppointmentView): boolean => GRID_STATUSES.includes(appointment.status);

/**
 * The hours the grid shows for some days: the working hours of those weekdays, widened to
 * every appointment that lies outside them, so nothing booked outside hours is hidden.
 */
export function gridHours(
  days: readonly string[],
  appointments: readonly AppointmentView[],
  workingHours: readonly WorkingPeriod[] = DEFAULT_WORKING_HOURS,
): number[] {
  const weekdays = new Set(days.map(isoWeekday));
  let first = 24;
  let last = 0;
  for (const period of workingHours) {
    if (!weekdays.has(period.weekday)) continue;
    first = Math.min(first, Number(period.start.slice(0, 2)));
    last = Math.max(last, Math.ceil(toMinutes(period.end) / 60));
  }
  const shown = new Set(days);
  for (const appointment of appointments) {
    const start = localParts(appointment.startsAt);
    if (!shown.has(start.date)) continue;
    first = Math.min(first, Math.floor(start.minutes / 60));
    last = Math.max(last, Math.min(24, Math.ceil((start.minutes + appointment.durationMinutes) / 60)));
  }
  if (first >= last) [first, last] = [9, 17];
  return Array.from({ length: last - first }, (_, index) => first + index);
}

const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export interface PlacedAppointment {
  appointment: AppointmentView;
  /** Minutes from the top of the grid (its first hour). */
  top: number;
  /** Minutes high, clipped to the end of the day. */
  height: number;
  /** Side-by-side position when appointments overlap (e.g. done and planned ones). */
  lane: number;
  lanes: number;
}

/** The appointments of one local day placed on a grid that starts at `firstHour`. */
export function placeDay(day: string, appointments: readonly AppointmentView[], firstHour: number): PlacedAppointment[] {
  const ofDay = appointments
    .filter((appointment) => localDateOf(appointment.startsAt) === day)
    .map((appointment) => {
      const { minutes } = localParts(appointment.startsAt);
      return { appointment, start: minutes, end: Math.min(1440, minutes + appointment.durationMinutes) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const placed: PlacedAppointment[] = [];
  // Clusters of mutually overlapping appointments share their lane count.
  let cluster: PlacedAppointment[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const closeCluster = (): void => {
    for (const item of cluster) item.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const item of ofDay) {
    if (item.start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    clusterEnd = Math.max(clusterEnd, item.end);
    const entry: PlacedAppointment = {
      appointment: item.appointment,
      top: item.start - firstHour * 60,
      height: Math.max(item.end - item.start, 1),
      lane,
      lanes: 1,
    };
    cluster.push(entry);
    placed.push(entry);
  }
  closeCluster();
  return placed;
}

export interface TeamRow {
  counsellor: StaffRef;
  /** One list per day, in time order. */
  cells: AppointmentView[][];
}

/** The team view: a row per counsellor (by name), a cell per day. */
export function teamRows(days: readonly string[], appointments: readonly AppointmentView[]): TeamRow[] {
  const rows = new Map<string, TeamRow>();
  const column = new Map(days.map((day, index) => [day, index]));
  const sorted = [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const appointment of sorted) {
    const index = column.get(localDateOf(appointment.startsAt));
    if (index === undefined) continue;
    let row = rows.get(appointment.counsellor.id);
    if (!row) {
      row = { counsellor: appointment.counsellor, cells: days.map(() => []) };
      rows.set(appointment.counsellor.id, row);
    }
    row.cells[index].push(appointment);
  }
  return [...rows.values()].sort((a, b) => a.counsellor.displayName.localeCompare(b.counsellor.displayName, 'nl'));
}

export interface SlotDay {
  date: string;
  slots: AppointmentSlot[];
}

/** Suggested slots grouped by their local day, in order. */
export function groupSlotsByDay(slots: readonly AppointmentSlot[]): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const date = localDateOf(slot.startsAt);
    const last = days[days.length - 1] as SlotDay | undefined;
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}

/** Minutes a drag snaps to. */
export const DRAG_SNAP_MINUTES = 15;

/**
 * Where a dragged appointment lands, as a `localStart`: the vertical distance in pixels over
 * the grid's pixels per minute, snapped to 15 minutes; the horizontal distance in whole
 * columns (days). The start stays on its day and the appointment ends by midnight.
 * `null` when it would not move.
 */
export function dropTarget(
  startsAt: string,
  durationMinutes: number,
  distance: { x: number; y: number },
  pixelsPerMinute: number,
  columnWidth: number,
  days: readonly string[],
): string | null {
  const { date, minutes } = localParts(startsAt);
  const column = days.indexOf(date);
  const dayShift = columnWidth > 0 ? Math.round(distance.x / columnWidth) : 0;
  const targetColumn = column === -1 ? -1 : Math.min(days.length - 1, Math.max(0, column + dayShift));
  const targetDate = targetColumn === -1 ? date : days[targetColumn];
  const moved = Math.round(distance.y / pixelsPerMinute / DRAG_SNAP_MINUTES) * DRAG_SNAP_MINUTES;
  const latest = Math.max(0, 1440 - Math.min(durationMinutes, 1440));
  const snapped = Math.round((minutes + moved) / DRAG_SNAP_MINUTES) * DRAG_SNAP_MINUTES;
  const target = Math.min(latest, Math.max(0, moved === 0 ? minutes : snapped));
  if (targetDate === date && target === minutes) return null;
  return localDateTime(targetDate, target);
}
