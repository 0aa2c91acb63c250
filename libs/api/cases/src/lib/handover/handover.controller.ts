import { Body, Controller, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { HandoverView } from '@leidraad/shared/domain';
import { CreateHandoverDto, HandoverViewDto } from './handover.dto';
import { HandoverService } from './handover.service';

@ApiTags('cases')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id/handovers')
export class HandoverController {
  constructor(private readonly handovers: HandoverService) {}

  @Post()
  @ApiOperation({
    summary:
      'Pass the case, with a note and my draft contacts, to a colleague (a counsellor).',
  })
  @ApiCreatedResponse({ type: HandoverViewDto })
  @ApiConflictResponse({
    description: 'The version is stale: nothing was written.',
  })
  create(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateHandoverDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<HandoverView> {
    return this.handovers.create(staff, id, body);
  }
}
