import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { STEP_UP_MINUTES } from '@leidraad/shared/domain';

export const STEP_UP_KEY = 'leidraad:step-up';

/**
 * The route needs a session that gave its second factor within the last `STEP_UP_MINUTES`
 * (audit trails, reports). Read by the global session guard of api-auth; lives here so that
 * libraries api-auth depends on (api-audit) can mark their routes too.
 */
export function RequireStepUp(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(STEP_UP_KEY, true),
    ApiForbiddenResponse({
      description: `\`step_up_required\`: give the second factor again (it was more than ${STEP_UP_MINUTES} minutes ago).`,
    }),
  );
}
