import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { CaseReassignmentView, CaseReviewState } from '@leidraad/shared/domain';
import { CaseReassignmentViewDto, CaseReviewStateDto, ReassignCaseDto, RiskFlagParamsDto } from './case-review.dto';
import { CaseReviewService } from './case-review.service';

/** A supervisor's review of one case. Counsellors may read its state; admins get 403. */
@ApiTags('review')
@Controller('cases/:id')
export class CaseReviewController {
  constructor(private readonly reviews: CaseReviewService) {}

  @Get('review')
  @Roles('counsellor', 'supervisor')
  @ApiOperation({ summary: 'Last reviewed, the review history and the active risk flags with their acknowledgement.' })
  @ApiOkResponse({ type: CaseReviewStateDto })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  state(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<CaseReviewState> {
    return this.reviews.state(staff, id);
  }

  @Post('review')
  @Roles('supervisor')
  @ApiOperation({ summary: 'Mark the case reviewed now (every mark is kept).' })
  @ApiCreatedResponse({ type: CaseReviewStateDto })
  @ApiNotFoundResponse({ description: 'No such case.' })
  markReviewed(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<CaseReviewState> {
    return this.reviews.markReviewed(staff, id);
  }

  @Post('reassign')
  @Roles('supervisor')
  @ApiOperation({ summary: 'Assign the case to another active counsellor, with a reason; their draft contacts move along.' })
  @ApiCreatedResponse({ type: CaseReassignmentViewDto })
  @ApiConflictResponse({
    description: 'The version is stale: nothing was written. Problem details carry `currentVersion` and `changedFields`.',
  })
  reassign(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReassignCaseDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<CaseReassignmentView> {
    return this.reviews.reassign(staff, id, body);
  }

  @Post('risk-flags/:flag/acknowledge')
  @Roles('supervisor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an active risk flag (it leaves the attention queue).' })
  @ApiOkResponse({ type: CaseReviewStateDto })
  @ApiNotFoundResponse({ description: 'No such case, or the flag is not set.' })
  @ApiConflictResponse({ description: 'Acknowledged already.' })
  acknowledgeFlag(@Param() params: RiskFlagParamsDto, @CurrentStaff() staff: RequestStaff): Promise<CaseReviewState> {
    return this.reviews.acknowledgeFlag(staff, params.id, params.flag);
  }
}
