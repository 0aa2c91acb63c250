import { Module } from '@nestjs/common';
import { CaseAuditController } from './case-audit/case-audit.controller';
import { CaseAuditService } from './case-audit/case-audit.service';
import { CaseRemarksController, MyRemarksController } from './remark/remark.controller';
import { RemarkService } from './remark/remark.service';
import { CaseReviewController } from './review/case-review.controller';
import { CaseReviewService } from './review/case-review.service';

/** Case review (issue 7): remarks for the assigned counsellor, "reviewed", reassignment, risk-flag acknowledgement, the case's audit trail. */
@Module({
  controllers: [CaseRemarksController, MyRemarksController, CaseReviewController, CaseAuditController],
  providers: [RemarkService, CaseReviewService, CaseAuditService],
})
export class ReviewModule {}
