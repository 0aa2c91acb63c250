import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { FreeText, NotBlank, OneOf, OptionalOneOf } from '@leidraad/api/core';
import {
  AGREEMENT_RESULTS,
  AGREEMENT_ROLES,
  AGREEMENT_TEXT_MAX,
  AGREEMENTS_MAX,
  EVALUATION_NOTE_MAX,
  OTHER_TOPIC,
  type ActivateSafetyPlan,
  type AgreementEvaluationInput,
  type AgreementInput,
  type AgreementResult,
  type AgreementRole,
  type EvaluateSafetyPlan,
  type SafetyPlanTopic,
  type SaveSafetyPlan,
} from '@leidraad/shared/domain';
import { AGREEMENT_TOPIC_IDS } from '@leidraad/shared/guide';

export const TOPICS: readonly SafetyPlanTopic[] = [...AGREEMENT_TOPIC_IDS, OTHER_TOPIC];

/** The plan's version the client last saw, and the contact of this case the change is made in. */
class PlanChangeDto {
  @ApiProperty({ minimum: 0, description: 'The version the change is based on (0 before the first save); another: 409.' })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  version!: number;

  @ApiProperty({ format: 'uuid', description: 'A contact of this case (else 422).' })
  @IsUUID()
  contactId!: string;
}

export class AgreementInputDto implements AgreementInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'The agreement in the current version this one continues; absent: a new agreement.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @OneOf(TOPICS, { description: "One of the guide's step-5 agreement topics, or other." })
  topic!: SafetyPlanTopic;

  @FreeText({ maxLength: AGREEMENT_TEXT_MAX, description: 'What is agreed. Checked for identifiers; stored encrypted.' })
  @NotBlank()
  what!: string;

  @OneOf(AGREEMENT_ROLES, { description: 'Who keeps it, by role — never by name.' })
  who!: AgreementRole;

  @IsOptional()
  @FreeText({
    maxLength: AGREEMENT_TEXT_MAX,
    required: false,
    description: 'How it is checked. Checked for identifiers; stored encrypted.',
  })
  howChecked?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'When to review it; required to activate the plan.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: '$property must be a valid date' })
  reviewDate?: string | null;
}

export class SaveSafetyPlanDto extends PlanChangeDto implements SaveSafetyPlan {
  @ApiProperty({ type: [AgreementInputDto], maxItems: AGREEMENTS_MAX, description: 'The whole list; replaces the current one.' })
  @IsArray()
  @ArrayMaxSize(AGREEMENTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => AgreementInputDto)
  agreements!: AgreementInputDto[];
}

export class ActivateSafetyPlanDto extends PlanChangeDto implements ActivateSafetyPlan {}

export class AgreementEvaluationDto implements AgreementEvaluationInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agreementId!: string;

  @OneOf(AGREEMENT_RESULTS)
  result!: AgreementResult;

  @IsOptional()
  @FreeText({ maxLength: EVALUATION_NOTE_MAX, required: false, description: 'Checked for identifiers; stored encrypted.' })
  note?: string | null;
}

export class EvaluateSafetyPlanDto extends PlanChangeDto implements EvaluateSafetyPlan {
  @ApiProperty({ type: [AgreementEvaluationDto], description: 'One result for every agreement of the active plan.' })
  @IsArray()
  @ArrayMaxSize(AGREEMENTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => AgreementEvaluationDto)
  results!: AgreementEvaluationDto[];
}

export class PdfQueryDto {
  @OptionalOneOf(['nl', 'en'], { default: 'nl' })
  lang?: 'nl' | 'en';
}
