import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyStaff, CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { GuideProgressItemView, GuideProgressView } from '@leidraad/shared/domain';
import { GUIDE_VERSION, guide, type Guide } from '@leidraad/shared/guide';
import { GuideProgressItemViewDto, GuideProgressViewDto, UpdateGuideProgressDto } from './guide-progress.dto';
import { GuideProgressService } from './guide-progress.service';

/** `GET /api/guide`. */
export interface GuideContent {
  version: number;
  guide: Guide;
}

@ApiTags('guide')
@Controller('guide')
export class GuideController {
  @Get()
  @AnyStaff()
  @ApiOperation({
    summary: 'The current content of the guide "Start het Gesprek", with its version.',
  })
  get(): GuideContent {
    return { version: GUIDE_VERSION, guide };
  }
}

@ApiTags('guide')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id/guide-progress')
export class GuideProgressController {
  constructor(private readonly progress: GuideProgressService) {}

  @Get()
  @ApiOperation({
    summary: 'Where the case stands in the guide: every item, step statuses, the suggested next step and the history.',
  })
  @ApiOkResponse({ type: GuideProgressViewDto })
  read(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<GuideProgressView> {
    return this.progress.read(staff, id);
  }

  @Put(':itemId')
  @ApiOperation({
    summary: 'Record the state of one item in a contact (one statement).',
    description:
      'Unknown itemId, or done on a guidance item: 400. contactId not of this case: 422. Not your draft or recently finalised contact: 409.',
  })
  @ApiOkResponse({ type: GuideProgressItemViewDto })
  @ApiConflictResponse({
    description: 'The contact is not your draft or recently finalised contact.',
  })
  update(
    @Param('id', uuidParam('id')) id: string,
    @Param('itemId') itemId: string,
    @Body() body: UpdateGuideProgressDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<GuideProgressItemView> {
    return this.progress.update(staff, id, itemId, body);
  }
}
