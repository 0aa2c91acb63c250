import { Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { CLEAR_SITE_DATA, type SignInResult, type StaffMember } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff, DuringSecondFactor, Public } from './decorators/auth.decorators';
import { LocalAuthGuard } from './login/local-auth.guard';
import { LoginDto } from './login/login.dto';
import { StaffMemberDto } from './staff/staff.dto';
import { clearSessionCookies, sessionTokenOf, setSessionCookies } from './session/cookies';
import type { AuthenticatedRequest, RequestStaff } from './session/request-staff';
import { SessionService } from './session/session.service';
import { SecondFactorService } from './second-factor/second-factor.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly factors: SecondFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({
    type: StaffMemberDto,
    description:
      'Signed in. With `secondFactor` (`verify` or `enrol`) the session only serves /api/auth/second-factor until the code is given ' +
      '(or send `totp` with the password to give it at once).',
  })
  async login(
    @Req() request: AuthenticatedRequest & { user: SignInResult; body: LoginDto },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInResult> {
    // Rotation: whatever session this browser had ends; the new one gets a new token.
    const previous = sessionTokenOf(request, this.config.secureCookies);
    if (previous) await this.sessions.destroy(previous);
    const { id, username, displayName, role, secondFactor } = request.user;
    const member = { id, username, displayName, role };
    const codeGiven = secondFactor === 'verify' && request.body.totp !== undefined;
    if (codeGiven) await this.factors.verify(id, request.body.totp as string, request.ip);
    const pending = secondFactor !== undefined && !codeGiven;
    const { token, csrfToken } = await this.sessions.create(id, { pending, secondFactorGiven: codeGiven });
    setSessionCookies(reply, this.config.secureCookies, token, csrfToken);
    return pending ? { ...member, secondFactor } : member;
  }

  @AnyStaff()
  @Get('me')
  @ApiOkResponse({ type: StaffMemberDto })
  me(@CurrentStaff() staff: RequestStaff): StaffMember {
    const { id, username, displayName, role, platformAdmin } = staff;
    return { id, username, displayName, role, platformAdmin };
  }

  @DuringSecondFactor()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: AuthenticatedRequest,
    @CurrentStaff() staff: RequestStaff,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.destroy(sessionTokenOf(request, this.config.secureCookies) as string);
    await this.audit.record({ staffId: staff.id, action: 'auth.sign_out', outcome: 'success' });
    clearSessionCookies(reply, this.config.secureCookies);
    // Whatever the web kept for this session (encrypted drafts, caches) goes with it.
    reply.header('Clear-Site-Data', CLEAR_SITE_DATA);
  }
}
