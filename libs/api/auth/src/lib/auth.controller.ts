import { Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { SESSION_COOKIE, type StaffMember } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff, Public } from './decorators/auth.decorators';
import { LocalAuthGuard } from './login/local-auth.guard';
import { LoginDto } from './login/login.dto';
import { StaffMemberDto } from './staff/staff.dto';
import { clearSessionCookies, setSessionCookies } from './session/cookies';
import type { AuthenticatedRequest, RequestStaff } from './session/request-staff';
import { SessionService } from './session/session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: StaffMemberDto })
  async login(
    @Req() request: AuthenticatedRequest & { user: StaffMember },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffMember> {
    // Rotation: whatever session this browser had ends; the new one gets a new token.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await this.sessions.destroy(previous);
    const { token, csrfToken } = await this.sessions.create(request.user.id);
    setSessionCookies(reply, this.config.secureCookies, token, csrfToken);
    const { id, username, displayName, role } = request.user;
    return { id, username, displayName, role };
  }

  @AnyStaff()
  @Get('me')
  @ApiOkResponse({ type: StaffMemberDto })
  me(@CurrentStaff() staff: RequestStaff): StaffMember {
    const { id, username, displayName, role } = staff;
    return { id, username, displayName, role };
  }

  @AnyStaff()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: AuthenticatedRequest,
    @CurrentStaff() staff: RequestStaff,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.destroy(request.cookies[SESSION_COOKIE] as string);
    await this.audit.record({ staffId: staff.id, action: 'auth.sign_out', outcome: 'success' });
    clearSessionCookies(reply, this.config.secureCookies);
  }
}
