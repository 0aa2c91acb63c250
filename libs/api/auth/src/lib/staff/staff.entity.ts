import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@leidraad/shared/domain';

/** A staff member: the only named people in the database. */
@Entity({ name: 'staff' })
@Unique('staff_username_key', ['username'])
@Check('staff_role_check', `role IN ('counsellor', 'supervisor', 'admin')`)
@Check('staff_username_format', `username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'`)
@Check('staff_failed_logins_check', `failed_logins >= 0`)
@Check('staff_totp_enabled_check', `(totp_secret IS NULL) = (totp_enabled_at IS NULL)`)
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins!: number;

  /** Set after too many consecutive failures; only an admin clears it. */
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  /** Throttle: no sign-in attempt for this account is checked before this time. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  /** The authenticator app's secret (FieldCipher ciphertext); null until enrolment is confirmed. */
  @Column({ name: 'totp_secret', type: 'bytea', nullable: true })
  totpSecret!: Buffer | null;

  /** A secret being enrolled, not yet confirmed with a code (ciphertext). */
  @Column({ name: 'totp_pending_secret', type: 'bytea', nullable: true })
  totpPendingSecret!: Buffer | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last 30-second step whose code was accepted: no code is accepted twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
