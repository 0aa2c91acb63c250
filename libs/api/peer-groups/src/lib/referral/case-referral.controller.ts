import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { PeerReferralView } from '@leidraad/shared/domain';
import { PeerReferralViewDto } from './referral.dto';
import { ReferralService } from './referral.service';

/** A case's referrals, by the case's id: case codes never go in URLs. */
@ApiTags('peer-groups')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id/peer-referrals')
export class CaseReferralController {
  constructor(private readonly referrals: ReferralService) {}

  @Get()
  @ApiOperation({ summary: 'The referrals of one case, newest first (waiting with its place, enrolled with its group).' })
  @ApiOkResponse({ type: [PeerReferralViewDto] })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  forCase(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<PeerReferralView[]> {
    return this.referrals.forCase(staff, id);
  }
}
