import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { StaffRefDto } from '@leidraad/api/auth';
import { FreeText, NotBlank, OneOf } from '@leidraad/api/core';
import {
  REASSIGN_REASON_MAX,
  RISK_FLAGS,
  type CaseReassignmentView,
  type CaseReviewEntry,
  type CaseReviewState,
  type ReassignCase,
  type RiskFlag,
  type RiskFlagReview,
} from '@leidraad/shared/domain';

export class ReassignCaseDto implements ReassignCase {
  @ApiProperty({ format: 'uuid', description: 'An active counsellor other than the current assignee' })
  @IsUUID()
  toStaffId!: string;

  @ApiProperty({ minimum: 1, description: 'The case version this reassignment is based on' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @FreeText({ maxLength: REASSIGN_REASON_MAX, description: 'Why; checked for identifiers, encrypted at rest' })
  @NotBlank()
  reason!: string;
}

/** `/cases/{id}/risk-flags/{flag}/acknowledge`: both path parameters, validated. */
export class RiskFlagParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @OneOf(RISK_FLAGS)
  flag!: RiskFlag;
}

export class CaseReviewEntryDto implements CaseReviewEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: StaffRefDto }) reviewedBy!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
}

export class RiskFlagReviewDto implements RiskFlagReview {
  @ApiProperty({ enum: RISK_FLAGS }) flag!: RiskFlag;
  @ApiProperty({ type: StaffRefDto }) setBy!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) setAt!: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) acknowledgedBy!: StaffRefDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acknowledgedAt!: string | null;
}

export class CaseReviewStateDto implements CaseReviewState {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) caseCode!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: StaffRefDto }) assignee!: StaffRefDto;
  @ApiProperty({ type: CaseReviewEntryDto, nullable: true }) lastReview!: CaseReviewEntryDto | null;
  @ApiProperty({ type: [CaseReviewEntryDto], description: 'Newest first' }) reviews!: CaseReviewEntryDto[];
  @ApiProperty({ type: [RiskFlagReviewDto], description: 'Active flags, oldest first' }) riskFlags!: RiskFlagReviewDto[];
}

export class CaseReassignmentViewDto implements CaseReassignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) caseCode!: string;
  @ApiProperty({ type: StaffRefDto }) from!: StaffRefDto;
  @ApiProperty({ type: StaffRefDto }) to!: StaffRefDto;
  @ApiProperty({ type: StaffRefDto }) reassignedBy!: StaffRefDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'The case version after the reassignment' }) caseVersion!: number;
}
