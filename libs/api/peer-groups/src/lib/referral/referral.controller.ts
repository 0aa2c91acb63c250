import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { PeerGroupView, PeerReferralView, PeerWaitingEntry } from '@leidraad/shared/domain';
import { PeerGroupViewDto } from '../group/group.dto';
import { CreateReferralDto, EnrolDto, PeerReferralViewDto, PeerWaitingEntryDto } from './referral.dto';
import { ReferralService } from './referral.service';

@ApiTags('peer-groups')
@Roles('counsellor', 'supervisor')
@Controller('peer-groups')
export class ReferralController {
  constructor(private readonly referrals: ReferralService) {}

  @Post('referrals')
  @ApiOperation({ summary: 'Refer a case (by code) from one of its contacts: it joins the end of the waiting list.' })
  @ApiCreatedResponse({ type: PeerReferralViewDto })
  @ApiBadRequestResponse({ description: 'caseCode is not a valid case code.' })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  @ApiConflictResponse({ description: 'The case already has an active referral (`currentReferral`).' })
  @ApiUnprocessableEntityResponse({ description: 'contactId is not a contact of this case.' })
  refer(@Body() body: CreateReferralDto, @CurrentStaff() staff: RequestStaff): Promise<PeerReferralView> {
    return this.referrals.refer(staff, body);
  }

  @Get('waiting-list')
  @ApiOperation({ summary: 'The waiting list in order of referral (case codes only).' })
  @ApiOkResponse({ type: [PeerWaitingEntryDto] })
  waitingList(@CurrentStaff() staff: RequestStaff): Promise<PeerWaitingEntry[]> {
    return this.referrals.waitingList(staff);
  }

  @Post('referrals/:referralId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a referral off the waiting list or out of its group.' })
  @ApiOkResponse({ type: PeerReferralViewDto })
  @ApiNotFoundResponse({ description: 'No such referral.' })
  @ApiConflictResponse({ description: 'Already withdrawn.' })
  withdraw(@Param('referralId', uuidParam('referralId')) id: string, @CurrentStaff() staff: RequestStaff): Promise<PeerReferralView> {
    return this.referrals.withdraw(staff, id);
  }

  @Post(':groupId/enrolments')
  @ApiOperation({ summary: 'Enrol a waiting referral into this group.' })
  @ApiCreatedResponse({ type: PeerGroupViewDto })
  @ApiNotFoundResponse({ description: 'No such group.' })
  @ApiConflictResponse({ description: 'The group is full (`group_full`, nothing written), not open, or the referral is not waiting.' })
  @ApiUnprocessableEntityResponse({ description: 'No such referral.' })
  enrol(
    @Param('groupId', uuidParam('groupId')) groupId: string,
    @Body() body: EnrolDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<PeerGroupView> {
    return this.referrals.enrol(staff, groupId, body.referralId);
  }
}
