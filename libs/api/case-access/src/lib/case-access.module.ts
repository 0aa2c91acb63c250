import { Global, Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service';

/** The case-access check, global: every case feature injects it without importing a module. */
@Global()
@Module({
  providers: [CaseAccessService],
  exports: [CaseAccessService],
})
export class CaseAccessModule {}
