import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, HelplineDatabase, rows, sql } from '@leidraad/api/core';
import { sqlFormatCaseCode } from '@leidraad/shared/case-code';
import type { AppointmentPurpose, CalendarFeedCreated, ContactChannel } from '@leidraad/shared/domain';
import { serialiseCalendar } from '../ics/ics';
import { feedEvent } from './feed-event';

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
/** How far back the feed still shows appointments. */
const FEED_PAST_DAYS = 30;

const hashOf = (token: string): Buffer => createHash('sha256').update(token).digest();

const INSERT_CALENDAR_FEED_SQL = sql<{
  staffId: string;
  tokenHash: Buffer;
}>(`INSERT INTO calendar_feed (staff_id, token_hash) VALUES (:staffId, :tokenHash)
         ON CONFLICT (staff_id) DO UPDATE SET token_hash = :tokenHash, created_at = now() RETURNING created_at`);

const DELETE_CALENDAR_FEED_SQL = sql<{ staffId: string }>(`DELETE FROM calendar_feed WHERE staff_id = :staffId`);

/** The owner of a feed and the helplines they are a member of (installation-wide tables only). */
const CALENDAR_FEED_SQL = sql<{ tokenHash: Buffer }>(`SELECT f.staff_id,
            array(SELECT m.helpline_id::text FROM helpline_member m WHERE m.staff_id = f.staff_id AND m.active
                   ORDER BY m.created_at, m.helpline_id) AS helplines
             FROM calendar_feed f JOIN staff s ON s.id = f.staff_id
            WHERE f.token_hash = :tokenHash AND s.active`);

const FEED_APPOINTMENTS_SQL = sql<{
  staffId: string;
  feedPastDays: number;
}>(`SELECT a.id, a.starts_at, a.ends_at, a.updated_at, a.channel, a.purpose, ${sqlFormatCaseCode('c.code')} AS code
         FROM appointment a JOIN case_file c ON c.id = a.case_id
        WHERE a.counsellor_id = :staffId AND a.status IN ('planned', 'done') AND a.ends_at > now() - :feedPastDays * interval '1 day'
        ORDER BY a.starts_at`);

interface FeedRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  updated_at: Date;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  code: string;
}

/**
 * A counsellor's appointments as an iCalendar feed at a secret URL: only times, channel,
 * purpose and case code. The token is shown once and stored only as its SHA-256.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
  ) {}

  /** A new secret URL; an earlier one stops working at once. */
  async rotate(staff: RequestStaff): Promise<CalendarFeedCreated> {
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const [row] = await rows<{ created_at: Date }>(
        manager,
        INSERT_CALENDAR_FEED_SQL.with({ staffId: staff.id, tokenHash: hashOf(token) }),
      );
      await this.audit.record(
        {
          helplineId: staff.helplineId,
          staffId: staff.id,
          action: 'calendar_feed.rotate',
          entityType: 'staff',
          entityId: staff.id,
          outcome: 'success',
        },
        manager,
      );
      return { token, path: `/api/calendar/${token}.ics`, createdAt: row.created_at.toISOString() };
    });
  }

  async revoke(staff: RequestStaff): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await rows(manager, DELETE_CALENDAR_FEED_SQL.with({ staffId: staff.id }));
      await this.audit.record(
        {
          helplineId: staff.helplineId,
          staffId: staff.id,
          action: 'calendar_feed.revoke',
          entityType: 'staff',
          entityId: staff.id,
          outcome: 'success',
        },
        manager,
      );
    });
  }

  /**
   * The feed for a token (`<token>.ics`); unknown, malformed or revoked: 404. The feed and its owner
   * are installation-wide; their appointments are read, and the read audited, in the scope of each
   * helpline the owner is a member of, and merged in time order.
   */
  async feed(file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const [owner] = TOKEN_FORMAT.test(token)
      ? await rows<{ staff_id: string; helplines: string[] }>(this.dataSource, CALENDAR_FEED_SQL.with({ tokenHash: hashOf(token) }))
      : [];
    if (!owner) throw new DomainError('not_found', 'No such calendar feed.');
    const appointments: FeedRow[] = [];
    for (const helplineId of owner.helplines) {
      const found = await this.db.scope({ helplineId }).transaction(async (manager) => {
        const list = await rows<FeedRow>(manager, FEED_APPOINTMENTS_SQL.with({ staffId: owner.staff_id, feedPastDays: FEED_PAST_DAYS }));
        await this.audit.record(
          {
            staffId: owner.staff_id,
            action: 'calendar_feed.read',
            entityType: 'staff',
            entityId: owner.staff_id,
            outcome: 'success',
            reason: `${list.length} appointments`,
          },
          manager,
        );
        return list;
      });
      appointments.push(...found);
    }
    // Stable: one helpline's list keeps the order its statement gave.
    appointments.sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime());
    return serialiseCalendar({
      productId: '-//Leidraad//Vervolgafspraken//NL',
      name: 'Leidraad – vervolgafspraken',
      events: appointments.map((row) =>
        feedEvent({
          id: row.id,
          start: row.starts_at,
          end: row.ends_at,
          updatedAt: row.updated_at,
          channel: row.channel,
          purpose: row.purpose,
          caseCode: row.code,
        }),
      ),
    });
  }
}
