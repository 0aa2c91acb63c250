import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, type AppConfig } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { isRole, type Role, type SignInResult } from '@leidraad/shared/domain';
import { dummyPasswordHash, verifyPassword } from '../staff/password-hasher';

interface StaffLoginRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  active: boolean;
  password_hash: string;
  locked_at: Date | null;
  wait_seconds: number;
  second_factor_enabled: boolean;
}

/** From this many failures on, the account waits 2 s before the next try, doubling each time. */
const FREE_FAILURES = 3;
const MAX_WAIT_SECONDS = 60;

/**
 * Checks a username and password, with throttling per account and per client address kept in
 * PostgreSQL (so it holds across API processes) and a lock-out that only an admin lifts.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async verify(username: string, password: string, address: string): Promise<SignInResult> {
    const addressHash = this.addressHash(address);
    await this.refuseThrottledAddress(addressHash);

    const [staff] = (await this.dataSource.query(
      `SELECT id, username, display_name, role, active, password_hash, locked_at,
              GREATEST(0, CEIL(EXTRACT(EPOCH FROM next_attempt_at - now())))::int AS wait_seconds,
              totp_enabled_at IS NOT NULL AS second_factor_enabled
         FROM staff WHERE username = $1`,
      [username.toLowerCase()],
    )) as StaffLoginRow[];

    if (staff?.locked_at) {
      await this.audit.record({ staffId: staff.id, action: 'auth.sign_in', outcome: 'denied', reason: 'locked' });
      throw new DomainError('account_locked', 'This account is locked after too many failed sign-ins. An administrator can unlock it.');
    }
    if (staff && staff.wait_seconds > 0) {
      throw new DomainError('too_many_requests', 'Too many failed sign-ins; wait before trying again.', undefined, {
        retryAfter: staff.wait_seconds,
      });
    }

    const valid = await verifyPassword(staff?.password_hash ?? (await dummyPasswordHash()), password);
    if (!staff || !valid || !staff.active || !isRole(staff.role)) {
      await this.recordFailure(addressHash, staff?.id);
      throw new DomainError('invalid_credentials', 'Unknown username or wrong password.');
    }

    await this.dataSource.query(
      `UPDATE staff SET failed_logins = 0, next_attempt_at = NULL, last_sign_in_at = now() WHERE id = $1`,
      [staff.id],
    );
    await this.audit.record({ staffId: staff.id, action: 'auth.sign_in', outcome: 'success' });
    const member = { id: staff.id, username: staff.username, displayName: staff.display_name, role: staff.role };
    if (staff.second_factor_enabled) return { ...member, secondFactor: 'verify' };
    return this.secondFactorRequired(staff.role) ? { ...member, secondFactor: 'enrol' } : member;
  }

  /** Supervisors and admins always sign in with a second factor; counsellors when the setting says so. */
  secondFactorRequired(role: Role): boolean {
    return role !== 'counsellor' || this.config.twoFactorForAll;
  }

  /** A wrong second-factor code counts like a wrong password: throttled, and it locks the account. */
  async recordSecondFactorFailure(address: string, staffId: string): Promise<void> {
    await this.recordFailure(this.addressHash(address), staffId, 'auth.second_factor');
  }

  /** Refuses a second-factor attempt while the account waits after failures, or is locked. */
  async refuseThrottledSecondFactor(address: string, staffId: string): Promise<void> {
    await this.refuseThrottledAddress(this.addressHash(address));
    const [row] = (await this.dataSource.query(
      `SELECT locked_at IS NOT NULL AS locked,
              GREATEST(0, CEIL(EXTRACT(EPOCH FROM next_attempt_at - now())))::int AS wait_seconds
         FROM staff WHERE id = $1`,
      [staffId],
    )) as { locked: boolean; wait_seconds: number }[];
    if (row?.locked) throw new DomainError('account_locked', 'This account is locked after too many failed sign-ins. An administrator can unlock it.');
    if (row && row.wait_seconds > 0) {
      throw new DomainError('too_many_requests', 'Too many wrong codes; wait before trying again.', undefined, {
        retryAfter: row.wait_seconds,
      });
    }
  }

  /** Client addresses are kept only as a keyed hash. */
  private addressHash(address: string): Buffer {
    return createHmac('sha256', this.config.secret).update(address).digest();
  }

  private async refuseThrottledAddress(addressHash: Buffer): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT failures FROM login_throttle
        WHERE address_hash = $1 AND window_started_at > now() - make_interval(mins => $2)`,
      [addressHash, this.config.login.addressWindowMinutes],
    )) as { failures: number }[];
    if (row && row.failures >= this.config.login.maxFailuresPerAddress) {
      throw new DomainError('too_many_requests', 'Too many failed sign-ins from this address; try again later.', undefined, {
        retryAfter: this.config.login.addressWindowMinutes * 60,
      });
    }
  }

  private async recordFailure(addressHash: Buffer, staffId: string | undefined, action = 'auth.sign_in'): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle (address_hash, window_started_at, failures) VALUES ($1, now(), 1)
       ON CONFLICT (address_hash) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_started_at > now() - make_interval(mins => $2)
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_throttle.window_started_at > now() - make_interval(mins => $2)
                         THEN login_throttle.window_started_at ELSE now() END`,
      [addressHash, this.config.login.addressWindowMinutes],
    );
    if (staffId) {
      await this.dataSource.query(
        `UPDATE staff SET
           failed_logins = failed_logins + 1,
           locked_at = CASE WHEN failed_logins + 1 >= $2 THEN now() ELSE locked_at END,
           next_attempt_at = CASE WHEN failed_logins + 1 >= $3
             THEN now() + make_interval(secs => LEAST($4, power(2, failed_logins + 2 - $3)))
             ELSE NULL END
         WHERE id = $1`,
        [staffId, this.config.login.lockAfterFailures, FREE_FAILURES, MAX_WAIT_SECONDS],
      );
    }
    await this.audit.record({ staffId: staffId ?? null, action, outcome: 'failure' });
  }
}
