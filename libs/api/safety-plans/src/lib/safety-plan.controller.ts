import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { DomainError, uuidParam } from '@leidraad/api/core';
import type {
  SafetyPlanDiff,
  SafetyPlanPrint,
  SafetyPlanVersionSummary,
  SafetyPlanVersionView,
  SafetyPlanView,
} from '@leidraad/shared/domain';
import { ActivateSafetyPlanDto, EvaluateSafetyPlanDto, PdfQueryDto, SaveSafetyPlanDto } from './safety-plan.dto';
import { SafetyPlanService } from './safety-plan.service';

/** `:n`, a version number: anything else is a 400 naming the parameter. */
const versionParam = (): ParseIntPipe =>
  new ParseIntPipe({
    exceptionFactory: () =>
      new DomainError('validation_failed', 'The version number is invalid.', [
        { field: 'n', code: 'isInt', message: 'n must be a version number' },
      ]),
  });

@ApiTags('safety-plans')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id')
export class SafetyPlanController {
  constructor(private readonly plans: SafetyPlanService) {}

  @Get('safety-plan')
  @ApiOperation({ summary: 'The current safety plan of the case (version 0 and status null while there is none).' })
  @ApiOkResponse({ description: 'SafetyPlanView' })
  read(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<SafetyPlanView> {
    return this.plans.read(staff, id);
  }

  @Put('safety-plan')
  @ApiOperation({
    summary: 'Replace the agreements: a new version, made in contact contactId of this case.',
    description: 'version must be the current one (0 for a new plan), else 409. An evaluated plan becomes a draft again.',
  })
  @ApiConflictResponse({ description: 'The plan changed in the meantime.' })
  save(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SaveSafetyPlanDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<SafetyPlanView> {
    return this.plans.save(staff, id, body);
  }

  @Post('safety-plan/activate')
  @ApiOperation({ summary: 'Draft → active. Needs at least one agreement, each with a review date (422); not a draft: 409.' })
  activate(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ActivateSafetyPlanDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<SafetyPlanView> {
    return this.plans.activate(staff, id, body);
  }

  @Post('safety-plan/evaluation')
  @ApiOperation({ summary: 'Active → evaluated: one result (kept / partly / not_kept / no_longer_relevant) and note per agreement.' })
  evaluate(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: EvaluateSafetyPlanDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<SafetyPlanView> {
    return this.plans.evaluate(staff, id, body);
  }

  @Get('safety-plan/versions')
  @ApiOperation({ summary: 'Every version, oldest first: who, when, in which contact, why.' })
  versions(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<SafetyPlanVersionSummary[]> {
    return this.plans.versions(staff, id);
  }

  @Get('safety-plan/versions/:n')
  @ApiOperation({ summary: 'One version with its agreements.' })
  version(
    @Param('id', uuidParam('id')) id: string,
    @Param('n', versionParam()) n: number,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<SafetyPlanVersionView> {
    return this.plans.version(staff, id, n);
  }

  @Get('safety-plan/versions/:n/diff')
  @ApiOperation({ summary: 'Version n against version n − 1, per agreement: added, removed, changed (with the fields) or unchanged.' })
  diff(
    @Param('id', uuidParam('id')) id: string,
    @Param('n', versionParam()) n: number,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<SafetyPlanDiff> {
    return this.plans.diff(staff, id, n);
  }

  @Get('safety-plan/print')
  @ApiOperation({ summary: 'The active (or last evaluated) plan for the print view; audited as a print. Never activated: 409.' })
  print(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<SafetyPlanPrint> {
    return this.plans.print(staff, id);
  }

  @Get('safety-plan.pdf')
  @ApiOperation({ summary: 'The active (or last evaluated) plan as an A4 PDF in Dutch or English; audited.' })
  @ApiProduces('application/pdf')
  async pdf(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PdfQueryDto,
    @CurrentStaff() staff: RequestStaff,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const language = query.lang ?? 'nl';
    const { caseCode, pdf } = await this.plans.pdf(staff, id, language);
    const name = language === 'nl' ? 'veiligheidsplan' : 'safety-plan';
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${name}-${caseCode}.pdf"`)
      .header('cache-control', 'no-store');
    return Buffer.from(pdf);
  }
}
