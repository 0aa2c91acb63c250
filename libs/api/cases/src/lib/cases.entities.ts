import { CaseAccessGrantEntity } from './access/case-access-grant.entity';
import { CaseFileEntity } from './case/case-file.entity';
import { CaseRevisionEntity } from './case/case-revision.entity';
import { CaseRiskFlagEntity } from './case/case-risk-flag.entity';
import { CaseStatusChangeEntity } from './case/case-status-change.entity';
import { ContactCorrectionEntity } from './contact/contact-correction.entity';
import { ContactEntity } from './contact/contact.entity';
import { CaseHandoverEntity } from './handover/case-handover.entity';
import { CaseLookupThrottleEntity } from './lookup/case-lookup-throttle.entity';

export const CASES_ENTITIES = [
  CaseFileEntity,
  CaseRevisionEntity,
  CaseStatusChangeEntity,
  CaseRiskFlagEntity,
  CaseAccessGrantEntity,
  CaseLookupThrottleEntity,
  ContactEntity,
  ContactCorrectionEntity,
  CaseHandoverEntity,
];
