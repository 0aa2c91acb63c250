import { Module } from '@nestjs/common';
import { CaseRemarksController, MyRemarksController } from './remark/remark.controller';
import { RemarkService } from './remark/remark.service';
import { CaseReviewController } from './review/case-review.controller';
import { CaseReviewService } from './review/case-review.service';

/** Case review (issue 7): remarks for the assigned counsellor, "reviewed", reassignment, risk-flag acknowledgement. */
@Module({
  controllers: [CaseRemarksController, MyRemarksController, CaseReviewController],
  providers: [RemarkService, CaseReviewService],
})
export class ReviewModule {}
