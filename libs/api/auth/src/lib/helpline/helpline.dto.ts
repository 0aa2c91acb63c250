import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, IsTimeZone, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { HELPLINE_LANGUAGES, ROLES, type HelplineLanguage, type HelplineMembership, type Role } from '@leidraad/shared/domain';
import { OneOf } from '@leidraad/api/core';
import { CreateStaffDto } from '../staff/staff.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class HelplineMembershipDto implements HelplineMembership {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HELPLINE_LANGUAGES }) language!: HelplineLanguage;
  @ApiProperty({ description: 'Whether the current session works in this helpline' }) current!: boolean;
  @ApiProperty({ enum: ROLES, nullable: true, description: 'My role in this helpline; null when creating one (its creator is no member)' })
  role!: Role | null;
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
  @Matches(/^\+?[0-9 ()-]{6,24}$/, { message: 'phone: digits, spaces, brackets and dashes, 6–24 characters' })
  phone?: string;

  @ApiPropertyOptional({ example: 'https://stopitnow.be' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/i, { message: 'website: an https:// address' })
  @Length(1, 200)
  website?: string;

  @ApiProperty({ type: FirstAdminDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FirstAdminDto)
  admin!: FirstAdminDto;
}
