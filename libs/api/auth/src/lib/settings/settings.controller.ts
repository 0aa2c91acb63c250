import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, HelplineSettings, type AppConfig } from '@leidraad/api/core';
import type { SecuritySettings } from '@leidraad/shared/domain';
import { CurrentStaff, Roles } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';

/** The security settings in force, for the admin's settings page. Secrets are never included. */
@ApiTags('settings')
@Roles('admin')
@Controller('settings')
export class SettingsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly helplines: HelplineSettings,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Session and sign-in settings (two factors for all: the session’s helpline’s)' })
  async get(@CurrentStaff() staff: RequestStaff): Promise<SecuritySettings> {
    return {
      sessionIdleMinutes: this.config.session.idleMinutes,
      sessionAbsoluteHours: this.config.session.absoluteHours,
      loginLockAfterFailures: this.config.login.lockAfterFailures,
      loginMaxFailuresPerAddress: this.config.login.maxFailuresPerAddress,
      loginAddressWindowMinutes: this.config.login.addressWindowMinutes,
      secureCookies: this.config.secureCookies,
      embeddedDatabase: this.config.databaseUrl === undefined,
      twoFactorForAll: (await this.helplines.of(staff)).twoFactorForAll,
    };
  }
}
