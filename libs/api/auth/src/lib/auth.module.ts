import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { CsrfGuard } from './guards/csrf.guard';
import { SessionGuard } from './guards/session.guard';
import { LocalStrategy } from './login/local.strategy';
import { LoginService } from './login/login.service';
import { SessionController } from './session/session.controller';
import { SessionService } from './session/session.service';
import { SettingsController } from './settings/settings.controller';
import { ColleaguesController } from './staff/colleagues.controller';
import { StaffController } from './staff/staff.controller';
import { StaffService } from './staff/staff.service';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactorService } from './second-factor/second-factor.service';
import { HelplineController } from './helpline/helpline.controller';
import { HelplineService } from './helpline/helpline.service';
import { PlatformController } from './helpline/platform.controller';
import { PlatformHelplinesService } from './helpline/platform-helplines.service';

@Module({
  imports: [PassportModule.register({ session: false })],
  controllers: [
    AuthController,
    SecondFactorController,
    StaffController,
    ColleaguesController,
    SettingsController,
    SessionController,
    HelplineController,
    PlatformController,
  ],
  providers: [
    LoginService,
    LocalStrategy,
    SessionService,
    StaffService,
    SecondFactorService,
    HelplineService,
    PlatformHelplinesService,
    // Order matters: who is calling is known before the CSRF check compares session tokens.
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
  ],
  exports: [StaffService, SessionService, SecondFactorService],
})
export class AuthModule {}
