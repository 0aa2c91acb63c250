import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { uuidParam } from '@leidraad/api/core';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffAccount } from '@leidraad/shared/domain';
import { CurrentStaff, Roles } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';
import { CreateStaffDto, SetPasswordDto, StaffAccountDto, UpdateStaffDto } from './staff.dto';
import { StaffService } from './staff.service';
import { SecondFactorService } from '../second-factor/second-factor.service';

@ApiTags('staff')
@Roles('admin')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly factors: SecondFactorService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [StaffAccountDto] })
  list(@CurrentStaff() actor: RequestStaff): Promise<StaffAccount[]> {
    return this.staff.list(actor.helplineId);
  }

  @Post()
  @ApiCreatedResponse({ type: StaffAccountDto })
  create(@Body() body: CreateStaffDto, @CurrentStaff() actor: RequestStaff): Promise<StaffAccount> {
    return this.staff.create(body, actor.id, { helplineId: actor.helplineId });
  }

  @Patch(':id')
  @ApiOkResponse({ type: StaffAccountDto })
  update(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateStaffDto,
    @CurrentStaff() actor: RequestStaff,
  ): Promise<StaffAccount> {
    return this.staff.update(id, body, actor.id, actor.helplineId);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffAccountDto })
  unlock(@Param('id', uuidParam('id')) id: string, @CurrentStaff() actor: RequestStaff): Promise<StaffAccount> {
    return this.staff.unlock(id, actor.id, actor.helplineId);
  }

  @Post(':id/second-factor/reset')
  @HttpCode(204)
  resetSecondFactor(@Param('id', uuidParam('id')) id: string, @CurrentStaff() actor: RequestStaff): Promise<void> {
    return this.factors.reset(id, actor.id, actor.helplineId);
  }

  @Post(':id/password')
  @HttpCode(204)
  setPassword(@Param('id', uuidParam('id')) id: string, @Body() body: SetPasswordDto, @CurrentStaff() actor: RequestStaff): Promise<void> {
    return this.staff.setPassword(id, body.password, actor.id, actor.helplineId);
  }
}
