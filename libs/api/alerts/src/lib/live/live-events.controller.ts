import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { LiveEventsService } from './live-events.service';

const FORMAT = `A \`text/event-stream\` (server-sent events) that stays open. It starts with \`retry: 3000\`, then
one \`risk-flag-raised\` event per alerted risk flag of the helpline that is still active and unacknowledged
(oldest first), then events as they happen:

- \`event: risk-flag-raised\` — \`data: {"riskFlagId","caseId","caseCode","flag","setAt"}\` (caseCode formatted,
  setAt ISO 8601), when a \`minor_in_acute_danger\` flag is set in the helpline;
- \`event: risk-flag-acknowledged\` — \`data: {"riskFlagId"}\`, when such a flag is acknowledged or cleared.

Never any case content (no reasons, no notes). A comment line (\`: heartbeat\`) every 25 s; the stream
ends when the session ends (checked at each heartbeat) and when the server loses its database
notifications (the browser then reconnects and gets the pending alerts again). At most 3 streams per
session. Opening it is audited (\`events.open\`). See docs/live-alerts.md.`;

/** Live alerts for supervisors and admins (issue 20, acute danger). */
@ApiTags('alerts')
@Controller('events')
export class LiveEventsController {
  constructor(private readonly events: LiveEventsService) {}

  @Get()
  @Roles('supervisor', 'admin')
  @ApiOperation({ summary: 'The live stream of alerts for the helpline (server-sent events)', description: FORMAT })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'The stream; see the description for its events.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiTooManyRequestsResponse({ description: 'This session has 3 streams open already.' })
  stream(@CurrentStaff() staff: RequestStaff, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.events.open(staff, request, reply);
  }
}
