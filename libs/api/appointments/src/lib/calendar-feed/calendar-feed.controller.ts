import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentStaff, Public, Roles, type RequestStaff } from '@leidraad/api/auth';
import type { CalendarFeedCreated } from '@leidraad/shared/domain';
import { CalendarFeedCreatedDto } from './calendar-feed.dto';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('appointments')
@Roles('counsellor', 'supervisor')
@Controller('me/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Post()
  @ApiOperation({
    summary: 'Create or rotate your secret calendar-feed URL; a previous one stops working.',
  })
  @ApiCreatedResponse({ type: CalendarFeedCreatedDto })
  rotate(@CurrentStaff() staff: RequestStaff): Promise<CalendarFeedCreated> {
    return this.feeds.rotate(staff);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke your calendar-feed URL.' })
  @ApiNoContentResponse()
  async revoke(@CurrentStaff() staff: RequestStaff): Promise<void> {
    await this.feeds.revoke(staff);
  }
}

@ApiTags('appointments')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Public()
  @ApiOperation({
    summary: 'A counsellor’s iCalendar feed (RFC 5545) at its secret URL `/api/calendar/{token}.ics`.',
    description: 'Only times (UTC), channel, purpose and case code. Unknown or revoked token: 404.',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such calendar feed.' })
  async feed(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.feeds.feed(file);
    void reply.header('content-type', 'text/calendar; charset=utf-8');
    return body;
  }
}
