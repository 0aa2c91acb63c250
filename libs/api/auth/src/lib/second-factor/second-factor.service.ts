import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  affected,
  APP_CONFIG,
  DomainError,
  FieldCipher,
  memberRole,
  place,
  rows,
  sql,
  strictestRole,
  type AppConfig,
} from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_PATTERN,
  TOTP_CODE_PATTERN,
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
} from '@leidraad/shared/domain';
import { LoginService } from '../login/login.service';
import type { RequestStaff } from '../session/request-staff';
import { SessionService } from '../session/session.service';
import { assertWholeAccountIsActors } from '../staff/account-owner';
import { matchTotpStep, newRecoveryCode, newTotpSecret, otpauthUri, qrCodeDataUrl, recoveryCodeHash } from './totp';

interface FactorRow {
  totp_secret: Buffer | null;
  totp_pending_secret: Buffer | null;
  role: RequestStaff['role'];
  recovery_codes_left: number;
}

const INVALID_CODE = 'The code is not valid, or was already used.';

const SET_PENDING_SECRET_SQL = sql<{ staffId: string; totpPendingSecret: Buffer }>(
  `UPDATE staff SET totp_pending_secret = :totpPendingSecret WHERE id = :staffId`,
);

const CONFIRM_SECRET_SQL = sql<{
  staffId: string;
  step: number;
  totpSecret: Buffer;
  pendingSecret: Buffer | null;
}>(`UPDATE staff SET totp_secret = :totpSecret, totp_pending_secret = NULL,
                totp_enabled_at = now(), totp_last_step = :step
          WHERE id = :staffId AND totp_pending_secret = :pendingSecret AND totp_secret IS NULL`);

/** An admin of helpline :helplineId (NULL: the command line) resets a member's second factor. */
const CLEAR_SECOND_FACTOR_SQL = sql<{
  staffId: string;
  helplineId: string | null;
}>(`UPDATE staff SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL
          WHERE id = :staffId
            AND (:helplineId::uuid IS NULL OR ${memberRole('staff.id')} IS NOT NULL)`);

const DELETE_RECOVERY_CODES_SQL = sql<{ staffId: string }>(`DELETE FROM staff_recovery_code WHERE staff_id = :staffId`);

const ACCEPT_TOTP_STEP_SQL = sql<{ staffId: string; step: number }>(
  `UPDATE staff SET totp_last_step = :step WHERE id = :staffId AND (totp_last_step IS NULL OR totp_last_step < :step)`,
);

const USE_RECOVERY_CODE_SQL = sql<{ staffId: string; codeHash: Buffer }>(
  `UPDATE staff_recovery_code SET used_at = now() WHERE staff_id = :staffId AND code_hash = :codeHash AND used_at IS NULL`,
);

const INSERT_RECOVERY_CODES_SQL = sql<{ staffId: string; codeHashes: Buffer[] }>(
  `INSERT INTO staff_recovery_code (staff_id, code_hash) SELECT :staffId, unnest(:codeHashes::bytea[])`,
);

/** `role`: the strictest over the person's helplines, which decides whether the factor is required. */
const SECOND_FACTOR_STATE_SQL = sql<{ staffId: string }>(`SELECT totp_secret, totp_pending_secret, ${strictestRole('s.id')} AS role,
              (SELECT count(*)::int FROM staff_recovery_code r WHERE r.staff_id = s.id AND r.used_at IS NULL) AS recovery_codes_left
         FROM staff s WHERE id = :staffId`);

