import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  DISPLAY_NAME_MAX,
  PASSWORD_MAX_LENGTH,
  ROLES,
  USERNAME_PATTERN,
  type Role,
  type StaffAccount,
  type StaffMember,
} from '@leidraad/shared/domain';
import { OneOf, OptionalOneOf } from '@leidraad/api/core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A colleague as others see them: no username, no role details. */
export class StaffRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class StaffMemberDto implements StaffMember {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiPropertyOptional({ description: 'May create and list every helpline (only in `GET /api/auth/me`)' }) platformAdmin?: boolean;
}

export class StaffAccountDto extends StaffMemberDto implements StaffAccount {
  @ApiProperty() active!: boolean;
  @ApiProperty() locked!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true }) lastSignInAt!: string | null;
  @ApiProperty() secondFactor!: boolean;
}

export class CreateStaffDto {
  @ApiProperty({ example: 'j.devries', pattern: USERNAME_PATTERN.source })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username: 2–63 lower-case letters, digits, dot, dash or underscore' })
  username!: string;

  @ApiProperty({ example: 'Jannie de Vries' })
  @Transform(trim)
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  displayName!: string;

  @OneOf(ROLES)
  role!: Role;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

export class UpdateStaffDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  displayName?: string;

  @OptionalOneOf(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the account and ends its sessions' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SetPasswordDto {
  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH * 4)
  password!: string;
}
