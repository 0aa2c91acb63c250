import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { CaseAuditEvent, CaseAuditPage } from '@leidraad/shared/domain';

export class CaseAuditQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class CaseAuditEventDto implements CaseAuditEvent {
  @ApiProperty({ description: 'Audit event id (chain order)' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  staffId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Display name of the staff member' })
  staffName!: string | null;

  @ApiProperty({ example: 'case.read' })
  action!: string;

  @ApiProperty({ enum: ['success', 'failure', 'denied'] })
  outcome!: 'success' | 'failure' | 'denied';

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

export class CaseAuditPageDto implements CaseAuditPage {
  @ApiProperty({ description: 'Events of this case in all' })
  total!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty()
  offset!: number;

  @ApiProperty({ type: [CaseAuditEventDto], description: 'Newest first' })
  events!: CaseAuditEventDto[];
}
