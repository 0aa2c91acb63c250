/** The validated configuration of one Leidraad process. Built once at boot by `loadConfig`. */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** Absent: the app runs an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * The restricted login role requests run as (no DDL, insert-only on the audit trail). Absent:
   * the owner's connection sets one up itself (libs/api/database, app-role.ts).
   */
  databaseAppUrl: string | undefined;
  dataDir: string;
  /** Folder of the built web app, served at `/` when it exists. */
  webDir: string;
  /**
   * Which proxies' X-Forwarded-For to believe, in Fastify's `trustProxy` forms: `false` (none:
   * the client address is the TCP peer), a hop count, or proxy addresses/CIDRs. Never `true`,
   * which would take the left-most entry — the one a client writes itself.
   */
  trustProxy: false | number | string[];
  /** Cookies get `Secure` unless the app runs in local development over plain HTTP. */
  secureCookies: boolean;
  session: {
    idleMinutes: number;
    absoluteHours: number;
  };
  login: {
    /** Consecutive failures (wrong passwords, or wrong second-factor codes, each counted on their own) that lock an account. */
    lockAfterFailures: number;
    /** How long the first lock lasts; each further one lasts twice as long (an admin may unlock sooner). */
    lockMinutes: number;
    /** Failed sign-ins allowed per client address within `addressWindowMinutes`. */
    maxFailuresPerAddress: number;
    addressWindowMinutes: number;
  };
  /** Everyone needs a second factor (TOTP); supervisors and admins always do. */
  twoFactorForAll: boolean;
  /** Requests per minute per client address before 429 (all staff behind one office address share it). */
  rateLimitPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Serve OpenAPI at /api/docs to anyone (development) or only to signed-in staff (production). */
  apiDocs: 'public' | 'staff';
  retention: {
    /** Closed cases are deleted this many months after they were closed. */
    caseMonths: number;
    /** Audit rows older than this many years are pruned (the chain keeps a checkpoint). */
    auditYears: number;
    /** Open cases without a contact for this many months are closed by the retention job. */
    inactiveCloseMonths: number;
    /** Whether the server runs the daily retention job (off under NODE_ENV=test by default). */
    jobEnabled: boolean;
  };
  /** Cases not assigned to them that one staff member may open within an hour before an alert. */
  unusualAccessPerHour: number;
  /** Days without a contact after which an open case shows as stalled on the supervisor's overview. */
  stalledAfterDays: number;
  /** The identifier check of free text, run in worker threads (libs/api/pseudonymisation, scan-pool.ts). */
  scan: {
    /** A scan still running after this long is ended and its request refused (422 not_scanned). */
    budgetMs: number;
    /** Worker threads that scan in parallel. */
    workers: number;
    /** Characters one staff member (or, before sign-in, one client address) may have checked per minute. */
    charsPerMinute: number;
  };
  /** Sensitive: keyed hashes (caller code words, client addresses). Never logged. */
  secret: Buffer;
  /**
   * Sensitive: what the audit chain's HMAC key and the checkpoint key are derived from (HKDF):
   * LEIDRAAD_AUDIT_SECRET when given, else `secret`. The database never holds it.
   */
  auditSecret: Buffer;
  /** Sensitive: data-encryption keys by id; the first is the active one. Never logged. */
  dataKeys: ReadonlyMap<string, Buffer>;
  activeDataKeyId: string;
  /**
   * Sensitive: the AES-256 key (32 bytes) of `npm run backup` / `restore`. Optional: only those
   * commands need it (`requireBackupKey`). Never logged, never generated next to the data.
   */
  backupKey: Buffer | undefined;
}

/** Names of the configuration variables that hold secrets. */
export const SECRET_VARIABLES = ['LEIDRAAD_SECRET', 'LEIDRAAD_DATA_KEYS'] as const;
export type SecretVariable = (typeof SECRET_VARIABLES)[number];
