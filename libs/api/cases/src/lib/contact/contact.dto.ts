import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { FreeText, IsDateTimeWithOffset, NotBlank, OptionalOneOf } from '@leidraad/api/core';
import { Below, NotBefore } from '../common/validators';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  CONTACT_STATUSES,
  CONTACT_SUMMARY_MAX,
  NOTE_MARKS_MAX,
  REFERRALS,
  SHORT_REASON_MAX,
  type ContactChannel,
  type ContactCorrectionView,
  type ContactFields,
  type ContactOutcome,
  type ContactStatus,
  type ContactView,
  type DraftSaved,
  type Referral,
} from '@leidraad/shared/domain';
import { StaffRefDto } from '../common/staff-ref.dto';
import { NoteMarkDto } from './note-marks.dto';

const DATE_TIME_EXAMPLE = '2026-03-02T14:05:00+01:00';

/** The recorded fields of a contact. In a draft any of them may be missing (absent or null). */
export class ContactFieldsDto {
  @OptionalOneOf(CONTACT_CHANNELS, { nullable: true })
  channel?: ContactChannel | null;

  @ApiPropertyOptional({
    format: 'date-time',
    example: DATE_TIME_EXAMPLE,
    nullable: true,
    description: 'ISO 8601 with offset',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  startedAt?: string | null;

  @ApiPropertyOptional({
    format: 'date-time',
    example: DATE_TIME_EXAMPLE,
    nullable: true,
    description: 'Not before startedAt',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  @NotBefore('startedAt')
  endedAt?: string | null;

  @IsOptional()
  @FreeText({
    maxLength: CONTACT_SUMMARY_MAX,
    required: false,
    description: 'Summary note; encrypted at rest',
  })
  summary?: string | null;

  @OptionalOneOf(CONTACT_OUTCOMES, { nullable: true })
  outcome?: ContactOutcome | null;

  @ApiPropertyOptional({
    enum: REFERRALS,
    isArray: true,
    description: 'From the managed list; each at most once',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(REFERRALS.length)
  @IsIn(REFERRALS, { each: true })
  referrals?: Referral[] | null;
}

/** A new contact: a draft, started now unless `startedAt` says otherwise. */
export class NewContactDto extends ContactFieldsDto {}

/** An autosave of a draft: the whole draft as it is now. */
export class SaveDraftDto extends ContactFieldsDto {
  @ApiProperty({
    minimum: 1,
    description:
      'Save counter kept by the client: higher than the last save (or equal, when retrying it). An older save never overwrites a newer one (409).',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  revision!: number;

  @ApiPropertyOptional({
    minimum: 0,
    description:
      'The revision this client started from (the one it loaded or last saved). When the stored draft has another revision that this `writer` did not save, the save is refused with 409 and the stored version (`current`): nothing is overwritten. Without it, only an older `revision` is refused.',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(2_147_483_646)
  @Below('revision')
  baseRevision?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A random id of this client (a browser tab), required with `baseRevision`: its own earlier saves are not conflicts.',
  })
  @ValidateIf((object: SaveDraftDto, value) => value !== undefined || object.baseRevision !== undefined)
  @IsUUID()
  writer?: string;

  @ApiPropertyOptional({
    type: [NoteMarkDto],
    description: "The counsellor's confirmations and dismissals of findings in the summary, kept with the draft",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTE_MARKS_MAX)
  @ValidateNested({ each: true })
  @Type(() => NoteMarkDto)
  noteMarks?: NoteMarkDto[];
}

/** A correction of a final contact: the reason, and only the fields that change. */
export class CorrectContactDto {
  @FreeText({
    maxLength: SHORT_REASON_MAX,
    description: 'Why the contact is corrected; encrypted at rest',
  })
  @NotBlank()
  reason!: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @ApiPropertyOptional({ format: 'date-time', example: DATE_TIME_EXAMPLE })
  @ValidateIf((_, value) => value !== undefined)
  @IsDateTimeWithOffset()
  startedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', example: DATE_TIME_EXAMPLE })
  @ValidateIf((_, value) => value !== undefined)
  @IsDateTimeWithOffset()
  @NotBefore('startedAt')
  endedAt?: string;

  @ValidateIf((_, value) => value !== undefined)
  @FreeText({
    maxLength: CONTACT_SUMMARY_MAX,
    required: false,
    description: 'The corrected summary note',
  })
  @NotBlank()
  summary?: string;

  @ApiPropertyOptional({ enum: CONTACT_OUTCOMES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(CONTACT_OUTCOMES)
  outcome?: ContactOutcome;

  @ApiPropertyOptional({ enum: REFERRALS, isArray: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(REFERRALS.length)
  @IsIn(REFERRALS, { each: true })
  referrals?: Referral[];
}

export class ContactCorrectionViewDto implements ContactCorrectionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contactId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'Only the corrected fields' })
  changes!: Partial<ContactFields>;
  @ApiProperty({ type: StaffRefDto }) correctedBy!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ContactViewDto implements ContactView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: CONTACT_STATUSES }) status!: ContactStatus;
  @ApiProperty({ enum: CONTACT_CHANNELS, nullable: true })
  channel!: ContactChannel | null;
  @ApiProperty({ format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) endedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ enum: CONTACT_OUTCOMES, nullable: true })
  outcome!: ContactOutcome | null;
  @ApiProperty({ enum: REFERRALS, isArray: true }) referrals!: Referral[];
  @ApiProperty() revision!: number;
  @ApiProperty({ type: StaffRefDto }) counsellor!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true }) finalisedAt!: string | null;
  @ApiProperty({ type: StaffRefDto, nullable: true })
  finalisedBy!: StaffRefDto | null;
  @ApiProperty({
    type: [ContactCorrectionViewDto],
    description: 'The fields above stay as first finalised',
  })
  corrections!: ContactCorrectionViewDto[];
  @ApiProperty({ type: [NoteMarkDto], description: "The counsellor's confirmations and dismissals of findings in the note" })
  noteMarks!: NoteMarkDto[];
}

export class DraftSavedDto implements DraftSaved {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
