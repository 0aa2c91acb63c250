import { ApiProperty } from '@nestjs/swagger';
import type { StaffRef } from '@leidraad/shared/domain';

export class StaffRefDto implements StaffRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}
