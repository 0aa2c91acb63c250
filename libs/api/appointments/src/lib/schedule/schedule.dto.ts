import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, Matches, ValidateNested } from 'class-validator';
import { WEEKDAYS, type Absence, type CounsellorSchedule, type Weekday, type WorkingPeriod } from '@leidraad/shared/domain';
import { IsClockTime } from '../common/validators';
import { OneOf } from '@leidraad/api/core';

export class WorkingPeriodDto implements WorkingPeriod {
  @OneOf(WEEKDAYS, { description: 'ISO weekday: 1 Monday … 7 Sunday' })
  weekday!: Weekday;

  @ApiProperty({ example: '09:00', description: 'Local Dutch time' })
  @IsClockTime()
  start!: string;

  @ApiProperty({ example: '17:00', description: 'Local Dutch time, after start (24:00 allowed)' })
  @IsClockTime()
  end!: string;
}

export class AbsenceDto implements Absence {
  @ApiProperty({ format: 'date', example: '2027-07-12' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2027-07-30', description: 'Included; not before from' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })
  to!: string;
}

/** A counsellor's whole week and absences; replaces what was stored. */
export class PutScheduleDto {
  @ApiProperty({ type: [WorkingPeriodDto], description: 'Empty: no working hours at all' })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WorkingPeriodDto)
  workingHours!: WorkingPeriodDto[];

  @ApiProperty({ type: [AbsenceDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AbsenceDto)
  absences!: AbsenceDto[];
}

export class CounsellorScheduleDto implements CounsellorSchedule {
  @ApiProperty({ format: 'uuid' }) staffId!: string;
  @ApiProperty({ description: 'True while the default week (Mon–Fri 09:00–17:00) applies' })
  isDefault!: boolean;
  @ApiProperty({ type: [WorkingPeriodDto] }) workingHours!: WorkingPeriodDto[];
  @ApiProperty({ type: [AbsenceDto] }) absences!: AbsenceDto[];
}
