import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { PeerGroupView } from '@leidraad/shared/domain';
import { PeerGroupViewDto } from '../group/group.dto';
import { SetAttendanceDto } from './attendance.dto';
import { AttendanceService } from './attendance.service';

@ApiTags('peer-groups')
@Roles('counsellor', 'supervisor')
@Controller('peer-groups')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Put(':groupId/attendance')
  @ApiOperation({ summary: 'Record attendance per meeting (present, absent, excused) of enrolled cases.' })
  @ApiOkResponse({ type: PeerGroupViewDto })
  @ApiNotFoundResponse({ description: 'No such group.' })
  @ApiUnprocessableEntityResponse({ description: 'An entry names a referral not enrolled in this group (the entry is named).' })
  record(
    @Param('groupId', uuidParam('groupId')) groupId: string,
    @Body() body: SetAttendanceDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<PeerGroupView> {
    return this.attendance.record(staff, groupId, body.entries);
  }
}
