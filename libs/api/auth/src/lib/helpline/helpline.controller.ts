import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { HelplineMembership } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';
import { HelplineService } from './helpline.service';

export class HelplineMembershipDto implements HelplineMembership {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['nl', 'nl-BE', 'en'] }) language!: 'nl' | 'nl-BE' | 'en';
  @ApiProperty({ description: 'Whether the current session works in this helpline' }) current!: boolean;
}

export class SwitchHelplineDto {
  @ApiProperty({ format: 'uuid', description: 'One of the helplines of `GET /api/helplines`' })
  @IsUUID('all')
  helplineId!: string;
}

/**
 * Several helplines in one installation (issue 19). A session works in one helpline at a time:
 * every request's data is that helpline's, enforced by PostgreSQL's row-level security.
 */
@ApiTags('helplines')
@AnyStaff()
@Controller()
export class HelplineController {
  constructor(private readonly helplines: HelplineService) {}

  @Get('helplines')
  @ApiOperation({ summary: 'The helplines the signed-in staff member works in; `current` marks the one this session works in.' })
  @ApiOkResponse({ type: [HelplineMembershipDto] })
  mine(@CurrentStaff() staff: RequestStaff): Promise<HelplineMembership[]> {
    return this.helplines.mine(staff);
  }

  @Put('auth/session/helpline')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Switch the session to another of my helplines (audited). Every later request works in it. A helpline I am not a member of answers 404, like an unknown one.',
  })
  @ApiOkResponse({ type: [HelplineMembershipDto] })
  switchTo(@CurrentStaff() staff: RequestStaff, @Body() body: SwitchHelplineDto): Promise<HelplineMembership[]> {
    return this.helplines.switchTo(staff, body.helplineId);
  }
}
