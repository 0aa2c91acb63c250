/** The validated configuration of one Leidraad process. Built once at boot by `loadConfig`. */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** Absent: the app runs an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Folder of the built web app, served at `/` when it exists. */
  webDir: string;
  /** Behind a reverse proxy / load balancer: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Cookies get `Secure` unless the app runs in local development over plain HTTP. */
  secureCookies: boolean;
  session: {
    idleMinutes: number;
    absoluteHours: number;
  };
  login: {
    /** Consecutive failures that lock an account until an admin unlocks it. */
    lockAfterFailures: number;
    /** Failed sign-ins allowed per client address within `addressWindowMinutes`. */
    maxFailuresPerAddress: number;
    addressWindowMinutes: number;
  };
  /** Everyone needs a second factor (TOTP); supervisors and admins always do. */
  twoFactorForAll: boolean;
  /** Requests per minute per client address before 429 (all staff behind one office address share it). */
  rateLimitPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  retention: {
    /** Closed cases are deleted this many months after they were closed. */
    caseMonths: number;
    /** Audit rows older than this many years are pruned (the chain keeps a checkpoint). */
    auditYears: number;
    /** Whether the server runs the daily retention job (off under NODE_ENV=test by default). */
    jobEnabled: boolean;
  };
  /** Cases not assigned to them that one staff member may open within an hour before an alert. */
  unusualAccessPerHour: number;
  /** Days without a contact after which an open case shows as stalled on the supervisor's overview. */
  stalledAfterDays: number;
  /** Sensitive: keyed hashes (caller code words, client addresses). Never logged. */
  secret: Buffer;
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
