import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, HelplineSettings, rows, type AppConfig } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { isRole, type Role, type SignInResult } from '@leidraad/shared/domain';
import { dummyPasswordHash, verifyPassword } from '../staff/password-hasher';
import {
  ADDRESS_FAILURE,
  ADDRESS_FAILURES,
  CLAIM_SECOND_FACTOR,
  CLAIM_SIGN_IN,
  CLEAR_ADDRESS_FAILURES,
  COMPLETE_SIGN_IN,
  END_SECOND_FACTOR_ATTEMPT,
  END_SIGN_IN_ATTEMPT,
  type FailureLimits,
  PASSWORD_FAILURE,
  PASSWORD_LOCK_CAP_MINUTES,
  SECOND_FACTOR_FAILURE,
  SECOND_FACTOR_LOCK_CAP_MINUTES,
  SECOND_FACTOR_WAITS,
  SIGN_IN_STATE,
  UNKNOWN_USERNAME_FAILURE,
} from './login-throttle.sql';

interface SignInStateRow {
  id: string | null;
  username: string | null;
  display_name: string | null;
  role: string | null;
  strictest_role: string | null;
  active: boolean | null;
  password_hash: string | null;
  second_factor_enabled: boolean | null;
  locked_seconds: number;
  wait_seconds: number;
}

/** One text for every refused sign-in, so no answer tells which usernames exist. */
const INVALID_CREDENTIALS = 'Unknown username or wrong password.';
/** Another attempt for the same username is being checked (parallel guesses get this). */
const ATTEMPT_IN_PROGRESS = () =>
  new DomainError('too_many_requests', 'Another attempt for this account is being checked; try again in a moment.', undefined, {
    retryAfter: 1,
  });
const LOCKED = 'This account is locked for a while after too many failed attempts; try again later, or ask an administrator to unlock it.';

