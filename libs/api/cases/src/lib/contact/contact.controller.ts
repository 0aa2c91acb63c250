import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { uuidParam } from '@leidraad/api/core';
import type { ContactCorrectionView, ContactView, DraftSaved } from '@leidraad/shared/domain';
import { ContactCorrectionViewDto, ContactViewDto, CorrectContactDto, DraftSavedDto, NewContactDto, SaveDraftDto } from './contact.dto';
import { ContactService } from './contact.service';

@ApiTags('contacts')
@Roles('counsellor', 'supervisor')
@Controller('cases/:id/contacts')
export class ContactController {
  constructor(private readonly contacts: ContactService) {}

  @Get()
  @ApiOperation({
    summary: 'Every contact of the case, drafts included, newest first.',
  })
  @ApiOkResponse({ type: [ContactViewDto] })
  list(@Param('id', uuidParam('id')) id: string, @CurrentStaff() staff: RequestStaff): Promise<ContactView[]> {
    return this.contacts.list(staff, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Start a contact: a draft, started now unless the body says otherwise.',
  })
  @ApiCreatedResponse({ type: ContactViewDto })
  @ApiConflictResponse({ description: 'The case is closed.' })
  create(@Param('id', uuidParam('id')) id: string, @Body() body: NewContactDto, @CurrentStaff() staff: RequestStaff): Promise<ContactView> {
    return this.contacts.create(staff, id, body);
  }

  @Get(':contactId')
  @ApiOkResponse({ type: ContactViewDto })
  get(
    @Param('id', uuidParam('id')) id: string,
    @Param('contactId', uuidParam('contactId')) contactId: string,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<ContactView> {
    return this.contacts.get(staff, id, contactId);
  }

  @Put(':contactId/draft')
  @ApiOperation({
    summary: 'Autosave the whole draft (absent fields are empty).',
    description: 'Send a higher `revision` each save (the same one to retry). An older save is refused with 409 and `currentRevision`.',
  })
  @ApiOkResponse({ type: DraftSavedDto })
  @ApiConflictResponse({
    description: 'The contact is final already, or a newer save is stored.',
  })
  saveDraft(
    @Param('id', uuidParam('id')) id: string,
    @Param('contactId', uuidParam('contactId')) contactId: string,
    @Body() body: SaveDraftDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<DraftSaved> {
    return this.contacts.saveDraft(staff, id, contactId, body);
  }

  @Post(':contactId/finalise')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Make the draft final: channel, start, end, summary and outcome are required.',
  })
  @ApiOkResponse({ type: ContactViewDto })
  @ApiConflictResponse({
    description: 'Already final (someone else finalised it first).',
  })
  finalise(
    @Param('id', uuidParam('id')) id: string,
    @Param('contactId', uuidParam('contactId')) contactId: string,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<ContactView> {
    return this.contacts.finalise(staff, id, contactId);
  }

  @Post(':contactId/corrections')
  @ApiOperation({
    summary: 'Correct a final contact: the original stays; the correction, with its reason, is shown with it.',
  })
  @ApiCreatedResponse({ type: ContactCorrectionViewDto })
  @ApiConflictResponse({ description: 'The contact is still a draft.' })
  correct(
    @Param('id', uuidParam('id')) id: string,
    @Param('contactId', uuidParam('contactId')) contactId: string,
    @Body() body: CorrectContactDto,
    @CurrentStaff() staff: RequestStaff,
  ): Promise<ContactCorrectionView> {
    return this.contacts.correct(staff, id, contactId, body);
  }
}
