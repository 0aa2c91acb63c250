import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { FreeText, NotBlank, OneOf, OptionalOneOf, PageQueryDto } from '@leidraad/api/core';
import {
  CALLER_ROLES,
  CASE_CHANGE_FIELDS,
  CASE_CONCERNS,
  CASE_STATUSES,
  CODE_WORD_MAX,
  CODE_WORD_MIN_CHARACTERS,
  CODE_WORD_MIN_WORDS,
  RISK_FLAGS,
  SHORT_REASON_MAX,
  type ActiveRiskFlag,
  type CallerRole,
  type CaseChangeField,
  type CaseConcern,
  type CaseConflict,
  type CaseDetail,
  type CaseHeader,
  type CaseList,
  type CaseListItem,
  type CaseStatus,
  type DraftRef,
  type HandedOverCase,
  type RiskFlag,
  type TimelineEntry,
  type TodayOverview,
} from '@leidraad/shared/domain';
import { StaffRefDto } from '../common/staff-ref.dto';
import { LongEnoughCodeWord } from '../common/validators';
import { NewContactDto } from '../contact/contact.dto';

export const CODE_WORD_DESCRIPTION =
  `Chosen by the caller; stored only as a keyed hash (never readable). At least ${CODE_WORD_MIN_WORDS} words or ${CODE_WORD_MIN_CHARACTERS} ` +
  'letters or digits; checked for identifiers like any free text (a name is refused). Case, accents, spaces and punctuation do not matter.';

export class CreateCaseDto {
  @OneOf(CALLER_ROLES)
  callerRole!: CallerRole;

  @OneOf(CASE_CONCERNS)
  concern!: CaseConcern;

  @IsOptional()
  @FreeText({ maxLength: CODE_WORD_MAX, required: false, description: CODE_WORD_DESCRIPTION })
  @LongEnoughCodeWord()
  codeWord?: string;

  @ApiPropertyOptional({
    type: NewContactDto,
    description: 'The first contact, created as a draft with the case',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewContactDto)
  contact?: NewContactDto;
}

export class UpdateCaseDto {
  @ApiProperty({
    minimum: 1,
    description: 'The version this update is based on; a stale one is answered 409',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @OptionalOneOf(CALLER_ROLES)
  callerRole?: CallerRole;

  @OptionalOneOf(CASE_CONCERNS)
  concern?: CaseConcern;

  @OptionalOneOf(CASE_STATUSES, {
    description: 'Closing, and reopening a closed case, need statusReason',
  })
  status?: CaseStatus;

  @IsOptional()
  @FreeText({
    maxLength: SHORT_REASON_MAX,
    required: false,
    description: 'Why the case is closed or reopened; encrypted at rest',
  })
  @NotBlank()
  statusReason?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CODE_WORD_MAX, description: `${CODE_WORD_DESCRIPTION} null removes it.` })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @FreeText({ maxLength: CODE_WORD_MAX, required: false, description: `${CODE_WORD_DESCRIPTION} null removes it.` })
  @LongEnoughCodeWord()
  codeWord?: string | null;
}

export class SetRiskFlagDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @OneOf(RISK_FLAGS)
  flag!: RiskFlag;

  @FreeText({
    maxLength: SHORT_REASON_MAX,
    description: 'Why the flag is set; encrypted at rest',
  })
  @NotBlank()
  reason!: string;
}

export class ClearRiskFlagDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @FreeText({
    maxLength: SHORT_REASON_MAX,
    description: 'Why the flag no longer applies; encrypted at rest',
  })
  @NotBlank()
  reason!: string;
}

export const RISK_FILTERS = [...RISK_FLAGS, 'any'] as const;

/** Filters, then the page (`limit`, `offset`) last, as before the shared base. */
export class ListCasesQueryDto extends PageQueryDto {
  @OptionalOneOf(CASE_STATUSES)
  status?: CaseStatus;

  @OptionalOneOf(CALLER_ROLES)
  callerRole?: CallerRole;

  @OptionalOneOf(CASE_CONCERNS)
  concern?: CaseConcern;

  @OptionalOneOf(RISK_FILTERS, {
    description: 'Cases with this active risk flag, or with any',
  })
  risk?: (typeof RISK_FILTERS)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Supervisors only (a counsellor lists only their own cases)',
  })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
}

// ---- Responses --------------------------------------------------------------------------------

export class ActiveRiskFlagDto implements ActiveRiskFlag {
  @ApiProperty({ enum: RISK_FLAGS }) flag!: RiskFlag;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: StaffRefDto }) setBy!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) setAt!: string;
}

