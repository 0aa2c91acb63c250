import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CLOCK_TIME,
  HELPLINE_LANGUAGES,
  HELPLINE_PHONE_PATTERN,
  HELPLINE_WEBSITE_PATTERN,
  HELPLINE_POLICY_BOUNDS,
  ROLES,
  WEEKDAYS,
  type HelplineLanguage,
  type HelplineMembership,
  type HelplinePolicy,
  type HelplinePolicyOverrides,
  type HelplineProfile,
  type HelplineProfileUpdate,
  type Role,
  type Weekday,
  type WorkingPeriod,
} from '@leidraad/shared/domain';
import { OneOf } from '@leidraad/api/core';
import { CASE_CODE_PREFIX } from '@leidraad/shared/case-code';
import { CreateStaffDto } from '../staff/staff.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Trimmed; an empty text is no value (null). */
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

const PHONE_MESSAGE = 'phone: digits, spaces, brackets and dashes, 6–24 characters';
const WEBSITE_MESSAGE = 'website: an https:// address';

const CLOCK_TIME_MESSAGE = '$property must be a clock time HH:mm (00:00–24:00)';

/** One period in which callers can reach the helpline (the same shape as a counsellor's working period). */
export class HelplineWorkingPeriodDto implements WorkingPeriod {
  @OneOf(WEEKDAYS, { description: 'ISO weekday: 1 Monday … 7 Sunday' })
  weekday!: Weekday;

  @ApiProperty({ example: '09:00', description: 'Local time of the helpline' })
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  start!: string;

  @ApiProperty({ example: '17:00', description: 'Local time of the helpline, after start (24:00 allowed)' })
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  end!: string;
}

export class HelplineMembershipDto implements HelplineMembership {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HELPLINE_LANGUAGES }) language!: HelplineLanguage;
  @ApiProperty({ example: 'Europe/London', description: 'IANA time zone: its days and times' }) timeZone!: string;
  @ApiProperty({ description: 'Whether the current session works in this helpline' }) current!: boolean;
  @ApiProperty({ enum: ROLES, nullable: true, description: 'My role in this helpline; null when creating one (its creator is no member)' })
  role!: Role | null;
  @ApiProperty({ type: String, nullable: true, description: 'Shown to callers in the guide and on printed safety plans' }) phone!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Shown to callers in the guide and on printed safety plans' }) website!:
    string | null;
  @ApiProperty({ type: [HelplineWorkingPeriodDto], description: 'When callers can reach it; shown beside phone and website' })
  workingHours!: WorkingPeriod[];
  @ApiProperty({ type: String, nullable: true, example: 'NL', description: 'Shown in front of its case codes: NL-K7QF-3M9X-T' })
  caseCodePrefix!: string | null;
}

export class SwitchHelplineDto {
  @ApiProperty({ format: 'uuid', description: 'One of the helplines of `GET /api/helplines`' })
  @IsUUID('all')
  helplineId!: string;
}

/** The first admin of a new helpline: an account like any other, with the admin role there. */
export class FirstAdminDto extends PickType(CreateStaffDto, ['username', 'displayName', 'password']) {}

