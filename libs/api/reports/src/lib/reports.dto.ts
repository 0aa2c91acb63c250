import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ReportLanguage } from './report-labels';

export const REPORT_MIN_YEAR = 2000;
export const REPORT_MAX_YEAR = 2100;

/** `?year=2026&month=11&lang=en`: month is required for a monthly report (checked by the service). */
export class ReportQueryDto {
  @ApiProperty({ minimum: REPORT_MIN_YEAR, maximum: REPORT_MAX_YEAR, example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(REPORT_MIN_YEAR)
  @Max(REPORT_MAX_YEAR)
  year!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, example: 11, description: 'Required for `month`.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl', description: 'Language of the headers.' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: ReportLanguage;
}
