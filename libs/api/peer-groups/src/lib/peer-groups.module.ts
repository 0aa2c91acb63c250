import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance/attendance.controller';
import { AttendanceService } from './attendance/attendance.service';
import { GroupController } from './group/group.controller';
import { GroupService } from './group/group.service';
import { CaseReferralController } from './referral/case-referral.controller';
import { ReferralController } from './referral/referral.controller';
import { ReferralService } from './referral/referral.service';

/** The peer support group (lotgenotengroep): groups, referrals and waiting list, attendance. */
@Module({
  controllers: [GroupController, ReferralController, CaseReferralController, AttendanceController],
  providers: [GroupService, ReferralService, AttendanceService],
})
export class PeerGroupsModule {}
