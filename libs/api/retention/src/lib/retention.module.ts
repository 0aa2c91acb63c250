import { Module } from '@nestjs/common';
import { FieldBindingService } from './key-rotation/field-binding.service';
import { KeyRotationService } from './key-rotation/key-rotation.service';
import { InactiveCases } from './retention/inactive-cases';
import { RetentionScheduler } from './retention/retention.scheduler';
import { RetentionService } from './retention/retention.service';

/** Data at rest over time: retention of cases and audit rows, and data-key rotation. */
@Module({
  providers: [RetentionService, RetentionScheduler, KeyRotationService, FieldBindingService, InactiveCases],
  exports: [RetentionService, KeyRotationService, FieldBindingService],
})
export class RetentionModule {}
