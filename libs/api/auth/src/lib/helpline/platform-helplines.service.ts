import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rows, sql } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import type { PlatformHelpline } from '@leidraad/shared/domain';
import type { RequestStaff } from '../session/request-staff';
import { requirePlatformAdmin } from './platform-admin';

/** Every helpline with its profile and its active staff; nothing of any helpline's cases. */
const ALL_HELPLINES_SQL = sql(
  `SELECT h.id, h.name, h.language, h.phone, h.website, h.time_zone, h.created_at,
          count(s.id) FILTER (WHERE s.active AND m.active)::int AS members,
          count(s.id) FILTER (WHERE s.active AND m.active AND m.role = 'admin')::int AS admins
     FROM helpline h
     LEFT JOIN helpline_member m ON m.helpline_id = h.id
     LEFT JOIN staff s ON s.id = m.staff_id
    GROUP BY h.id
    ORDER BY h.name, h.id`,
);

interface PlatformHelplineRow {
  id: string;
  name: string;
  language: PlatformHelpline['language'];
  phone: string | null;
  website: string | null;
  time_zone: string;
  created_at: Date;
  members: number;
  admins: number;
}

/** What the platform admin manages: the installation's helplines (issue 19), never their content. */
@Injectable()
export class PlatformHelplinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(staff: RequestStaff): Promise<PlatformHelpline[]> {
    const event = { staffId: staff.id, action: 'helpline.list', entityType: 'helpline' } as const;
    await requirePlatformAdmin(staff, this.audit, event, 'Only a platform admin may list every helpline.');
    const found = await rows<PlatformHelplineRow>(this.dataSource, ALL_HELPLINES_SQL);
    await this.audit.record({ ...event, outcome: 'success' });
    return found.map((row) => ({
      id: row.id,
      name: row.name,
      language: row.language,
      phone: row.phone,
      website: row.website,
      timeZone: row.time_zone,
      createdAt: row.created_at.toISOString(),
      members: row.members,
      admins: row.admins,
    }));
  }
}
