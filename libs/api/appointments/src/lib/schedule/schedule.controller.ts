import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { CounsellorSchedule } from '@leidraad/shared/domain';
import { CounsellorScheduleDto, PutScheduleDto } from './schedule.dto';
import { ScheduleService } from './schedule.service';

@ApiTags('appointments')
@Roles('counsellor', 'supervisor')
@Controller('schedules')
export class ScheduleController {
  constructor(private readonly schedules: ScheduleService) {}

  @Get(':staffId')
  @ApiOperation({
    summary: 'A counsellor’s working hours (Dutch time) and absences: your own; supervisors anyone’s.',
  })
  @ApiOkResponse({ type: CounsellorScheduleDto })
  @ApiNotFoundResponse({ description: 'No such counsellor.' })
  get(@Param('staffId', uuidParam('staffId')) staffId: string, @CurrentStaff() staff: RequestStaff): Promise<CounsellorSchedule> {
    return this.schedules.get(staff, staffId);
  }

  @Put(':staffId')
  @ApiOperation({
    summary: 'Replace the week and the absences: your own; supervisors anyone’s.',
    description: 'Planned appointments stay as they are.',
  })
  @ApiOkResponse({ type: CounsellorScheduleDto })
  @ApiNotFoundResponse({ description: 'No such counsellor.' })
  put(
    @Param('staffId', uuidParam('staffId')) staffId: string,
    @Body() body: PutScheduleDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<CounsellorSchedule> {
    return this.schedules.put(staff, staffId, body);
  }
}
