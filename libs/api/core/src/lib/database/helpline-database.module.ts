import { Global, Module } from '@nestjs/common';
import { HelplineDatabase } from './helpline-scope';

/** Makes the one `HelplineDatabase` injectable everywhere (after TypeORM's module). */
@Global()
@Module({ providers: [HelplineDatabase], exports: [HelplineDatabase] })
export class HelplineDatabaseModule {}
