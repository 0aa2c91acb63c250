import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireStepUp, uuidParam } from '@leidraad/api/core';
import type { StaffMember } from '@leidraad/shared/domain';
import { CaseAuditPageDto, CaseAuditQueryDto } from './case-audit.dto';
import { CaseAuditService } from './case-audit.service';
import { AuditCurrentStaff, AuditRoles } from './staff-decorators';

/** The audit trail of one case, for supervisors (DESIGN.md rule 6). */
@ApiTags('cases')
@AuditRoles('supervisor')
@Controller('cases')
export class CaseAuditController {
  constructor(private readonly caseAudit: CaseAuditService) {}

  @Get(':id/audit')
  @RequireStepUp()
  @ApiOperation({
    summary: 'Audit events of a case, newest first',
    description: 'Supervisors only. Reading the trail is itself recorded (`audit.read`).',
  })
  @ApiOkResponse({ type: CaseAuditPageDto })
  @ApiNotFoundResponse({ description: 'No such case.' })
  events(
    @AuditCurrentStaff() staff: StaffMember,
    @Param('id', uuidParam('id')) caseId: string,
    @Query() query: CaseAuditQueryDto,
  ): Promise<CaseAuditPageDto> {
    return this.caseAudit.events(staff, caseId, query.limit ?? 50, query.offset ?? 0);
  }
}
