import { createHash } from 'node:crypto';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { BrowserSession, SessionTimes } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff } from '../decorators/auth.decorators';
import type { RequestStaff } from './request-staff';
import { SessionService } from './session.service';

class SessionDto implements SessionTimes, BrowserSession {
  @ApiProperty({ format: 'uuid' }) staffId!: string;
  @ApiProperty({ description: 'Opaque, different for every session (the key of what the web keeps encrypted)' }) binding!: string;
  @ApiProperty({ format: 'date-time', description: "The server's clock when it answered" }) now!: string;
  @ApiProperty() idleMinutes!: number;
  @ApiProperty({ format: 'date-time' }) idleExpiresAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The absolute end of the session' }) expiresAt!: string;
}

/**
 * The signed-in session as the web needs it: when it ends (the warning before expiry, the call
 * screen's keep-alive) and an opaque binding the encrypted draft store keys its records to, so
 * nothing typed in one session is ever restored into another.
 */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  @AnyStaff()
  @Get()
  @ApiOperation({
    summary:
      'When this session ends, and its binding for the browser store. Like every request, it counts as activity: the call screen keeps a session alive with it, and "Blijf aangemeld" uses it.',
  })
  @ApiOkResponse({ type: SessionDto })
  async current(@CurrentStaff() staff: RequestStaff): Promise<SessionTimes & BrowserSession> {
    const times = await this.sessions.times(staff.sessionId);
    return {
      staffId: staff.id,
      binding: createHash('sha256').update(`leidraad.browser-session:${staff.sessionId}`).digest('base64url'),
      ...times,
    };
  }
}
