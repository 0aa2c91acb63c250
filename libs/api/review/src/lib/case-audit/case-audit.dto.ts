import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { CaseAuditEntry, CaseAuditPage, CaseAuditReason } from '@leidraad/shared/domain';
import { PageLimit, PageOffset } from '@leidraad/api/core';

export class CaseAuditQueryDto {
  @PageLimit()
  limit?: number;

  @PageOffset()
  offset?: number;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Only lines of people who were not the assigned counsellor at the time, with the reason they gave.',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  notAssigned?: boolean;
}

class CaseAuditStaffDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ['counsellor', 'supervisor', 'admin'] })
  role!: 'counsellor' | 'supervisor' | 'admin';
}

export class CaseAuditEntryDto implements CaseAuditEntry {
  @ApiProperty({ description: 'The newest event of the line (chain order)' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  from!: string;

  @ApiProperty({ format: 'date-time' })
  to!: string;

  @ApiProperty({ type: CaseAuditStaffDto, nullable: true, description: 'Null for the system' })
  staff!: CaseAuditStaffDto | null;

  @ApiProperty({ type: [String], example: ['case.read', 'contact.list'], description: 'Most frequent first' })
  actions!: string[];

  @ApiProperty({ description: 'A visit: the reads of one sitting' })
  visit!: boolean;

  @ApiProperty({ enum: ['success', 'failure', 'denied'] })
  outcome!: 'success' | 'failure' | 'denied';

  @ApiProperty({ description: 'Events the line stands for' })
  count!: number;

  @ApiProperty({ description: 'Whether the actor was the assigned counsellor at the time' })
  assigned!: boolean;

  @ApiProperty({
    nullable: true,
    description: '`{kind: "given", text}` as a staff member typed it, or `{kind: "system", key, params}` for the web to translate',
  })
  reason!: CaseAuditReason | null;
}

export class CaseAuditPageDto implements CaseAuditPage {
  @ApiProperty({ description: 'Lines in all, under the filter' })
  total!: number;

  @ApiProperty({ description: 'Events in all' })
  events!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty()
  offset!: number;

  @ApiProperty({ type: [CaseAuditEntryDto], description: 'Newest first' })
  entries!: CaseAuditEntryDto[];
}
