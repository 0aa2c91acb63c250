/**
 * Every column that holds FieldCipher ciphertext, by table, with the table's primary key (the
 * rotation walks each table in primary-key order). The ONE list `npm run keys:rotate` works
 * from: keys-rotate.int-spec.ts fails when the database has a bytea column that is neither here
 * nor in `NOT_CIPHERTEXT_COLUMNS`, so a new encrypted column cannot be forgotten.
 */
export interface EncryptedTable {
  table: string;
  primaryKey: readonly string[];
  columns: readonly string[];
  /**
   * An installation-wide table (docs/tenancy.md): no helpline's rows, reached on the app's pool.
   * Every other table holds helpline rows and is reached once in each helpline's scope.
   */
  installationWide?: true;
}

export const ENCRYPTED_COLUMNS: readonly EncryptedTable[] = [
  { table: 'contact', primaryKey: ['id'], columns: ['summary'] },
  {
    table: 'contact_correction',
    primaryKey: ['id'],
    columns: ['reason', 'summary'],
  },
  { table: 'case_handover', primaryKey: ['id'], columns: ['note'] },
  {
    table: 'case_risk_flag',
    primaryKey: ['id'],
    columns: ['reason', 'clear_reason'],
  },
  { table: 'case_status_change', primaryKey: ['id'], columns: ['reason'] },
  {
    table: 'guide_progress',
    primaryKey: ['case_id', 'item_id'],
    columns: ['note'],
  },
  { table: 'appointment', primaryKey: ['id'], columns: ['cancel_reason'] },
  {
    table: 'safety_plan_agreement',
    primaryKey: ['id'],
    columns: ['what', 'how_checked', 'result_note'],
  },
  { table: 'peer_group', primaryKey: ['id'], columns: ['name', 'location'] },
  { table: 'review_remark', primaryKey: ['id'], columns: ['text'] },
  { table: 'case_reassignment', primaryKey: ['id'], columns: ['reason'] },
  { table: 'case_access_reason', primaryKey: ['id'], columns: ['note'] },
  { table: 'staff', primaryKey: ['id'], columns: ['totp_secret', 'totp_pending_secret'], installationWide: true },
];

/** The encrypted tables that hold a helpline's rows. */
export const HELPLINE_ENCRYPTED_COLUMNS: readonly EncryptedTable[] = ENCRYPTED_COLUMNS.filter((table) => !table.installationWide);

/** The encrypted tables that belong to the installation (staff). */
export const INSTALLATION_ENCRYPTED_COLUMNS: readonly EncryptedTable[] = ENCRYPTED_COLUMNS.filter((table) => table.installationWide);

/** bytea columns that are hashes, not ciphertext: nothing to re-encrypt. `table.column`. */
export const NOT_CIPHERTEXT_COLUMNS: readonly string[] = [
  'staff_session.token_hash',
  'login_throttle.address_hash',
  'login_throttle.username_hash',
  'login_unknown_username.username_hash',
  'case_file.code_word_hash',
  'audit_event.previous_hash',
  'audit_event.row_hash',
  'audit_prune_checkpoint.last_pruned_hash',
  'calendar_feed.token_hash',
  'staff_recovery_code.code_hash',
];
