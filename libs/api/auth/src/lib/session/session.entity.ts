import { Column, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';

/**
 * A server-side session. The cookie holds a random token; only its SHA-256 is stored, so a
 * copy of this table cannot be replayed as cookies.
 */
@Entity({ name: 'staff_session' })
@Unique('staff_session_token_hash_key', ['tokenHash'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('staff_session_staff_id_idx')
  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'staff_session_staff_id_fkey' })
  staff?: StaffEntity;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  /** Signed in with the password only; the second factor is still owed. */
  @Column({ name: 'second_factor_pending', type: 'boolean', default: false })
  secondFactorPending!: boolean;

  /** When the second factor was last given in this session (step-up). */
  @Column({ name: 'second_factor_at', type: 'timestamptz', nullable: true })
  secondFactorAt!: Date | null;

  /** The absolute end of the session, however active it is. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
