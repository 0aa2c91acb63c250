import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  type CallerRole,
  type CaseConcern,
  type ContactChannel,
} from '@leidraad/shared/domain';

/** `GET /api/supervision/trends` query. Dates are checked further by the service (real dates, order, span). */
export class TrendsQueryDto {
  @ApiProperty({ format: 'date', example: '2026-01-01', description: 'First local day (Europe/Amsterdam), inclusive' })
  @IsString()
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Last local day, inclusive; at most two years after from' })
  @IsString()
  to!: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @IsOptional()
  @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @ApiPropertyOptional({ enum: CALLER_ROLES })
  @IsOptional()
  @IsIn(CALLER_ROLES)
  callerRole?: CallerRole;

  @ApiPropertyOptional({ enum: CASE_CONCERNS })
  @IsOptional()
  @IsIn(CASE_CONCERNS)
  concern?: CaseConcern;
}
