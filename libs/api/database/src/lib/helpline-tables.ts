/**
 * Tables that belong to the installation, not to one helpline (docs/tenancy.md): no `helpline_id`,
 * no helpline policy. Every other table holds a helpline's data, carries `helpline_id` and the
 * policy `helpline_only`; the catalogue test (apps/api/src/test/helpline-isolation.int-spec.ts)
 * fails for a table that is in neither group, so a new table must choose.
 */
export const INSTALLATION_TABLES: Readonly<Record<string, string>> = {
  helpline: 'the helplines themselves',
  helpline_member: 'who works in which helpline; a person sees their own memberships',
  staff: 'a person’s account, one for all helplines they work in',
  staff_session: 'a signed-in session; it names the helpline it works in',
  staff_recovery_code: 'a person’s second-factor recovery codes',
  login_throttle: 'sign-in attempts, before any helpline is known',
  login_unknown_username: 'sign-in attempts for names that are no account',
  calendar_feed: 'a person’s calendar link; its appointments are read per helpline',
  case_lookup_throttle: 'a person’s rate of look-ups by code',
  staff_schedule: 'a person’s own working hours',
  working_period: 'a person’s own working hours',
  staff_absence: 'a person’s own absences',
  schema_migration: 'the migrations applied',
  data_upgrade: 'the data upgrades applied',
  audit_policy: 'the installation’s audit retention floor',
  audit_event:
    'one audit chain per helpline, by helpline_id, and one for events of no helpline (helpline_id NULL: sign-ins of unknown names, the command line), which no policy could let the app write; the sealer and the verifier work across chains, and the app reads it only with an explicit helpline filter (docs/tenancy.md, "The audit chains")',
  audit_prune_checkpoint: 'the prune checkpoints of every audit chain, by helpline_id; the app only reads them to verify',
};

/** The policy every helpline table has, as PostgreSQL prints its expression. */
export const HELPLINE_POLICY = {
  name: 'helpline_only',
  expression: '(helpline_id = ( SELECT current_helpline() AS current_helpline))',
} as const;
