import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HelplineMembership } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff, Roles } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';
import { CreateHelplineDto, HelplineMembershipDto, SwitchHelplineDto } from './helpline.dto';
import { HelplineService } from './helpline.service';

/**
 * Several helplines in one installation (issue 19). A session works in one helpline at a time:
 * every request's data is that helpline's, enforced by PostgreSQL's row-level security.
 */
@ApiTags('helplines')
@Controller()
export class HelplineController {
  constructor(private readonly helplines: HelplineService) {}

  @AnyStaff()
  @Get('helplines')
  @ApiOperation({ summary: 'The helplines the signed-in staff member works in; `current` marks the one this session works in.' })
  @ApiOkResponse({ type: [HelplineMembershipDto] })
  mine(@CurrentStaff() staff: RequestStaff): Promise<HelplineMembership[]> {
    return this.helplines.mine(staff);
  }

  @AnyStaff()
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

  @Roles('admin')
  @Post('helplines')
  @ApiOperation({
    summary:
      'Platform admins only (other admins: 403, audited): a new helpline and its first admin, in one transaction. The new admin works only in the new helpline; the platform admin does not become a member of it.',
  })
  @ApiCreatedResponse({ type: HelplineMembershipDto, description: 'The new helpline (`current`: false).' })
  create(@CurrentStaff() staff: RequestStaff, @Body() body: CreateHelplineDto): Promise<HelplineMembership> {
    return this.helplines.create(staff, body);
  }
}
