import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import { RISK_FLAGS, type CaseDetail, type CaseHeader, type CaseList, type RiskFlag, type TodayOverview } from '@leidraad/shared/domain';
import { enumParam } from '../common/enum-param';
import {
  CaseDetailDto,
  CaseHeaderDto,
  CaseListDto,
  ClearRiskFlagDto,
  CreateCaseDto,
  ListCasesQueryDto,
  SetRiskFlagDto,
  TodayOverviewDto,
  UpdateCaseDto,
} from './case.dto';
import { CaseService } from './case.service';

const STALE = 'The version is stale: nothing was written. Problem details carry `currentVersion` and `changedFields`.';

/** Case routes. Admins get 403 on all of them: they see no case content (rule 5). */
@ApiTags('cases')
@Roles('counsellor', 'supervisor')
@Controller('cases')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  @Get()
  @ApiOperation({
    summary: 'Counsellors: their own cases. Supervisors: all cases, filtered.',
  })
  @ApiOkResponse({ type: CaseListDto })
  list(@Query() query: ListCasesQueryDto, @CurrentStaff() staff: RequestStaff): Promise<CaseList> {
    return this.cases.list(staff, query);
  }

  @Post()
  @ApiOperation({
    summary: 'A new case with a fresh code, assigned to its creator; optionally with a first draft contact.',
  })
  @ApiCreatedResponse({ type: CaseHeaderDto })
  create(@Body() body: CreateCaseDto, @CurrentStaff() staff: RequestStaff): Promise<CaseHeader> {
    return this.cases.create(staff, body);
  }

  @Get('today')
  @ApiOperation({
    summary: 'Vandaag: my open cases, cases handed to me (with the note), cases waiting for the caller.',
  })
  @ApiOkResponse({ type: TodayOverviewDto })
  today(@CurrentStaff() staff: RequestStaff): Promise<TodayOverview> {
    return this.cases.today(staff);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'The case page: header and timeline (newest first).',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  detail(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<CaseDetail> {
    return this.cases.detail(staff, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Caller role, concern, status (closing and reopening need statusReason), code word.',
  })
  @ApiOkResponse({ type: CaseHeaderDto })
  @ApiConflictResponse({ description: STALE })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateCaseDto, @CurrentStaff() staff: RequestStaff): Promise<CaseHeader> {
    return this.cases.update(staff, id, body);
  }

  @Post(':id/risk-flags')
  @ApiOperation({ summary: 'Set a risk flag with a reason.' })
  @ApiCreatedResponse({ type: CaseHeaderDto })
  @ApiConflictResponse({
    description: `${STALE} Also when the flag is set already.`,
  })
  setRiskFlag(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SetRiskFlagDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<CaseHeader> {
    return this.cases.setRiskFlag(staff, id, body);
  }

  @Post(':id/risk-flags/:flag/clear')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Clear a risk flag with a reason; the history keeps it.',
  })
  @ApiOkResponse({ type: CaseHeaderDto })
  @ApiConflictResponse({
    description: `${STALE} Also when the flag is not set.`,
  })
  clearRiskFlag(
    @Param('id', uuidParam('id')) id: string,
    @Param('flag', enumParam('flag', RISK_FLAGS)) flag: RiskFlag,
    @Body() body: ClearRiskFlagDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<CaseHeader> {
    return this.cases.clearRiskFlag(staff, id, flag, body);
  }
}
