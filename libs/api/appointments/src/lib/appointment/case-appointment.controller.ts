import { Body, Controller, Get, Param, Post } from '@nestjs/common';
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
import type { AppointmentView } from '@leidraad/shared/domain';
import { AppointmentViewDto, CreateAppointmentDto } from './appointment.dto';
import { AppointmentService } from './appointment.service';

export const DOUBLE_BOOKING =
  'The counsellor has a planned appointment at that time (PostgreSQL refuses the overlap, also when two requests race). Problem details carry `conflictingAppointment` {startsAt, endsAt}: the time in the way, never its case (it may belong to a colleague). Also: the case is closed.';
export const UNPROCESSABLE =
  'In the past, a local time in the skipped spring hour, outside working hours or during an absence without `allowOutsideHours: true` (`confirmationRequired`), or a counsellorId that cannot hold appointments. The field is named.';

@ApiTags('appointments')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id/appointments')
export class CaseAppointmentController {
  constructor(private readonly appointments: AppointmentService) {}

  @Post()
  @ApiOperation({
    summary: 'Plan a follow-up appointment for this case, for yourself or a colleague.',
  })
  @ApiCreatedResponse({ type: AppointmentViewDto })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  @ApiConflictResponse({ description: DOUBLE_BOOKING })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  create(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateAppointmentDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<AppointmentView> {
    return this.appointments.create(staff, id, body);
  }

  @Get()
  @ApiOperation({ summary: 'Every appointment of the case, in time order, all statuses.' })
  @ApiOkResponse({ type: [AppointmentViewDto] })
  @ApiNotFoundResponse({ description: 'No such case, or no access to it.' })
  list(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<AppointmentView[]> {
    return this.appointments.listForCase(staff, id);
  }
}
