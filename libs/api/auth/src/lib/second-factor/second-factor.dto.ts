import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { RecoveryCodes, SecondFactorEnrolment, SecondFactorStatus } from '@leidraad/shared/domain';

export class SecondFactorCodeDto {
  @ApiProperty({
    description: 'Six digits from the authenticator app, or a recovery code (XXXX-XXXX).',
    example: '123456',
  })
  @IsString()
  @Length(6, 12)
  code!: string;
}

export class SecondFactorStatusDto implements SecondFactorStatus {
  @ApiProperty() enabled!: boolean;
  @ApiProperty() required!: boolean;
  @ApiProperty() pending!: boolean;
  @ApiProperty() recoveryCodesLeft!: number;
  @ApiProperty({ format: 'date-time', nullable: true }) verifiedAt!: string | null;
}

export class SecondFactorEnrolmentDto implements SecondFactorEnrolment {
  @ApiProperty({
    description: 'Base32 secret, for typing into the app by hand.',
  })
  secret!: string;
  @ApiProperty() otpauthUri!: string;
  @ApiProperty({ description: 'QR code of otpauthUri as an SVG data URL.' })
  qrCode!: string;
}

export class RecoveryCodesDto implements RecoveryCodes {
  @ApiProperty({ type: [String] }) codes!: string[];
}
