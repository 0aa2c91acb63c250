import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { PAGE_LIMIT_DEFAULT, RequireStepUp, uuidParam } from '@leidraad/api/core';
import { CaseAuditPageDto, CaseAuditQueryDto } from './case-audit.dto';
import { CaseAuditService } from './case-audit.service';

/** The audit trail of one case, for supervisors (DESIGN.md rule 6). */
@ApiTags('cases')
@Roles('supervisor')
@Controller('cases')
export class CaseAuditController {
  constructor(private readonly caseAudit: CaseAuditService) {}

  @Get(':id/audit')
  @RequireStepUp()
  @ApiOperation({
    summary: 'Audit trail of a case, newest first, a line per visit',
    description:
      'Supervisors only. Repeated reads of one sitting are one line; actions as codes and reasons as keys for the web to translate, names instead of ids. `notAssigned=true`: only people who were not the assigned counsellor, with their reason. Reading the trail is itself recorded (`audit.read`).',
  })
  @ApiOkResponse({ type: CaseAuditPageDto })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  events(
    @CurrentStaff() staff: RequestStaff,
    @Param('id', uuidParam('id')) caseId: string,
    @Query() query: CaseAuditQueryDto,
  ): Promise<CaseAuditPageDto> {
    return this.caseAudit.events(staff, caseId, {
      limit: query.limit ?? PAGE_LIMIT_DEFAULT,
      offset: query.offset ?? 0,
      notAssigned: query.notAssigned ?? false,
    });
  }
}
