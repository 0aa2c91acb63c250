import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { CaseHandedOver, HandoverAppointmentCheck, HandoverView } from '@leidraad/shared/domain';
import { CaseHandedOverDto, CreateHandoverDto, HandoverAppointmentCheckDto, HandoverCheckQueryDto, HandoverViewDto } from './handover.dto';
import { HandoverService } from './handover.service';

@ApiTags('cases')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id')
export class HandoverController {
  constructor(private readonly handovers: HandoverService) {}

  @Post('handovers')
  @ApiOperation({
    summary:
      'Pass the case, with a note, my draft contacts and (`appointments: move`) its coming appointments, to a colleague (a counsellor). One transaction.',
  })
  @ApiCreatedResponse({ type: HandoverViewDto })
  @ApiConflictResponse({
    description:
      'The version is stale, or moving the appointments would double-book the colleague (`conflictingAppointments`): nothing was written.',
  })
  create(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateHandoverDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<HandoverView> {
    return this.handovers.create(staff, id, body);
  }

  @Get('handovers/appointments')
  @ApiOperation({
    summary: "Before a handover: the case's coming appointments that could move, each checked against the colleague's agenda.",
  })
  @ApiOkResponse({ type: HandoverAppointmentCheckDto })
  checkAppointments(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: HandoverCheckQueryDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<HandoverAppointmentCheck> {
    return this.handovers.checkAppointments(staff, id, query.toStaffId);
  }

  @Get('handed-over')
  @ApiOperation({
    summary:
      'For whoever passed this case on and can no longer open it: to whom and when (nothing of its content); null while they still can.',
  })
  @ApiOkResponse({ type: CaseHandedOverDto })
  @ApiNotFoundResponse({
    description: 'No such case, or the caller never had it.',
  })
  handedOver(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<CaseHandedOver> {
    return this.handovers.handedOver(staff, id);
  }
}
