import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import type { SupervisionOverview, SupervisionTrends } from '@leidraad/shared/domain';
import { OverviewService } from './overview.service';
import { TrendsQueryDto } from './supervision.dto';
import { TrendsService } from './trends.service';

/** The supervisor's overview and trends: supervisors only; every read audited. */
@ApiTags('supervision')
@Controller('supervision')
@Roles('supervisor')
export class SupervisionController {
  constructor(
    private readonly overviews: OverviewService,
    private readonly trendsService: TrendsService,
  ) {}

  @Get('overview')
  @ApiOperation({
    summary: 'Caseload per counsellor and the cases that need attention',
    description: 'Audited as `supervision.overview`.',
  })
  @ApiOkResponse({ description: 'SupervisionOverview (libs/shared/domain supervision.ts)' })
  overview(@CurrentStaff() staff: RequestStaff): Promise<SupervisionOverview> {
    return this.overviews.overview(staff);
  }

  @Get('trends')
  @ApiOperation({
    summary: 'Contact trends of an ended month, quarter or year, per month, counts below 5 suppressed',
    description:
      'Audited as `supervision.trends`. Every count is suppressed together with every other period and filter: `<5` is a count of 1–4, `hidden` any count hidden to protect another. Guide and follow-up figures only without filters.',
  })
  @ApiOkResponse({ description: 'SupervisionTrends (libs/shared/domain supervision.ts)' })
  @ApiBadRequestResponse({ description: 'A period that is no month, quarter or year, one that has not ended, or an unknown filter value.' })
  trends(@CurrentStaff() staff: RequestStaff, @Query() query: TrendsQueryDto): Promise<SupervisionTrends> {
    return this.trendsService.trends(staff, query);
  }
}
