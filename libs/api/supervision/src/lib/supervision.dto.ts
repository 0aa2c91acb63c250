import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  type CallerRole,
  type CaseConcern,
  type ContactChannel,
} from '@leidraad/shared/domain';
import { OptionalOneOf } from '@leidraad/api/core';

/** A whole calendar period: a year, a quarter or a month. */
const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** `GET /api/supervision/trends` query. The period is checked further by the service (a real period that has ended). */
export class TrendsQueryDto {
  @ApiProperty({
    example: '2026-Q3',
    description:
      'An ended calendar month (`2026-11`), quarter (`2026-Q3`) or year (`2026`), local to the helpline (its time zone). No other ranges.',
    pattern: PERIOD_PATTERN.source,
  })
  @IsString()
  @Matches(PERIOD_PATTERN, { message: 'period must be a month (2026-11), a quarter (2026-Q3) or a year (2026)' })
  period!: string;

  @OptionalOneOf(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @OptionalOneOf(CALLER_ROLES)
  callerRole?: CallerRole;

  @OptionalOneOf(CASE_CONCERNS)
  concern?: CaseConcern;
}
