import { ApiProperty } from '@nestjs/swagger';
import type { CalendarFeedCreated } from '@leidraad/shared/domain';

export class CalendarFeedCreatedDto implements CalendarFeedCreated {
  @ApiProperty({ description: 'Shown this once; only its SHA-256 is stored' })
  token!: string;
  @ApiProperty({ example: '/api/calendar/<token>.ics', description: 'Path of the feed under this server' })
  path!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
