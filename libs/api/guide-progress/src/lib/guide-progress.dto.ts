import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { FreeText, OneOf } from '@leidraad/api/core';
import {
  GUIDE_PROGRESS_NOTE_MAX,
  type GuideItemState,
  type GuideProgressChangeView,
  type GuideProgressItemView,
  type GuideProgressView,
  type GuideStepProgressView,
  type GuideStepStatus,
  type StaffRef,
  type UpdateGuideProgress,
} from '@leidraad/shared/domain';
import { ITEM_PROGRESS_STATES } from '@leidraad/shared/guide';

class StaffRefDto implements StaffRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class UpdateGuideProgressDto implements UpdateGuideProgress {
  @OneOf(ITEM_PROGRESS_STATES, {
    description: 'done implies discussed; a guidance item can be discussed but never done (400).',
  })
  state!: GuideItemState;

  @ApiProperty({
    format: 'uuid',
    description: 'The contact it is recorded in: a contact of this case that is your draft, or that you finalised in the last 12 hours.',
  })
  @IsUUID()
  contactId!: string;

  @IsOptional()
  @FreeText({
    maxLength: GUIDE_PROGRESS_NOTE_MAX,
    required: false,
    description: 'Absent: the stored note stays. null or blank: the note is removed. Checked for identifiers; stored encrypted.',
  })
  note?: string | null;
}

export class GuideProgressItemViewDto implements GuideProgressItemView {
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: ITEM_PROGRESS_STATES }) state!: GuideItemState;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  contactId!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  updatedAt!: string | null;
  @ApiProperty({ type: StaffRefDto, nullable: true })
  updatedBy!: StaffRef | null;
}

export class GuideStepProgressViewDto implements GuideStepProgressView {
  @ApiProperty() stepId!: string;
  @ApiProperty({ enum: ['not_started', 'in_progress', 'complete'] })
  status!: GuideStepStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  reachedInContactId!: string | null;
}

export class GuideProgressChangeViewDto implements GuideProgressChangeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: ITEM_PROGRESS_STATES }) fromState!: GuideItemState;
  @ApiProperty({ enum: ITEM_PROGRESS_STATES }) toState!: GuideItemState;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  contactId!: string | null;
  @ApiProperty({ type: StaffRefDto }) changedBy!: StaffRef;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
}

export class GuideProgressViewDto implements GuideProgressView {
  @ApiProperty() guideVersion!: number;
  @ApiProperty({ type: [GuideProgressItemViewDto] })
  items!: GuideProgressItemView[];
  @ApiProperty({ type: [GuideStepProgressViewDto] })
  steps!: GuideStepProgressView[];
  @ApiPropertyOptional({ nullable: true, type: String })
  suggestedStepId!: string | null;
  @ApiProperty() conversationTookPlace!: boolean;
  @ApiProperty({ type: [GuideProgressChangeViewDto] })
  history!: GuideProgressChangeView[];
}
