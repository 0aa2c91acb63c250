import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { HELPLINE_LANGUAGES, type HelplineLanguage, type PlatformHelpline } from '@leidraad/shared/domain';
import { CurrentStaff, Roles } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';
import { PlatformHelplinesService } from './platform-helplines.service';

export class PlatformHelplineDto implements PlatformHelpline {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HELPLINE_LANGUAGES }) language!: HelplineLanguage;
  @ApiPropertyOptional({ nullable: true, type: String }) phone!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) website!: string | null;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Active staff accounts that are members' }) members!: number;
  @ApiProperty({ description: 'Of them, admins there' }) admins!: number;
}

/** The platform admin's view of the installation (issue 19): helplines, never their cases. */
@ApiTags('helplines')
@Controller('platform')
export class PlatformController {
  constructor(private readonly helplines: PlatformHelplinesService) {}

  @Roles('admin')
  @Get('helplines')
  @ApiOperation({
    summary:
      'Platform admins only (other admins: 403, audited): every helpline of the installation, with its profile and how many active staff and admins it has — nothing of its cases.',
  })
  @ApiOkResponse({ type: [PlatformHelplineDto] })
  list(@CurrentStaff() staff: RequestStaff): Promise<PlatformHelpline[]> {
    return this.helplines.list(staff);
  }
}
