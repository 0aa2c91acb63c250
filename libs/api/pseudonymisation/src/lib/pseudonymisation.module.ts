import { Global, Module } from '@nestjs/common';
import { FreeTextPipe } from './free-text.pipe';
import { ScanController } from './scan.controller';
import { ScanPool } from './scan-pool';

/**
 * The scan route and the scan workers, which every module that checks free text shares.
 * `FreeTextPipe` is registered by the app, right after validation.
 */
@Global()
@Module({ controllers: [ScanController], providers: [ScanPool], exports: [ScanPool] })
export class PseudonymisationModule {}

export { FreeTextPipe };
