import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
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
import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { CreateRemarkDto, ReviewRemarkViewDto } from './remark.dto';
import { RemarkService } from './remark.service';

/** Review remarks on one case. Admins get 403: they see no case content. */
@ApiTags('review')
@Controller('cases/:id/review-remarks')
export class CaseRemarksController {
  constructor(private readonly remarks: RemarkService) {}

  @Post()
  @Roles('supervisor')
  @ApiOperation({ summary: 'Leave a review remark for the counsellor assigned to the case.' })
  @ApiCreatedResponse({ type: ReviewRemarkViewDto })
  @ApiNotFoundResponse({ description: 'No such case.' })
  @ApiUnprocessableEntityResponse({ description: 'The text contains identifiers (nothing stored).' })
  create(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateRemarkDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<ReviewRemarkView> {
    return this.remarks.create(staff, id, body);
  }

  @Get()
  @Roles('counsellor', 'supervisor')
  @ApiOperation({ summary: 'The review remarks of a case, newest first (supervisors; the assigned counsellor).' })
  @ApiOkResponse({ type: [ReviewRemarkViewDto] })
  @ApiNotFoundResponse({ description: 'No such case, or no access to its remarks.' })
  list(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<ReviewRemarkView[]> {
    return this.remarks.forCase(staff, id);
  }
}

/** The signed-in staff member's own review remarks. */
@ApiTags('review')
@Roles('counsellor', 'supervisor')
@Controller('review-remarks')
export class MyRemarksController {
  constructor(private readonly remarks: RemarkService) {}

  @Get('mine')
  @ApiOperation({
    summary:
      'Vandaag: the unacknowledged review remarks on the cases assigned to me, oldest first (a remark goes with its case when it is reassigned).',
  })
  @ApiOkResponse({ type: [ReviewRemarkViewDto] })
  mine(@CurrentStaff() staff: RequestStaff): Promise<ReviewRemarkView[]> {
    return this.remarks.mine(staff);
  }

  @Post(':remarkId/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a remark on a case assigned to me as read.' })
  @ApiOkResponse({ type: ReviewRemarkViewDto })
  @ApiNotFoundResponse({ description: 'No such remark, or its case is not assigned to me.' })
  @ApiConflictResponse({ description: 'Acknowledged already.' })
  acknowledge(@Param('remarkId', uuidParam('remarkId')) remarkId: string, @CurrentStaff() staff: RequestStaff): Promise<ReviewRemarkView> {
    return this.remarks.acknowledge(staff, remarkId);
  }
}
