import { RecoveryCodeEntity } from './second-factor/recovery-code.entity';
import { LoginThrottleEntity } from './login/login-throttle.entity';
import { SessionEntity } from './session/session.entity';
import { StaffEntity } from './staff/staff.entity';

export const AUTH_ENTITIES = [StaffEntity, SessionEntity, LoginThrottleEntity, RecoveryCodeEntity];
