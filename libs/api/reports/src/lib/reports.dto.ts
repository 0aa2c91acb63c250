import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { STATISTICS_MAX_YEAR, STATISTICS_MIN_YEAR } from '@leidraad/shared/domain';
import type { ReportLanguage } from './report-labels';
import { OptionalInt, OptionalOneOf } from '@leidraad/api/core';

/** `?year=2026&month=11&lang=en` or `?year=2026&quarter=3`: month / quarter required for those reports (checked by the service). */
export class ReportQueryDto {
  @ApiProperty({ minimum: STATISTICS_MIN_YEAR, maximum: STATISTICS_MAX_YEAR, example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(STATISTICS_MIN_YEAR)
  @Max(STATISTICS_MAX_YEAR)
  year!: number;

  @OptionalInt(1, 12, { example: 11, description: 'Required for `month`.' })
  month?: number;

  @OptionalInt(1, 4, { example: 3, description: 'Required for `quarter`.' })
  quarter?: number;

  @OptionalOneOf(['nl', 'en'], { default: 'nl', description: 'Language of the headers.' })
  lang?: ReportLanguage;
}
