import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { FreeText } from '@leidraad/api/core';
import { HANDOVER_NOTE_MAX, type HandoverView } from '@leidraad/shared/domain';
import { StaffRefDto } from '../common/staff-ref.dto';
import { NotBlank } from '../common/validators';

export class CreateHandoverDto {
  @ApiProperty({
    minimum: 1,
    description: 'The case version this handover is based on',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiProperty({
    format: 'uuid',
    description: 'An active counsellor other than the current assignee',
  })
  @IsUUID()
  toStaffId!: string;

  @FreeText({
    maxLength: HANDOVER_NOTE_MAX,
    description: 'For the colleague; encrypted at rest',
  })
  @NotBlank()
  note!: string;
}

export class HandoverViewDto implements HandoverView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) code!: string;
  @ApiProperty({ type: StaffRefDto }) from!: StaffRefDto;
  @ApiProperty({ type: StaffRefDto }) to!: StaffRefDto;
  @ApiProperty() note!: string;
  @ApiProperty({
    type: [String],
    description: 'Draft contacts that moved to the colleague',
  })
  draftContactIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'The case version after the handover' })
  caseVersion!: number;
}
