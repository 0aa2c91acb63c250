import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KINDS, type AlertKind } from './alert-kind';

export class AlertStaffDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}

export class AlertDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    enum: ALERT_KINDS,
    description:
      '`unusual_access`: more cases not assigned to the staff member opened within an hour than allowed; `lookup_misses`: a burst of case look-ups that found nothing',
  })
  kind!: AlertKind;

  @ApiProperty({
    type: AlertStaffDto,
    description: 'The staff member the alert is about',
  })
  staff!: AlertStaffDto;

  @ApiProperty({ format: 'date-time' })
  raisedAt!: string;

  @ApiProperty({
    description: 'Cases opened, or look-ups missed, within the window',
  })
  count!: number;

  @ApiProperty({ format: 'date-time' })
  windowStart!: string;

  @ApiProperty({ format: 'date-time' })
  windowEnd!: string;
}

export class AlertListDto {
  @ApiProperty({
    type: [AlertDto],
    description: 'Open alerts, newest first (at most 200)',
  })
  alerts!: AlertDto[];
}
