import { Module } from '@nestjs/common';
import { KeyRotationService } from './key-rotation/key-rotation.service';
import { RetentionScheduler } from './retention/retention.scheduler';
import { RetentionService } from './retention/retention.service';

/** Data at rest over time: retention of cases and audit rows, and data-key rotation. */
@Module({
  providers: [RetentionService, RetentionScheduler, KeyRotationService],
  exports: [RetentionService, KeyRotationService],
})
export class RetentionModule {}
