import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { parseBackupKey, parseDataKeys, parseSecret } from './secrets';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Validates the environment into an `AppConfig`. Throws `ConfigError` naming the first bad
 * variable. `generatedSecrets` fills in secrets that development mode keeps in its data folder.
 */
export function loadConfig(env: Env, generatedSecrets: Env = {}): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const dataDir = resolve(env['LEIDRAAD_DATA_DIR'] || '.data');
  const secretSource = (name: string): string | undefined => {
    const value = env[name] || (production ? undefined : generatedSecrets[name]);
    if (!value) {
      throw new ConfigError(name, production ? 'is required when NODE_ENV=production' : 'is missing and no generated value was found');
    }
    return value;
  };
  const dataKeyList = secretSource('LEIDRAAD_DATA_KEYS') as string;
  const dataKeys = parseDataKeys('LEIDRAAD_DATA_KEYS', dataKeyList);
  const databaseUrl = optionalUrl(env, 'DATABASE_URL');
  const databaseAppUrl = optionalUrl(env, 'DATABASE_APP_URL');
  if (databaseAppUrl && !databaseUrl) {
    throw new ConfigError('DATABASE_APP_URL', "needs DATABASE_URL too (the owner's connection, for migrations and role set-up)");
  }
  const secret = parseSecret('LEIDRAAD_SECRET', secretSource('LEIDRAAD_SECRET') as string);
  const secureDefault = production;

  return {
    production,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    databaseAppUrl,
    dataDir,
    webDir: resolve(env['LEIDRAAD_WEB_DIR'] || 'dist/apps/web/browser'),
    trustProxy: trustProxy(env, 'LEIDRAAD_TRUST_PROXY'),
    secureCookies: boolean(env, 'LEIDRAAD_SECURE_COOKIES', secureDefault),
    session: {
      idleMinutes: integer(env, 'LEIDRAAD_SESSION_IDLE_MINUTES', 15, 1, 24 * 60),
      absoluteHours: integer(env, 'LEIDRAAD_SESSION_ABSOLUTE_HOURS', 12, 1, 7 * 24),
    },
    login: {
      lockAfterFailures: integer(env, 'LEIDRAAD_LOGIN_LOCK_AFTER', 10, 3, 100),
      lockMinutes: integer(env, 'LEIDRAAD_LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
      maxFailuresPerAddress: integer(env, 'LEIDRAAD_LOGIN_MAX_PER_ADDRESS', 30, 3, 10_000),
      addressWindowMinutes: integer(env, 'LEIDRAAD_LOGIN_ADDRESS_WINDOW_MINUTES', 15, 1, 24 * 60),
    },
    twoFactorForAll: boolean(env, 'LEIDRAAD_TWO_FACTOR_FOR_ALL', false),
    rateLimitPerMinute: integer(env, 'LEIDRAAD_RATE_LIMIT_PER_MINUTE', 6000, 60, 1_000_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'silent'], 'info'),
    apiDocs: oneOf(env, 'LEIDRAAD_API_DOCS', ['public', 'staff'], production ? 'staff' : 'public'),
    retention: {
      caseMonths: integer(env, 'LEIDRAAD_RETENTION_MONTHS', 24, 1, 1200),
      auditYears: integer(env, 'LEIDRAAD_AUDIT_RETENTION_YEARS', 5, 1, 100),
      inactiveCloseMonths: integer(env, 'LEIDRAAD_INACTIVE_CLOSE_MONTHS', 12, 1, 1200),
      jobEnabled: boolean(env, 'LEIDRAAD_RETENTION_JOB', env['NODE_ENV'] !== 'test'),
    },
    unusualAccessPerHour: integer(env, 'LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR', 10, 1, 10_000),
    stalledAfterDays: integer(env, 'LEIDRAAD_STALLED_AFTER_DAYS', 14, 1, 365),
    scan: {
      budgetMs: integer(env, 'LEIDRAAD_SCAN_BUDGET_MS', 2000, 1, 60_000),
      workers: integer(env, 'LEIDRAAD_SCAN_WORKERS', 2, 1, 32),
      charsPerMinute: integer(env, 'LEIDRAAD_SCAN_CHARS_PER_MINUTE', 3_000_000, 20_000, 1_000_000_000),
    },
    secret,
    auditSecret: env['LEIDRAAD_AUDIT_SECRET'] ? parseSecret('LEIDRAAD_AUDIT_SECRET', env['LEIDRAAD_AUDIT_SECRET']) : secret,
    dataKeys: dataKeys.keys,
    activeDataKeyId: dataKeys.activeId,
    backupKey: env['LEIDRAAD_BACKUP_KEY'] ? parseBackupKey('LEIDRAAD_BACKUP_KEY', env['LEIDRAAD_BACKUP_KEY']) : undefined,
  };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/**
 * Fastify's `trustProxy` forms, minus `true`: that believes the left-most X-Forwarded-For entry,
 * which any client can write, so every throttle keyed by address could be walked around.
 */
function trustProxy(env: Env, name: string): false | number | string[] {
  const raw = (env[name] ?? '').trim();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError(name, `must be at most 10 proxy hops, got ${hops}`);
    return hops;
  }
  if (raw === 'true') {
    throw new ConfigError(
      name,
      'no longer takes "true" (it believed the client-written left-most X-Forwarded-For entry): give the number of ' +
        'proxies in front of the app (e.g. 1), or their addresses/CIDRs comma-separated (e.g. 10.0.0.0/8,192.168.1.5, or loopback)',
    );
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isAddressOrCidr(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      name,
      `must be false, a number of proxy hops, or proxy addresses/CIDRs separated by commas; "${bad}" is none of these`,
    );
  }
  return entries;
}

/** proxy-addr's names for address ranges, which Fastify accepts beside addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address ?? '');
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function optionalUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, 'must start with postgres:// or postgresql://');
  }
  return raw;
}

/** The backup key, or a ConfigError saying where it comes from (the commands that need it call this). */
export function requireBackupKey(config: Pick<AppConfig, 'backupKey'>): Buffer {
  if (!config.backupKey) {
    throw new ConfigError(
      'LEIDRAAD_BACKUP_KEY',
      'is required for backup and restore: 32 random bytes, base64 (keep it apart from the backups)',
    );
  }
  return config.backupKey;
}
