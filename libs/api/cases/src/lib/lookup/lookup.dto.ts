import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { FreeText, NotBlank, OneOf } from '@leidraad/api/core';
import {
  ACCESS_REASON_CATEGORIES,
  ACCESS_REASON_NOTE_MAX,
  CALLER_ROLES,
  CODE_WORD_MAX,
  type AccessReason,
  type AccessReasonCategory,
  type CallerRole,
  type CaseLookupRequest,
  type CodeWordMatches,
} from '@leidraad/shared/domain';
import { CODE_WORD_DESCRIPTION } from '../case/case.dto';
import { LongEnoughCodeWord } from '../common/validators';

/** Why a counsellor opens a colleague's case: a category, and a note for `other`. */
export class AccessReasonDto implements AccessReason {
  @OneOf(ACCESS_REASON_CATEGORIES, { description: 'Written to the audit trail.' })
  category!: AccessReasonCategory;

  // Required for `other`; checked for identifiers and stored encrypted, never in the audit trail.
  @ValidateIf((reason: AccessReasonDto) => reason.category === 'other' || reason.note !== undefined)
  @FreeText({
    maxLength: ACCESS_REASON_NOTE_MAX,
    required: false,
    description: 'Optional; required when `category` is `other`. Checked for identifiers, stored encrypted.',
  })
  @NotBlank()
  note?: string;
}

export class CaseLookupDto implements CaseLookupRequest {
  @ApiProperty({
    example: 'K7QF-3M9X-T',
    description:
      "Any spelling: lower case, dashes, spaces and O for 0 are accepted, with or without the helpline's prefix (NL-K7QF-3M9X-T); a code with another prefix: 404, as an unknown code.",
  })
  @IsString()
  @MaxLength(32)
  code!: string;

  @ApiPropertyOptional({
    type: AccessReasonDto,
    description:
      'Required when a counsellor opens a case assigned to a colleague (else 403 with `reasonRequired: true`); lets them work on the case for 12 hours.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccessReasonDto)
  reason?: AccessReasonDto;
}

export class CodeWordLookupDto {
  @FreeText({ maxLength: CODE_WORD_MAX, description: CODE_WORD_DESCRIPTION })
  @LongEnoughCodeWord()
  codeWord!: string;

  @OneOf(CALLER_ROLES)
  callerRole!: CallerRole;
}

export class CodeWordMatchesDto implements CodeWordMatches {
  @ApiProperty({ type: [String], example: ['K7QF-3M9X-T'] }) codes!: string[];
}
