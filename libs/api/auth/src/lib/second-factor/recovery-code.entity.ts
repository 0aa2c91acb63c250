import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';

/** A one-time recovery code: only its HMAC-SHA-256 (keyed with the server secret) is kept. */
@Entity({ name: 'staff_recovery_code' })
@Unique('staff_recovery_code_hash_key', ['staffId', 'codeHash'])
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_id',
    foreignKeyConstraintName: 'staff_recovery_code_staff_id_fkey',
  })
  staff?: StaffEntity;

  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
