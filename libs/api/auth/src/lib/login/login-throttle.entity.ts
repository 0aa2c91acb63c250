import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per client address within a window. The address is stored only as a keyed
 * hash, and the table lives in PostgreSQL so every API process counts the same failures.
 */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ name: 'address_hash', type: 'bytea' })
  addressHash!: Buffer;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  failures!: number;
}
