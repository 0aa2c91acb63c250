import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { CONTACT_SUMMARY_MAX, NOTE_MARK_KINDS, type NoteMark, type NoteMarkKind } from '@leidraad/shared/domain';
import { OneOf } from '@leidraad/api/core';

/** One confirmation or dismissal of a finding in the note, as a span of the summary. */
export class NoteMarkDto implements NoteMark {
  @ApiProperty({ minimum: 0, description: 'Start offset in the summary (UTF-16 code units)' })
  @IsInt()
  @Min(0)
  @Max(CONTACT_SUMMARY_MAX)
  start!: number;

  @ApiProperty({ minimum: 1, description: 'End offset (exclusive)' })
  @IsInt()
  @Min(1)
  @Max(CONTACT_SUMMARY_MAX)
  end!: number;

  @OneOf(NOTE_MARK_KINDS, {
    description:
      '`confirmed`: a quasi-identifier that may stay; `dismissed`: not personal data (audited). Each must be a quasi-identifier the API itself finds at exactly this span, also sent in `X-Confirm-Quasi-Identifiers`',
  })
  kind!: NoteMarkKind;
}
