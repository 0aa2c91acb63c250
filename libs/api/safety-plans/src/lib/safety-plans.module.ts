import { Module } from '@nestjs/common';
import { SafetyPlanController } from './safety-plan.controller';
import { SafetyPlanService } from './safety-plan.service';

/** Safety plans (veiligheidsplannen) of cases: versions, evaluation, print and PDF. */
@Module({
  controllers: [SafetyPlanController],
  providers: [SafetyPlanService],
})
export class SafetyPlansModule {}
