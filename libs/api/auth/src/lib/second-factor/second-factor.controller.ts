import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, RequireStepUp, type AppConfig } from '@leidraad/api/core';
import { type RecoveryCodes, type SecondFactorEnrolment, type SecondFactorStatus, type StaffMember } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff, DuringSecondFactor } from '../decorators/auth.decorators';
import { sessionTokenOf, setSessionCookies } from '../session/cookies';
import type { AuthenticatedRequest, RequestStaff } from '../session/request-staff';
import { SessionService } from '../session/session.service';
import { StaffMemberDto } from '../staff/staff.dto';
import { RecoveryCodesDto, SecondFactorCodeDto, SecondFactorEnrolmentDto, SecondFactorStatusDto } from './second-factor.dto';
import { SecondFactorService } from './second-factor.service';

/**
 * The signed-in person's own second factor. The first three routes also serve a session that
 * has the password but still owes the code; giving it replaces that session by a full one.
 */
@ApiTags('auth')
@Controller('auth/second-factor')
export class SecondFactorController {
  constructor(
    private readonly factors: SecondFactorService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @DuringSecondFactor()
  @Get()
  @ApiOkResponse({ type: SecondFactorStatusDto })
  status(@CurrentStaff() staff: RequestStaff): Promise<SecondFactorStatus> {
    return this.factors.status(staff);
  }

  @DuringSecondFactor()
  @Post('enrolment')
  @ApiCreatedResponse({ type: SecondFactorEnrolmentDto })
  startEnrolment(@CurrentStaff() staff: RequestStaff): Promise<SecondFactorEnrolment> {
    return this.factors.startEnrolment(staff);
  }

  @DuringSecondFactor()
  @Post('enrolment/confirm')
  @HttpCode(200)
  @ApiOkResponse({
    type: RecoveryCodesDto,
    description: 'The ten recovery codes, shown this once.',
  })
  async confirmEnrolment(
    @Body() body: SecondFactorCodeDto,
    @CurrentStaff() staff: RequestStaff,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecoveryCodes> {
    const codes = await this.factors.confirmEnrolment(staff, body.code, request.ip);
    await this.completeSession(staff, request, reply);
    return codes;
  }

  @DuringSecondFactor()
  @Post('verify')
  @HttpCode(200)
  @ApiOkResponse({
    type: StaffMemberDto,
    description: 'Signed in (or stepped up) with the second factor.',
  })
  async verify(
    @Body() body: SecondFactorCodeDto,
    @CurrentStaff() staff: RequestStaff,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffMember> {
    await this.factors.verify(staff.id, body.code, request.ip);
    await this.completeSession(staff, request, reply);
    const { id, username, displayName, role } = staff;
    return { id, username, displayName, role };
  }

  @AnyStaff()
  @RequireStepUp()
  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOkResponse({
    type: RecoveryCodesDto,
    description: 'Ten new recovery codes; the old ones stop working.',
  })
  regenerateRecoveryCodes(@CurrentStaff() staff: RequestStaff): Promise<RecoveryCodes> {
    return this.factors.regenerateRecoveryCodes(staff);
  }

  /** A password-only session is replaced by a new one (new token); a full one is stepped up. */
  private async completeSession(staff: RequestStaff, request: AuthenticatedRequest, reply: FastifyReply): Promise<void> {
    if (!staff.secondFactorPending) {
      await this.sessions.markSecondFactorGiven(staff.sessionId);
      return;
    }
    await this.sessions.destroy(sessionTokenOf(request, this.config.secureCookies) as string);
    const { token, csrfToken } = await this.sessions.create(staff.id, {
      secondFactorGiven: true,
    });
    setSessionCookies(reply, this.config.secureCookies, token, csrfToken);
  }
}
