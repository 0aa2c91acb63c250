import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { AnyStaff, CurrentStaff, type RequestStaff } from '@leidraad/api/auth';
import { FREE_TEXT_MAX } from '@leidraad/api/core';
import type { PiiCategory, PiiLevel } from '@leidraad/shared/pseudonymisation';
import { ScanPool } from './scan-pool';

export class ScanRequestDto {
  /** Deliberately not `@FreeText()`: this route exists to look at text before it is saved. */
  @ApiProperty({ maxLength: FREE_TEXT_MAX })
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  text!: string;
}

interface ScanFinding {
  start: number;
  end: number;
  category: PiiCategory;
  level: PiiLevel;
}

@ApiTags('pseudonymisation')
@Controller('pseudonymisation')
export class ScanController {
  constructor(private readonly scanner: ScanPool) {}

  /** Exactly the check the API enforces, so the web and integrations see what would be refused. */
  @AnyStaff()
  @Post('scan')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Findings with UTF-16 offsets, category and level (direct / quasi)' })
  async scan(@Body() body: ScanRequestDto, @CurrentStaff() staff: RequestStaff): Promise<{ findings: ScanFinding[] }> {
    return {
      findings: (await this.scanner.scan(body.text, staff.id)).map(({ start, end, category, level }) => ({ start, end, category, level })),
    };
  }
}
