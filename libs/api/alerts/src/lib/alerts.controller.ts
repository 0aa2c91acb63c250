import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import { AlertListDto } from './alerts.dto';
import { AlertsService } from './alerts.service';

/** Alerts about staff behaviour (DESIGN.md rule 6), for supervisors. */
@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Roles('supervisor', 'admin')
  @ApiOperation({
    summary: 'Open alerts, newest first',
    description: 'Reading them is audited (`alert.list`).',
  })
  @ApiOkResponse({ type: AlertListDto })
  open(@CurrentStaff() staff: RequestStaff): Promise<AlertListDto> {
    return this.alerts.open(staff);
  }

  @Post(':id/acknowledge')
  @Roles('supervisor')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Mark an alert as dealt with',
    description: 'Audited as `alert.acknowledge`.',
  })
  @ApiNoContentResponse({ description: 'Acknowledged.' })
  @ApiNotFoundResponse({ description: 'No such alert.' })
  @ApiConflictResponse({ description: 'Already acknowledged.' })
  acknowledge(@CurrentStaff() staff: RequestStaff, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.alerts.acknowledge(staff, id);
  }
}