/**
 * The second factor: enrolling an authenticator app (TOTP, RFC 6238), checking its codes
 * (each accepted once), one-time recovery codes, and an admin's reset.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async status(staff: RequestStaff): Promise<SecondFactorStatus> {
    const row = await this.factors(staff.id);
    return {
      enabled: row.totp_secret !== null,
      required: await this.login.secondFactorRequired(staff.id, row.role),
      pending: staff.secondFactorPending,
      recoveryCodesLeft: row.recovery_codes_left,
      verifiedAt: staff.secondFactorAt?.toISOString() ?? null,
    };
  }

  /** A new secret to scan; it only counts once a code from the app confirms it. */
  async startEnrolment(staff: RequestStaff): Promise<SecondFactorEnrolment> {
    const row = await this.factors(staff.id);
    if (row.totp_secret) {
      throw new DomainError('conflict', 'An authenticator app is already set up; an administrator can reset it.');
    }
    const secret = newTotpSecret();
    await rows(
      this.dataSource,
      SET_PENDING_SECRET_SQL.with({
        staffId: staff.id,
        totpPendingSecret: this.cipher.encrypt(secret, place('staff', 'totp_pending_secret', staff.id)),
      }),
    );
    const uri = otpauthUri(secret, staff.username);
    return { secret, otpauthUri: uri, qrCode: qrCodeDataUrl(uri) };
  }

  /** Confirms the pending secret with a code from the app; answers the ten recovery codes, once. */
  confirmEnrolment(staff: RequestStaff, code: string, address: string): Promise<RecoveryCodes> {
    return this.login.secondFactorAttempt(address, staff.id, () => this.confirmPendingSecret(staff, code, address));
  }

  /** Checks a code from the app or a recovery code; each is accepted only once. */
  verify(staffId: string, code: string, address: string): Promise<void> {
    return this.login.secondFactorAttempt(address, staffId, () => this.checkCode(staffId, code, address));
  }

  private async confirmPendingSecret(staff: RequestStaff, code: string, address: string): Promise<RecoveryCodes> {
    const row = await this.factors(staff.id);
    if (row.totp_secret) throw new DomainError('conflict', 'An authenticator app is already set up.');
    if (!row.totp_pending_secret) {
      throw DomainError.forField('validation_failed', 'code', 'no_enrolment', 'Start the set-up first: no secret is waiting for a code.');
    }
    const pending = this.cipher.decrypt(row.totp_pending_secret, place('staff', 'totp_pending_secret', staff.id));
    const step = TOTP_CODE_PATTERN.test(code) ? matchTotpStep(pending, code) : null;
    if (step === null) return this.refuse(staff.id, address);

    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      const updated = await affected(
        manager,
        CONFIRM_SECRET_SQL.with({
          staffId: staff.id,
          step,
          totpSecret: this.cipher.encrypt(pending, place('staff', 'totp_secret', staff.id)),
          pendingSecret: row.totp_pending_secret,
        }),
      );
      if (updated !== 1) throw new DomainError('conflict', 'The set-up changed meanwhile; start it again.');
      await this.replaceRecoveryCodes(staff.id, codes, manager);
      await this.audit.record(
        {
          staffId: staff.id,
          action: 'auth.second_factor_enrol',
          outcome: 'success',
        },
        manager,
      );
    });
    await this.login.completeSignIn(staff.id, address);
    return { codes };
  }

  private async checkCode(staffId: string, code: string, address: string): Promise<void> {
    const row = await this.factors(staffId);
    if (!row.totp_secret) {
      throw DomainError.forField('validation_failed', 'code', 'not_enrolled', 'No authenticator app is set up yet: set one up first.');
    }
    const accepted = TOTP_CODE_PATTERN.test(code)
      ? await this.acceptTotp(staffId, this.cipher.decrypt(row.totp_secret, place('staff', 'totp_secret', staffId)), code)
      : RECOVERY_CODE_PATTERN.test(code.trim()) && (await this.acceptRecoveryCode(staffId, code));
    if (!accepted) return this.refuse(staffId, address);
    // The sign-in (or step-up) is complete only now: counters start again here, never at the password.
    await this.login.completeSignIn(staffId, address);
    await this.audit.record({
      staffId: staffId,
      action: 'auth.second_factor',
      outcome: 'success',
      ...(TOTP_CODE_PATTERN.test(code) ? {} : { reason: 'recovery_code' }),
    });
  }

  /** New recovery codes; the old ones stop working. */
  async regenerateRecoveryCodes(staff: RequestStaff): Promise<RecoveryCodes> {
    const row = await this.factors(staff.id);
    if (!row.totp_secret) throw new DomainError('conflict', 'No authenticator app is set up.');
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      await this.replaceRecoveryCodes(staff.id, codes, manager);
      await this.audit.record(
        {
          staffId: staff.id,
          action: 'auth.recovery_codes',
          outcome: 'success',
        },
        manager,
      );
    });
    return { codes };
  }

  /** An admin clears someone's second factor (a lost phone): they enrol again, their sessions end. */
  async reset(staffId: string, actorId: string | null, helplineId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated = await affected(manager, CLEAR_SECOND_FACTOR_SQL.with({ staffId, helplineId }));
      if (updated !== 1) throw new DomainError('not_found', 'No such staff member.');
      await assertWholeAccountIsActors(manager, { id: staffId, actorId, helplineId });
      await rows(manager, DELETE_RECOVERY_CODES_SQL.with({ staffId }));
      await this.sessions.destroyAllFor(staffId, manager);
      await this.audit.record(
        {
          staffId: actorId,
          helplineId: helplineId ?? undefined,
          action: 'staff.second_factor_reset',
          entityType: 'staff',
          entityId: staffId,
          outcome: 'success',
        },
        manager,
      );
    });
  }

  private async acceptTotp(staffId: string, secret: string, code: string): Promise<boolean> {
    const step = matchTotpStep(secret, code);
    if (step === null) return false;
    // One statement decides, so two requests with the same code cannot both pass.
    const updated = await affected(this.dataSource, ACCEPT_TOTP_STEP_SQL.with({ staffId, step }));
    return updated === 1;
  }

  private async acceptRecoveryCode(staffId: string, code: string): Promise<boolean> {
    const updated = await affected(
      this.dataSource,
      USE_RECOVERY_CODE_SQL.with({ staffId, codeHash: recoveryCodeHash(this.config.secret, code) }),
    );
    return updated === 1;
  }

  private async replaceRecoveryCodes(staffId: string, codes: string[], manager: EntityManager): Promise<void> {
    await rows(manager, DELETE_RECOVERY_CODES_SQL.with({ staffId }));
    await rows(
      manager,
      INSERT_RECOVERY_CODES_SQL.with({ staffId, codeHashes: codes.map((code) => recoveryCodeHash(this.config.secret, code)) }),
    );
  }

  private async refuse(staffId: string, address: string): Promise<never> {
    await this.login.recordSecondFactorFailure(address, staffId);
    throw DomainError.forField('validation_failed', 'code', 'invalid', INVALID_CODE);
  }

  private async factors(staffId: string): Promise<FactorRow> {
    const [row] = await rows<FactorRow>(this.dataSource, SECOND_FACTOR_STATE_SQL.with({ staffId }));
    if (!row) throw new DomainError('not_found', 'No such staff member.');
    return row;
  }
}
