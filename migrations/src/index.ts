import { StaffAndSessions1764165600000 } from './1764165600000-staff-and-sessions';
import { CasesAndContacts1764241200000 } from './1764241200000-cases-and-contacts';
import { AuditChain1764300000000 } from './1764300000000-audit-chain';
import { GuideProgress1764320000000 } from './1764320000000-guide-progress';
import { RetentionAndAlerts1764400000000 } from './1764400000000-retention-and-alerts';
import { Appointments1764410000000 } from './1764410000000-appointments';
import { SafetyPlans1764420000000 } from './1764420000000-safety-plans';
import { PeerGroups1764430000000 } from './1764430000000-peer-groups';
import { SupervisionSummaries1764450000000 } from './1764450000000-supervision-summaries';
import { CaseReview1764460000000 } from './1764460000000-case-review';
import { TwoFactor1764470000000 } from './1764470000000-two-factor';
import { AuditKeyedChain1764480000000 } from './1764480000000-audit-keyed-chain';
import { DataUpgrade1764481000000 } from './1764481000000-data-upgrade';
import { SignInHardening1764490000000 } from './1764490000000-sign-in-hardening';
import { CaseAccess1764500000000 } from './1764500000000-case-access';
import { UnfinishedContacts1764535000000 } from './1764535000000-unfinished-contacts';
import { ContactNoteMarks1764530000000 } from './1764530000000-contact-note-marks';
import { Helplines1764540000000 } from './1764540000000-helplines';
import { HelplineRowSecurity1764541000000 } from './1764541000000-helpline-row-security';
import { HelplineMemberRole1764542000000 } from './1764542000000-helpline-member-role';
import { HelplineSettings1764543000000 } from './1764543000000-helpline-settings';
import { AuditChainPerHelpline1764544000000 } from './1764544000000-audit-chain-per-helpline';
import { HelplineTimeZone1764547000000 } from './1764547000000-helpline-time-zone';
import { HelplineMemberActive1764549000000 } from './1764549000000-helpline-member-active';
import { HelplineFirstIndexes1764549500000 } from './1764549500000-helpline-first-indexes';
import { HelplineUnusualAccess1764550200000 } from './1764550200000-helpline-unusual-access';

/** Every migration, in order. Listed as classes because the API is bundled (no globs). */
export const MIGRATIONS = [
  StaffAndSessions1764165600000,
  CasesAndContacts1764241200000,
  AuditChain1764300000000,
  GuideProgress1764320000000,
  RetentionAndAlerts1764400000000,
  Appointments1764410000000,
  SafetyPlans1764420000000,
  PeerGroups1764430000000,
  SupervisionSummaries1764450000000,
  CaseReview1764460000000,
  TwoFactor1764470000000,
  AuditKeyedChain1764480000000,
  DataUpgrade1764481000000,
  SignInHardening1764490000000,
  CaseAccess1764500000000,
  UnfinishedContacts1764535000000,
  ContactNoteMarks1764530000000,
  Helplines1764540000000,
  HelplineRowSecurity1764541000000,
  HelplineMemberRole1764542000000,
  HelplineSettings1764543000000,
  AuditChainPerHelpline1764544000000,
  HelplineTimeZone1764547000000,
  HelplineMemberActive1764549000000,
  HelplineFirstIndexes1764549500000,
  HelplineUnusualAccess1764550200000,
];
