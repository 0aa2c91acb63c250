import { ApiProperty } from '@nestjs/swagger';
import { StaffRefDto } from '@leidraad/api/auth';
import { FreeText, NotBlank } from '@leidraad/api/core';
import { REVIEW_REMARK_MAX, type ReviewRemarkView } from '@leidraad/shared/domain';

export class CreateRemarkDto {
  @FreeText({
    maxLength: REVIEW_REMARK_MAX,
    description: 'For the assigned counsellor; checked for identifiers, encrypted at rest',
  })
  @NotBlank()
  text!: string;
}

export class ReviewRemarkViewDto implements ReviewRemarkView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) caseCode!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: StaffRefDto }) author!: StaffRefDto;
  @ApiProperty({ type: StaffRefDto, description: 'The counsellor assigned when the remark was written' })
  addressedTo!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acknowledgedAt!: string | null;
}
