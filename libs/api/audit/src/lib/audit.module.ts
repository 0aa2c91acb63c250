import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditSealer } from './chain/audit-sealer.service';
import { AuditVerifyService } from './chain/audit-verify.service';

@Global()
@Module({
  providers: [AuditService, AuditVerifyService, AuditSealer],
  exports: [AuditService, AuditVerifyService, AuditSealer],
})
export class AuditModule {}
