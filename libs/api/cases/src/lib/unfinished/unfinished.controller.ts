import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import type { UnfinishedContactList } from '@leidraad/shared/domain';
import { UnfinishedContactListDto, UnfinishedQueryDto } from './unfinished.dto';
import { UnfinishedContactsService } from './unfinished.service';

@ApiTags('contacts')
@Controller()
export class UnfinishedContactsController {
  constructor(private readonly unfinished: UnfinishedContactsService) {}

  @Get('contacts/unfinished')
  @Roles('counsellor', 'supervisor')
  @ApiOperation({
    summary: 'Vandaag, "Lopende contacten": my draft contacts, newest save first (at most 50).',
  })
  @ApiOkResponse({ type: UnfinishedContactListDto })
  mine(@CurrentStaff() staff: RequestStaff): Promise<UnfinishedContactList> {
    return this.unfinished.mine(staff);
  }

  @Get('supervision/unfinished-contacts')
  @Roles('supervisor')
  @ApiOperation({
    summary: 'Overzicht: every draft contact not saved for `olderThanHours` (3), oldest first (at most 50).',
  })
  @ApiOkResponse({ type: UnfinishedContactListDto })
  stale(@Query() query: UnfinishedQueryDto, @CurrentStaff() staff: RequestStaff): Promise<UnfinishedContactList> {
    return this.unfinished.stale(staff, query.olderThanHours);
  }
}
