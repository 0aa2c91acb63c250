import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FreeText } from '@leidraad/api/core';
import {
  CALLER_ROLES,
  CASE_CHANGE_FIELDS,
  CASE_CONCERNS,
  CASE_STATUSES,
  CODE_WORD_MAX,
  CODE_WORD_MIN,
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
  type CodeWordMatches,
  type DraftRef,
  type HandedOverCase,
  type RiskFlag,
  type TimelineEntry,
  type TodayOverview,
} from '@leidraad/shared/domain';
import { StaffRefDto } from '../common/staff-ref.dto';
import { NotBlank } from '../common/validators';
import { NewContactDto } from '../contact/contact.dto';

const CODE_WORD_DESCRIPTION =
  'Chosen by the caller; stored only as a keyed hash (never readable). Case, accents, spaces and punctuation do not matter.';

export class CreateCaseDto {
  @ApiProperty({ enum: CALLER_ROLES })
  @IsIn(CALLER_ROLES)
  callerRole!: CallerRole;

  @ApiProperty({ enum: CASE_CONCERNS })
  @IsIn(CASE_CONCERNS)
  concern!: CaseConcern;

  @ApiPropertyOptional({
    minLength: CODE_WORD_MIN,
    maxLength: CODE_WORD_MAX,
    description: CODE_WORD_DESCRIPTION,
  })
  @IsOptional()
  @IsString()
  @Length(CODE_WORD_MIN, CODE_WORD_MAX)
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
    description:
      'The version this update is based on; a stale one is answered 409',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiPropertyOptional({ enum: CALLER_ROLES })
  @IsOptional()
  @IsIn(CALLER_ROLES)
  callerRole?: CallerRole;

  @ApiPropertyOptional({ enum: CASE_CONCERNS })
  @IsOptional()
  @IsIn(CASE_CONCERNS)
  concern?: CaseConcern;

  @ApiPropertyOptional({
    enum: CASE_STATUSES,
    description: 'Closing, and reopening a closed case, need statusReason',
  })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @IsOptional()
  @FreeText({
    maxLength: SHORT_REASON_MAX,
    required: false,
    description: 'Why the case is closed or reopened; encrypted at rest',
  })
  @NotBlank()
  statusReason?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    minLength: CODE_WORD_MIN,
    maxLength: CODE_WORD_MAX,
    description: `${CODE_WORD_DESCRIPTION} null removes it.`,
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @Length(CODE_WORD_MIN, CODE_WORD_MAX)
  codeWord?: string | null;
}

export class SetRiskFlagDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiProperty({ enum: RISK_FLAGS })
  @IsIn(RISK_FLAGS)
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

export class ListCasesQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CALLER_ROLES })
  @IsOptional()
  @IsIn(CALLER_ROLES)
  callerRole?: CallerRole;

  @ApiPropertyOptional({ enum: CASE_CONCERNS })
  @IsOptional()
  @IsIn(CASE_CONCERNS)
  concern?: CaseConcern;

  @ApiPropertyOptional({
    enum: RISK_FILTERS,
    description: 'Cases with this active risk flag, or with any',
  })
  @IsOptional()
  @IsIn(RISK_FILTERS)
  risk?: (typeof RISK_FILTERS)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Supervisors only (a counsellor lists only their own cases)',
  })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class OpenByCodeQueryDto {
  @IsOptional()
  @FreeText({
    maxLength: SHORT_REASON_MAX,
    required: false,
    description:
      'Required when a counsellor opens a case assigned to a colleague (else 403 with `reasonRequired: true`). Recorded in the audit log; lets the counsellor work on the case for 12 hours.',
  })
  @NotBlank()
  reason?: string;
}

export class CodeWordLookupDto {
  @ApiProperty({
    minLength: CODE_WORD_MIN,
    maxLength: CODE_WORD_MAX,
    description: CODE_WORD_DESCRIPTION,
  })
  @IsString()
  @Length(CODE_WORD_MIN, CODE_WORD_MAX)
  codeWord!: string;

  @ApiProperty({ enum: CALLER_ROLES })
  @IsIn(CALLER_ROLES)
  callerRole!: CallerRole;
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
  @ApiProperty({ format: 'date-time', nullable: true }) lastContactAt!:
    string | null;
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
    ],
  })
  kind!: TimelineEntry['kind'];
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional({
    description:
      'kind=contact: the contact as first finalised, with its corrections',
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
  @ApiProperty({ format: 'date-time', nullable: true }) lastContactAt!:
    string | null;
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

export class CodeWordMatchesDto implements CodeWordMatches {
  @ApiProperty({ type: [String], example: ['K7QF-3M9X-T'] }) codes!: string[];
}

/** The extra members of a 409 on a stale update (documentation only). */
export class CaseConflictDto implements CaseConflict {
  @ApiProperty() currentVersion!: number;
  @ApiProperty({ enum: CASE_CHANGE_FIELDS, isArray: true })
  changedFields!: CaseChangeField[];
}
