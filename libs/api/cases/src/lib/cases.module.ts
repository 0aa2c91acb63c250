import { Module } from '@nestjs/common';
import { CaseController } from './case/case.controller';
import { LookupController } from './lookup/lookup.controller';
import { CaseService } from './case/case.service';
import { ContactController } from './contact/contact.controller';
import { ContactService } from './contact/contact.service';
import { HandoverController } from './handover/handover.controller';
import { HandoverService } from './handover/handover.service';
import { LookupService } from './lookup/lookup.service';
import { UnfinishedContactsController } from './unfinished/unfinished.controller';
import { UnfinishedContactsService } from './unfinished/unfinished.service';

/** Anonymous cases and their contacts, risk flags, handovers and look-ups. */
@Module({
  controllers: [CaseController, LookupController, ContactController, HandoverController, UnfinishedContactsController],
  providers: [CaseService, LookupService, ContactService, HandoverService, UnfinishedContactsService],
})
export class CasesModule {}