export class DraftRefDto implements DraftRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: StaffRefDto }) counsellor!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CaseHeaderDto implements CaseHeader {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) code!: string;
  @ApiProperty({ enum: CALLER_ROLES }) callerRole!: CallerRole;
  @ApiProperty({ enum: CASE_CONCERNS }) concern!: CaseConcern;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ description: 'Send back with every update' }) version!: number;
  @ApiProperty({ type: StaffRefDto }) assignee!: StaffRefDto;
  @ApiProperty({ type: [ActiveRiskFlagDto] }) riskFlags!: ActiveRiskFlagDto[];
  @ApiProperty({ description: 'Final contacts' }) contactCount!: number;
  @ApiProperty({ type: [DraftRefDto] }) drafts!: DraftRefDto[];
  @ApiProperty() hasCodeWord!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true }) lastContactAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TimelineEntryDto {
  @ApiProperty({
    enum: [
      'case_created',
      'contact',
      'handover',
      'risk_flag_set',
      'risk_flag_cleared',
      'status_changed',
      'appointment',
      'colleague_access',
    ],
  })
  kind!: TimelineEntry['kind'];
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional({
    description: 'kind=contact: the contact as first finalised, with its corrections',
  })
  contact?: unknown;
  @ApiPropertyOptional({ type: StaffRefDto }) by?: StaffRefDto;
  @ApiPropertyOptional({ type: StaffRefDto, description: 'kind=handover' })
  from?: StaffRefDto;
  @ApiPropertyOptional({ type: StaffRefDto, description: 'kind=handover' })
  to?: StaffRefDto;
  @ApiPropertyOptional({
    enum: CASE_STATUSES,
    description: 'kind=status_changed',
  })
  fromStatus?: CaseStatus;
  @ApiPropertyOptional({
    enum: CASE_STATUSES,
    description: 'kind=status_changed',
  })
  toStatus?: CaseStatus;
  @ApiPropertyOptional({
    type: [String],
    description: 'kind=handover: drafts that moved with the case',
  })
  draftContactIds?: string[];
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional({ enum: RISK_FLAGS }) flag?: RiskFlag;
  @ApiPropertyOptional({ type: String, nullable: true }) reason?: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: 'kind=appointment' }) appointmentId?: string;
  @ApiPropertyOptional({ description: 'kind=appointment: planned, done, no_show or cancelled' }) status?: string;
  @ApiPropertyOptional({ description: 'kind=appointment' }) purpose?: string;
  @ApiPropertyOptional({ description: 'kind=appointment' }) channel?: string;
  @ApiPropertyOptional({ type: StaffRefDto, description: 'kind=appointment: with whom' }) counsellor?: StaffRefDto;
}

export class CaseDetailDto extends CaseHeaderDto implements CaseDetail {
  @ApiProperty({ type: [TimelineEntryDto], description: 'Newest first' })
  timeline!: TimelineEntry[];
}

export class CaseListItemDto implements CaseListItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) code!: string;
  @ApiProperty({ enum: CALLER_ROLES }) callerRole!: CallerRole;
  @ApiProperty({ enum: CASE_CONCERNS }) concern!: CaseConcern;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ type: StaffRefDto }) assignee!: StaffRefDto;
  @ApiProperty({ enum: RISK_FLAGS, isArray: true }) riskFlags!: RiskFlag[];
  @ApiProperty() contactCount!: number;
  @ApiProperty({ format: 'date-time', nullable: true }) lastContactAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CaseListDto implements CaseList {
  @ApiProperty({ type: [CaseListItemDto] }) items!: CaseListItemDto[];
  @ApiProperty({ type: Number, nullable: true }) nextOffset!: number | null;
}

class HandoverSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: StaffRefDto }) from!: StaffRefDto;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class HandedOverCaseDto implements HandedOverCase {
  @ApiProperty({ type: CaseListItemDto }) case!: CaseListItemDto;
  @ApiProperty({ type: HandoverSummaryDto }) handover!: HandoverSummaryDto;
}

export class TodayOverviewDto implements TodayOverview {
  @ApiProperty({ type: [CaseListItemDto] }) myOpenCases!: CaseListItemDto[];
  @ApiProperty({ type: [HandedOverCaseDto] }) handedToMe!: HandedOverCaseDto[];
  @ApiProperty({ type: [CaseListItemDto] })
  waitingForCaller!: CaseListItemDto[];
}

/** The extra members of a 409 on a stale update (documentation only). */
export class CaseConflictDto implements CaseConflict {
  @ApiProperty() currentVersion!: number;
  @ApiProperty({ enum: CASE_CHANGE_FIELDS, isArray: true })
  changedFields!: CaseChangeField[];
}
