import { Global, Module } from '@nestjs/common';
import { HelplineSettings } from '../helpline/helpline-settings';
import { HelplineDatabase } from './helpline-scope';

/** Makes the one `HelplineDatabase` and the helplines' settings injectable everywhere (after TypeORM's module). */
@Global()
@Module({ providers: [HelplineDatabase, HelplineSettings], exports: [HelplineDatabase, HelplineSettings] })
export class HelplineDatabaseModule {}