export class CreateHelplineDto {
  @ApiProperty({ example: 'Stop it Now Vlaanderen' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name!: string;

  @OneOf(HELPLINE_LANGUAGES)
  language!: HelplineLanguage;

  @ApiPropertyOptional({ example: 'Europe/Brussels', description: 'IANA time zone; default Europe/Amsterdam' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: '0800 266 64 36', description: 'Shown to callers in the guide and on printed safety plans' })
  @IsOptional()
  @Transform(trim)
  @Matches(HELPLINE_PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string;

  @ApiPropertyOptional({ example: 'https://stopitnow.be' })
  @IsOptional()
  @Transform(trim)
  @Matches(HELPLINE_WEBSITE_PATTERN, { message: WEBSITE_MESSAGE })
  @Length(1, 200)
  website?: string;

  @ApiProperty({ type: FirstAdminDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FirstAdminDto)
  admin!: FirstAdminDto;
}

/** A numeric policy setting: optional, null for the installation's default, a whole number within its bounds. */
function BoundedSetting(key: keyof typeof HELPLINE_POLICY_BOUNDS, description: string): PropertyDecorator {
  const { min, max } = HELPLINE_POLICY_BOUNDS[key];
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: min, maximum: max, description }),
    IsOptional(),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** The settings a helpline sets itself; null or absent: the installation's default (the environment's). */
export class HelplinePolicyOverridesDto implements Partial<HelplinePolicyOverrides> {
  @BoundedSetting('retentionMonths', 'Closed cases are deleted this many months after closing')
  retentionMonths?: number | null;

  @BoundedSetting('inactiveCloseMonths', 'Open cases without a contact this long are closed')
  inactiveCloseMonths?: number | null;

  @BoundedSetting('stalledAfterDays', 'Days without a contact after which an open case is stalled')
  stalledAfterDays?: number | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Counsellors too sign in with a second factor' })
  @IsOptional()
  @IsBoolean()
  twoFactorForAll?: boolean | null;

  @BoundedSetting('unusualAccessPerHour', 'Supervisors are alerted when someone reaches more cases not theirs within an hour')
  unusualAccessPerHour?: number | null;
}

class HelplinePolicyDto implements HelplinePolicy {
  @ApiProperty() retentionMonths!: number;
  @ApiProperty() inactiveCloseMonths!: number;
  @ApiProperty() stalledAfterDays!: number;
  @ApiProperty() twoFactorForAll!: boolean;
  @ApiProperty() unusualAccessPerHour!: number;
}

/** `GET /api/helplines/current` (documentation only). */
export class HelplineProfileDto implements HelplineProfile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HELPLINE_LANGUAGES }) language!: HelplineLanguage;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty({ type: [HelplineWorkingPeriodDto] }) workingHours!: WorkingPeriod[];
  @ApiProperty({ type: String, nullable: true }) caseCodePrefix!: string | null;
  @ApiProperty({ description: 'Send it back with a change; another version: 409' }) version!: number;
  @ApiProperty({ type: HelplinePolicyOverridesDto, description: 'The helpline’s own settings; null: the default applies' })
  settings!: HelplinePolicyOverrides;
  @ApiProperty({ type: HelplinePolicyDto, description: 'The installation’s defaults (environment)' }) defaults!: HelplinePolicy;
  @ApiProperty({ type: HelplinePolicyDto, description: 'What is in force' }) effective!: HelplinePolicy;
}

/** `PUT /api/helplines/current`: the whole profile and the helpline’s own settings. */
export class UpdateHelplineDto implements HelplineProfileUpdate {
  @ApiProperty({ minimum: 1, description: 'The version the change is based on; another: 409.' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiProperty({ example: 'Stop it Now Vlaanderen' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name!: string;

  @OneOf(HELPLINE_LANGUAGES)
  language!: HelplineLanguage;

  @ApiProperty({ type: String, nullable: true, example: '0800 266 64 36', description: 'Empty or null: no number is shown' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @Matches(HELPLINE_PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://stopitnow.be', description: 'Empty or null: no website is shown' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(HELPLINE_WEBSITE_PATTERN, { message: WEBSITE_MESSAGE })
  website!: string | null;

  @ApiProperty({ example: 'Europe/Brussels', description: 'IANA time zone' })
  @IsTimeZone()
  timeZone!: string;

  @ApiPropertyOptional({
    type: [HelplineWorkingPeriodDto],
    description:
      'When callers can reach it, per weekday; each period ends after it starts, periods of a day do not overlap. Empty: none shown; absent: unchanged',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => HelplineWorkingPeriodDto)
  workingHours?: HelplineWorkingPeriodDto[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'NL',
    description: '1–3 capital letters shown in front of the helpline’s case codes (NL-K7QF-3M9X-T); empty or null: none; absent: unchanged',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @Matches(CASE_CODE_PREFIX, { message: 'caseCodePrefix: 1–3 capital letters (A–Z), or empty' })
  caseCodePrefix?: string | null;

  @ApiProperty({ type: HelplinePolicyOverridesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => HelplinePolicyOverridesDto)
  settings!: HelplinePolicyOverrides;
}