/**
 * Checks a username and password, with throttling per account, per client address and per
 * address and username, kept in PostgreSQL (so it holds across API processes). Unknown,
 * deactivated and locked accounts answer exactly like known ones: the same status, body and
 * work (an argon2 verification against a dummy hash), and unknown usernames wait and lock too.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly settings: HelplineSettings,
  ) {}

  /**
   * The password step. A correct password completes the sign-in only when no second factor is
   * owed; otherwise the counters stay as they are until the code is given (`completeSignIn`).
   */
  async verify(username: string, password: string, address: string): Promise<SignInResult> {
    const key = { username: username.toLowerCase(), usernameHash: this.usernameHash(username) };
    // Before claiming too: a throttled address writes nothing (not even a claim on an unknown name).
    await this.refuseThrottledAddress(this.addressHash(address), key.usernameHash);
    const [claim] = await rows<{ claimed: boolean }>(this.dataSource, CLAIM_SIGN_IN.with(key));
    if (!claim?.claimed) throw ATTEMPT_IN_PROGRESS();
    try {
      return await this.checkPassword(key.username, key.usernameHash, password, address);
    } finally {
      await rows(this.dataSource, END_SIGN_IN_ATTEMPT.with(key));
    }
  }

  /** The password step proper, while this attempt holds the username's claim (so its checks cannot go stale). */
  private async checkPassword(username: string, usernameHash: Buffer, password: string, address: string): Promise<SignInResult> {
    const addressHash = this.addressHash(address);
    await this.refuseThrottledAddress(addressHash, usernameHash);
    const [state] = await rows<SignInStateRow>(this.dataSource, SIGN_IN_STATE.with({ username, usernameHash }));
    const staffId = state?.id ?? null;
    if (state && state.locked_seconds > 0) {
      await this.audit.record({ staffId, action: 'auth.sign_in', outcome: 'denied', reason: 'locked' });
      throw new DomainError('account_locked', LOCKED, undefined, { retryAfter: state.locked_seconds });
    }
    if (state && state.wait_seconds > 0) {
      throw new DomainError('too_many_requests', 'Too many failed sign-ins; wait before trying again.', undefined, {
        retryAfter: state.wait_seconds,
      });
    }

    const valid = await verifyPassword(state?.password_hash ?? (await dummyPasswordHash()), password);
    if (!state || !staffId || !valid || !state.active || !isRole(state.role) || !isRole(state.strictest_role)) {
      await this.recordPasswordFailure(addressHash, usernameHash, staffId);
      throw new DomainError('invalid_credentials', INVALID_CREDENTIALS);
    }

    await this.audit.record({ staffId, action: 'auth.sign_in', outcome: 'success' });
    const member = { id: staffId, username: state.username as string, displayName: state.display_name as string, role: state.role };
    if (state.second_factor_enabled) return { ...member, secondFactor: 'verify' };
    if (await this.secondFactorRequired(staffId, state.strictest_role)) return { ...member, secondFactor: 'enrol' };
    await this.completeSignIn(staffId, address);
    return member;
  }

  /**
   * Supervisors and admins always sign in with a second factor; counsellors when a helpline they
   * work in says so (its `twoFactorForAll`, by default LEIDRAAD_TWO_FACTOR_FOR_ALL). `role` is the
   * strictest over all of a person's helplines: a switch never skips the factor.
   */
  async secondFactorRequired(staffId: string, role: Role): Promise<boolean> {
    return role !== 'counsellor' || (await this.settings.secondFactorForAll(staffId));
  }

  /**
   * Password and (where owed) second factor given: the account's counters and lock history
   * start again, and so do this address's failures on this username.
   */
  async completeSignIn(staffId: string, address: string): Promise<void> {
    const [row] = await rows<{ username: string }>(this.dataSource, COMPLETE_SIGN_IN.with({ staffId }));
    if (row) {
      await rows(
        this.dataSource,
        CLEAR_ADDRESS_FAILURES.with({ addressHash: this.addressHash(address), usernameHash: this.usernameHash(row.username) }),
      );
    }
  }

  /**
   * A wrong second-factor code (at sign-in, while enrolling, or at step-up) counts on its own:
   * a right password does not clear it, it makes the account wait and, in the end, locks it.
   */
  async recordSecondFactorFailure(address: string, staffId: string): Promise<void> {
    const [row] = await rows<{ username: string; locked: boolean }>(
      this.dataSource,
      SECOND_FACTOR_FAILURE.with({ staffId, ...this.limits(SECOND_FACTOR_LOCK_CAP_MINUTES) }),
    );
    if (row) await this.recordAddressFailure(this.addressHash(address), this.usernameHash(row.username));
    await this.audit.record({
      staffId,
      action: 'auth.second_factor',
      outcome: 'failure',
      ...(row?.locked ? { reason: 'locked' } : {}),
    });
  }

  /**
   * Runs one second-factor check (`attempt`) for an account: one at a time, and refused while the
   * address is throttled or the account waits or is locked — checked after claiming, so a burst
   * of parallel codes cannot all pass the checks before the first failure counts.
   */
  async secondFactorAttempt<T>(address: string, staffId: string, attempt: () => Promise<T>): Promise<T> {
    const claimed = await rows<{ id: string }>(this.dataSource, CLAIM_SECOND_FACTOR.with({ staffId }));
    if (claimed.length === 0) throw ATTEMPT_IN_PROGRESS();
    try {
      await this.refuseThrottledSecondFactor(address, staffId);
      return await attempt();
    } finally {
      await rows(this.dataSource, END_SECOND_FACTOR_ATTEMPT.with({ staffId }));
    }
  }

  private async refuseThrottledSecondFactor(address: string, staffId: string): Promise<void> {
    const [row] = await rows<{ username: string; locked_seconds: number; wait_seconds: number }>(
      this.dataSource,
      SECOND_FACTOR_WAITS.with({ staffId }),
    );
    if (!row) throw new DomainError('not_found', 'No such staff member.');
    await this.refuseThrottledAddress(this.addressHash(address), this.usernameHash(row.username));
    if (row.locked_seconds > 0) throw new DomainError('account_locked', LOCKED, undefined, { retryAfter: row.locked_seconds });
    if (row.wait_seconds > 0) {
      throw new DomainError('too_many_requests', 'Too many wrong codes; wait before trying again.', undefined, {
        retryAfter: row.wait_seconds,
      });
    }
  }

  /** Client addresses are kept only as a keyed hash. */
  private addressHash(address: string): Buffer {
    return createHmac('sha256', this.config.secret).update(address).digest();
  }

  /** Usernames in the throttle tables too (a separate domain from addresses). */
  private usernameHash(username: string): Buffer {
    return createHmac('sha256', this.config.secret).update(`username:${username.toLowerCase()}`).digest();
  }

  /**
   * Refused when the address's failures reach the address limit across all usernames, or come
   * within one of the account lock on one username: one address alone cannot lock an account.
   */
  private async refuseThrottledAddress(addressHash: Buffer, usernameHash: Buffer): Promise<void> {
    const { maxFailuresPerAddress, lockAfterFailures, addressWindowMinutes } = this.config.login;
    const [row] = await rows<{ total: number; on_username: number }>(
      this.dataSource,
      ADDRESS_FAILURES.with({ addressHash, usernameHash, addressWindowMinutes }),
    );
    if (row && (row.total >= maxFailuresPerAddress || row.on_username >= lockAfterFailures - 1)) {
      throw new DomainError('too_many_requests', 'Too many failed sign-ins from this address; try again later.', undefined, {
        retryAfter: addressWindowMinutes * 60,
      });
    }
  }

  private async recordAddressFailure(addressHash: Buffer, usernameHash: Buffer): Promise<void> {
    await rows(
      this.dataSource,
      ADDRESS_FAILURE.with({ addressHash, usernameHash, addressWindowMinutes: this.config.login.addressWindowMinutes }),
    );
  }

  private limits(lockCapMinutes: number): FailureLimits {
    return { lockAfter: this.config.login.lockAfterFailures, lockMinutes: this.config.login.lockMinutes, lockCapMinutes };
  }

  /** A wrong password, an unknown username or a deactivated account: the same statements either way. */
  private async recordPasswordFailure(addressHash: Buffer, usernameHash: Buffer, staffId: string | null): Promise<void> {
    await this.recordAddressFailure(addressHash, usernameHash);
    const limits = this.limits(PASSWORD_LOCK_CAP_MINUTES);
    const [row] = staffId
      ? await rows<{ locked: boolean }>(this.dataSource, PASSWORD_FAILURE.with({ staffId, ...limits }))
      : await rows<{ locked: boolean }>(this.dataSource, UNKNOWN_USERNAME_FAILURE.with({ usernameHash, ...limits }));
    await this.audit.record({ staffId, action: 'auth.sign_in', outcome: 'failure', ...(row?.locked ? { reason: 'locked' } : {}) });
  }
}
