import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditVerifyService } from './audit-verify.service';
import { CaseAuditController } from './case-audit/case-audit.controller';
import { CaseAuditService } from './case-audit/case-audit.service';

@Global()
@Module({
  controllers: [CaseAuditController],
  providers: [AuditService, AuditVerifyService, CaseAuditService],
  exports: [AuditService, AuditVerifyService],
})
export class AuditModule {}
