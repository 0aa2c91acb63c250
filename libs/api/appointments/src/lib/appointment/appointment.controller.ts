import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import type { AppointmentSlot, AppointmentView, RescheduleResult } from '@leidraad/shared/domain';
import {
  AppointmentSlotDto,
  AppointmentViewDto,
  ListAppointmentsQueryDto,
  OverdueQueryDto,
  RescheduleAppointmentDto,
  RescheduleResultDto,
  SetAppointmentStatusDto,
  SlotsQueryDto,
} from './appointment.dto';
import { AppointmentService } from './appointment.service';
import { DOUBLE_BOOKING, UNPROCESSABLE } from './case-appointment.controller';

const CHANGED = 'Not planned any more (`currentStatus`), or the version is stale (`currentVersion`): nothing was written.';

@ApiTags('appointments')
@Roles('counsellor', 'supervisor')
@Controller('appointments')
export class AppointmentController {
  constructor(private readonly appointments: AppointmentService) {}

  @Get()
  @ApiOperation({
    summary: 'The agenda: appointments overlapping [from, to), at most 62 days.',
    description:
      'Counsellors see the appointments they hold and those of cases they may open; supervisors see all. `counsellorId` narrows to one counsellor.',
  })
  @ApiOkResponse({ type: [AppointmentViewDto] })
  agenda(@Query() query: ListAppointmentsQueryDto, @CurrentStaff() staff: RequestStaff): Promise<AppointmentView[]> {
    return this.appointments.agenda(staff, query);
  }

  @Get('overdue')
  @ApiOperation({
    summary: 'Planned appointments whose time has passed: your own; supervisors all (or one counsellor’s).',
  })
  @ApiOkResponse({ type: [AppointmentViewDto] })
  overdue(@Query() query: OverdueQueryDto, @CurrentStaff() staff: RequestStaff): Promise<AppointmentView[]> {
    return this.appointments.overdue(staff, query);
  }

  @Get('slots')
  @ApiOperation({
    summary: 'The next free slots of a counsellor within working hours (the helpline’s local time, right across clock changes).',
    description: 'Skips absences and planned appointments; slots start on a 15-minute grid.',
  })
  @ApiOkResponse({ type: [AppointmentSlotDto] })
  @ApiNotFoundResponse({ description: 'No such counsellor.' })
  slots(@Query() query: SlotsQueryDto, @CurrentStaff() staff: RequestStaff): Promise<AppointmentSlot[]> {
    return this.appointments.slots(staff, query);
  }

  @Get(':appointmentId')
  @ApiOkResponse({ type: AppointmentViewDto })
  @ApiNotFoundResponse({ description: 'No such appointment, or no access to it.' })
  get(@Param('appointmentId', uuidParam('appointmentId')) id: string, @CurrentStaff() staff: RequestStaff): Promise<AppointmentView> {
    return this.appointments.get(staff, id);
  }

  @Post(':appointmentId/status')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Done (with the contact of this case that fulfilled it), no-show, or cancelled (with a reason).',
  })
  @ApiOkResponse({ type: AppointmentViewDto })
  @ApiConflictResponse({ description: CHANGED })
  @ApiUnprocessableEntityResponse({ description: 'contactId is not a contact of this case; a no-show before the start.' })
  setStatus(
    @Param('appointmentId', uuidParam('appointmentId')) id: string,
    @Body() body: SetAppointmentStatusDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<AppointmentView> {
    return this.appointments.setStatus(staff, id, body);
  }

  @Post(':appointmentId/reschedule')
  @ApiOperation({
    summary: 'Move a planned appointment: a new one linked to the old, which becomes rescheduled (one transaction).',
  })
  @ApiCreatedResponse({ type: RescheduleResultDto })
  @ApiConflictResponse({ description: `${CHANGED} Or: ${DOUBLE_BOOKING}` })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  reschedule(
    @Param('appointmentId', uuidParam('appointmentId')) id: string,
    @Body() body: RescheduleAppointmentDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<RescheduleResult> {
    return this.appointments.reschedule(staff, id, body);
  }
}
