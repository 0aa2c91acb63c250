import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
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
import type { PeerGroupSummary, PeerGroupView } from '@leidraad/shared/domain';
import { CreatePeerGroupDto, PeerGroupSummaryDto, PeerGroupViewDto, UpdatePeerGroupDto } from './group.dto';
import { GroupService } from './group.service';

const OUT_OF_ORDER = 'A meeting does not start after the one before (the field is named), or name/location may identify someone.';

@ApiTags('peer-groups')
@Roles('counsellor', 'supervisor')
@Controller('peer-groups')
export class GroupController {
  constructor(private readonly groups: GroupService) {}

  @Get()
  @ApiOperation({ summary: 'Every peer support group with its meetings and seats left (no cases).' })
  @ApiOkResponse({ type: [PeerGroupSummaryDto] })
  list(@CurrentStaff() staff: RequestStaff): Promise<PeerGroupSummary[]> {
    return this.groups.list(staff);
  }

  @Post()
  @Roles('supervisor')
  @ApiOperation({ summary: 'Plan a group: label, location, capacity 1–20 and five meetings with the guide’s themes.' })
  @ApiCreatedResponse({ type: PeerGroupViewDto })
  @ApiUnprocessableEntityResponse({ description: OUT_OF_ORDER })
  create(@Body() body: CreatePeerGroupDto, @CurrentStaff() staff: RequestStaff): Promise<PeerGroupView> {
    return this.groups.create(staff, body);
  }

  @Get(':groupId')
  @ApiOperation({ summary: 'One group: meetings, enrolled cases (case codes only) and their attendance.' })
  @ApiOkResponse({ type: PeerGroupViewDto })
  @ApiNotFoundResponse({ description: 'No such group.' })
  get(@Param('groupId', uuidParam('groupId')) id: string, @CurrentStaff() staff: RequestStaff): Promise<PeerGroupView> {
    return this.groups.get(staff, id);
  }

  @Put(':groupId')
  @Roles('supervisor')
  @ApiOperation({ summary: 'Change a group (all fields, with the version you saw).' })
  @ApiOkResponse({ type: PeerGroupViewDto })
  @ApiNotFoundResponse({ description: 'No such group.' })
  @ApiConflictResponse({ description: 'Stale version (`currentVersion`), or a capacity below the enrolled count.' })
  @ApiUnprocessableEntityResponse({ description: OUT_OF_ORDER })
  update(
    @Param('groupId', uuidParam('groupId')) id: string,
    @Body() body: UpdatePeerGroupDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<PeerGroupView> {
    return this.groups.update(staff, id, body);
  }
}
