import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles } from '../decorators/auth.decorators';
import type { RequestStaff } from '../session/request-staff';
import { StaffRefDto } from './staff.dto';
import { StaffService } from './staff.service';

/** Active counsellors by name, for handing a case over or planning for a colleague. */
@ApiTags('staff')
@Roles('counsellor', 'supervisor')
@Controller('colleagues')
export class ColleaguesController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOkResponse({ type: [StaffRefDto] })
  list(@CurrentStaff() staff: RequestStaff): Promise<StaffRefDto[]> {
    return this.staff.activeCounsellors(staff.helplineId);
  }
}
