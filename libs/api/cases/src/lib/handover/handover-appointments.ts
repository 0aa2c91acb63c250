import type { EntityManager } from 'typeorm';
import { DomainError, rows, sql, iso } from '@leidraad/api/core';
import type { AppointmentPurpose, ContactChannel, HandoverAppointment } from '@leidraad/shared/domain';

interface ComingParams {
  caseId: string;
  holderId: string;
  recipientId: string;
}

interface ComingRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  counsellor_id: string;
  counsellor_name: string;
  conflict_starts_at: Date | null;
  conflict_ends_at: Date | null;
}

/**
 * The case's coming appointments held by the one who has the case now, each with the first
 * planned appointment of the new counsellor it would overlap — the same overlap PostgreSQL's
 * exclusion constraint refuses.
 */
const COMING_SQL =
  sql<ComingParams>(`SELECT a.id, a.starts_at, a.ends_at, a.channel, a.purpose, a.counsellor_id, s.display_name AS counsellor_name,
       x.starts_at AS conflict_starts_at, x.ends_at AS conflict_ends_at
  FROM appointment a JOIN staff s ON s.id = a.counsellor_id
  LEFT JOIN LATERAL (
    SELECT b.starts_at, b.ends_at FROM appointment b
     WHERE b.counsellor_id = :recipientId AND b.status = 'planned'
       AND tstzrange(b.starts_at, b.ends_at) && tstzrange(a.starts_at, a.ends_at)
     ORDER BY b.starts_at LIMIT 1
  ) x ON true
 WHERE a.case_id = :caseId AND a.counsellor_id = :holderId AND a.status = 'planned' AND a.starts_at > now()
 ORDER BY a.starts_at, a.id`);

/** The same, locked for the move. */
const COMING_FOR_UPDATE_SQL = sql<ComingParams>(`${COMING_SQL.source} FOR UPDATE OF a`);

/** The coming appointments a handover could move, checked against the recipient's agenda. */
export async function comingAppointments(
  manager: EntityManager,
  caseId: string,
  holderId: string,
  recipientId: string,
  options: { lock?: boolean } = {},
): Promise<HandoverAppointment[]> {
  const found = await rows<ComingRow>(manager, (options.lock ? COMING_FOR_UPDATE_SQL : COMING_SQL).with({ caseId, holderId, recipientId }));
  return found.map((row) => ({
    id: row.id,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    channel: row.channel,
    purpose: row.purpose,
    counsellor: { id: row.counsellor_id, displayName: row.counsellor_name },
    conflict:
      row.conflict_starts_at && row.conflict_ends_at ? { startsAt: iso(row.conflict_starts_at), endsAt: iso(row.conflict_ends_at) } : null,
  }));
}

/** The refusal of a move that would double-book the recipient: nothing of the handover is written. */
export function doubleBooking(clashes: readonly HandoverAppointment[]): DomainError {
  return DomainError.forField(
    'conflict',
    'appointments',
    'double_booking',
    'Moving the appointments would double-book the colleague; keep them, or reschedule first.',
    {
      conflictingAppointments: clashes.map((clash) => ({
        id: clash.id,
        startsAt: clash.startsAt,
        endsAt: clash.endsAt,
        conflict: clash.conflict,
      })),
    },
  );
}

const MOVE_APPOINTMENTS_SQL = sql<{
  ids: readonly string[];
  recipientId: string;
  staffId: string;
}>(`UPDATE appointment SET counsellor_id = :recipientId, version = version + 1, updated_by = :staffId, updated_at = now()
        WHERE id = ANY(:ids::uuid[])`);

/** Gives the appointments to the recipient (one version step each); PostgreSQL still refuses a double booking. */
export async function moveAppointments(
  manager: EntityManager,
  ids: readonly string[],
  recipientId: string,
  staffId: string,
): Promise<void> {
  if (ids.length === 0) return;
  try {
    await rows(manager, MOVE_APPOINTMENTS_SQL.with({ ids, recipientId, staffId }));
  } catch (error) {
    // Booked for the colleague between the check and the move: the exclusion constraint said no.
    const driver = (error as { driverError?: { code?: string } }).driverError ?? (error as { code?: string });
    if (driver?.code === '23P01') throw doubleBooking([]);
    throw error;
  }
}
