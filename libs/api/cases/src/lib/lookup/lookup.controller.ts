import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import type { CaseHeader, CodeWordMatches } from '@leidraad/shared/domain';
import { CaseHeaderDto } from '../case/case.dto';
import { CaseLookupDto, CodeWordLookupDto, CodeWordMatchesDto } from './lookup.dto';
import { LookupService } from './lookup.service';

/** Finding a case for a returning caller: by its code (with a reason for a colleague's), or by code word. Throttled and audited. */
@ApiTags('cases')
@Roles('counsellor', 'supervisor')
@Controller('cases')
export class LookupController {
  constructor(private readonly lookups: LookupService) {}

  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open a case by its exact code (a returning caller); the code goes in the body, never in a URL.',
    description:
      'A counsellor opening a colleague’s case must give `reason` (a category, and a note for `other`; 403 with `reasonRequired: true` otherwise): the category is audited, the note stored encrypted, and the counsellor may work on the case for 12 hours. Throttled per staff member (20 a minute, 429 with `retryAfter`).',
  })
  @ApiOkResponse({ type: CaseHeaderDto })
  @ApiNotFoundResponse({
    description: 'No case has this (well-formed) code; audited as a miss.',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many look-ups this minute.' })
  lookup(@Body() body: CaseLookupDto, @CurrentStaff() staff: RequestStaff): Promise<CaseHeader> {
    return this.lookups.openByCode(staff, body.code, body.reason);
  }

  @Post('code-word-lookups')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A caller forgot their code: at most 5 case codes matching code word and caller role (throttled, audited).',
  })
  @ApiOkResponse({ type: CodeWordMatchesDto })
  byCodeWord(@Body() body: CodeWordLookupDto, @CurrentStaff() staff: RequestStaff): Promise<CodeWordMatches> {
    return this.lookups.byCodeWord(staff, body.codeWord, body.callerRole);
  }
}
