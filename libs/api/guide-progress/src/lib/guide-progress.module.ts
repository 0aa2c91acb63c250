import { Module } from '@nestjs/common';
import { GuideController, GuideProgressController } from './guide-progress.controller';
import { GuideProgressService } from './guide-progress.service';

/** The guide "Start het Gesprek" and each case's progress through it. */
@Module({
  controllers: [GuideController, GuideProgressController],
  providers: [GuideProgressService],
})
export class GuideProgressModule {}
