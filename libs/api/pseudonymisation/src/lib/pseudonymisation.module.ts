import { Module } from '@nestjs/common';
import { FreeTextPipe } from './free-text.pipe';
import { ScanController } from './scan.controller';

/** The scan route. `FreeTextPipe` is registered by the app, right after validation. */
@Module({ controllers: [ScanController] })
export class PseudonymisationModule {}

export { FreeTextPipe };
