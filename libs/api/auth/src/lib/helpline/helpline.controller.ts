import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HelplineMembership, HelplineProfile } from '@leidraad/shared/domain';
import { AnyStaff, CurrentStaff, Roles } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';
import { CreateHelplineDto, HelplineMembershipDto, HelplineProfileDto, SwitchHelplineDto, UpdateHelplineDto } from './helpline.dto';
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

  @Roles('admin')
  @Get('helplines/current')
  @ApiOperation({
    summary: 'The profile and settings of the helpline this session works in, with the installation defaults and what is in force.',
  })
  @ApiOkResponse({ type: HelplineProfileDto })
  current(@CurrentStaff() staff: RequestStaff): Promise<HelplineProfile> {
    return this.helplines.current(staff);
  }

  @Roles('admin')
  @Put('helplines/current')
  @ApiOperation({
    summary:
      'Change the profile and settings of the helpline this session works in — never another (audited). A setting left null uses the installation default; a stale `version` answers 409.',
  })
  @ApiOkResponse({ type: HelplineProfileDto })
  update(@CurrentStaff() staff: RequestStaff, @Body() body: UpdateHelplineDto): Promise<HelplineProfile> {
    return this.helplines.update(staff, body);
  }
}
