import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import type { AutoClosedCase } from '@leidraad/shared/domain';
import { AutoClosedService } from './auto-closed.service';

class AutoClosedAssigneeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

class AutoClosedCaseDto implements AutoClosedCase {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) code!: string;
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastContactAt!: string | null;
  @ApiProperty({ type: AutoClosedAssigneeDto }) assignee!: AutoClosedAssigneeDto;
}

@ApiTags('supervision')
@Controller('supervision/auto-closed')
@Roles('supervisor')
export class AutoClosedController {
  constructor(private readonly autoClosed: AutoClosedService) {}

  @Get()
  @ApiOperation({
    summary: 'Cases the retention job closed for inactivity in the last 30 days (still closed), newest first',
    description: 'Audited as `supervision.auto_closed`. Closing needs no contact for LEIDRAAD_INACTIVE_CLOSE_MONTHS.',
  })
  @ApiOkResponse({ type: [AutoClosedCaseDto] })
  list(@CurrentStaff() staff: RequestStaff): Promise<AutoClosedCase[]> {
    return this.autoClosed.list(staff);
  }
}
