import { loadConfig, requireBackupKey } from './load-config';
import { ConfigError } from './config-error';
import { generateSecrets } from './secrets';

const secrets = generateSecrets();

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults in development', () => {
    const config = loadConfig({}, secrets);
    expect(config.production).toBe(false);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.session).toEqual({ idleMinutes: 15, absoluteHours: 12 });
    expect(config.secureCookies).toBe(false);
    expect(config.activeDataKeyId).toBe('k1');
    expect(config.secret.length).toBe(32);
  });

  it('takes the app role from DATABASE_APP_URL only beside the owner URL, and keys the audit chain with LEIDRAAD_SECRET unless told otherwise', () => {
    const owner = 'postgresql://owner:x@db:5432/leidraad';
    const app = 'postgresql://app:y@db:5432/leidraad';
    expect(loadConfig({ DATABASE_URL: owner, DATABASE_APP_URL: app }, secrets).databaseAppUrl).toBe(app);
    expect(loadConfig({ DATABASE_URL: owner }, secrets).databaseAppUrl).toBeUndefined();
    expect(errorOf(() => loadConfig({ DATABASE_APP_URL: app }, secrets)).message).toBe(
      "Configuration error in DATABASE_APP_URL: needs DATABASE_URL too (the owner's connection, for migrations and role set-up)",
    );
    expect(errorOf(() => loadConfig({ DATABASE_URL: owner, DATABASE_APP_URL: 'mysql://x' }, secrets)).message).toContain('postgres://');
    const plain = loadConfig({}, secrets);
    expect(plain.auditSecret.equals(plain.secret)).toBe(true);
    const audit = Buffer.alloc(32, 5).toString('base64');
    expect(loadConfig({ LEIDRAAD_AUDIT_SECRET: audit }, secrets).auditSecret.toString('base64')).toBe(audit);
    expect(errorOf(() => loadConfig({ LEIDRAAD_AUDIT_SECRET: 'c2hvcnQ=' }, secrets)).message).toContain('at least 32 bytes');
  });

  it('defaults retention to 24 months for cases, 5 years for audit rows and closing after 12 inactive months, and alerts to 10 opens an hour', () => {
    const config = loadConfig({ NODE_ENV: 'development' }, secrets);
    expect(config.retention).toEqual({ caseMonths: 24, auditYears: 5, inactiveCloseMonths: 12, jobEnabled: true });
    expect(config.unusualAccessPerHour).toBe(10);
    expect(loadConfig({ NODE_ENV: 'test' }, secrets).retention.jobEnabled).toBe(false);
    const custom = loadConfig(
      {
        LEIDRAAD_RETENTION_MONTHS: '36',
        LEIDRAAD_AUDIT_RETENTION_YEARS: '7',
        LEIDRAAD_INACTIVE_CLOSE_MONTHS: '6',
        LEIDRAAD_RETENTION_JOB: 'false',
        LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR: '3',
      },
      secrets,
    );
    expect(custom.retention).toEqual({ caseMonths: 36, auditYears: 7, inactiveCloseMonths: 6, jobEnabled: false });
    expect(custom.unusualAccessPerHour).toBe(3);
  });

  it('counts an open case as stalled after 14 days without contact unless configured', () => {
    expect(loadConfig({ NODE_ENV: 'development' }, secrets).stalledAfterDays).toBe(14);
    expect(loadConfig({ LEIDRAAD_STALLED_AFTER_DAYS: '30' }, secrets).stalledAfterDays).toBe(30);
  });

  it('refuses missing secrets in production, naming the variable', () => {
    const error = errorOf(() => loadConfig({ NODE_ENV: 'production' }, secrets));
    expect(error.variable).toBe('LEIDRAAD_DATA_KEYS');
    expect(error.message).toContain('required when NODE_ENV=production');
  });

  it('accepts production with secrets from the environment and secure cookies', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...secrets });
    expect(config.secureCookies).toBe(true);
    expect(config.host).toBe('0.0.0.0');
  });

  it('trusts no proxy by default, and takes a hop count or proxy addresses/CIDRs', () => {
    expect(loadConfig({}, secrets).trustProxy).toBe(false);
    expect(loadConfig({ LEIDRAAD_TRUST_PROXY: 'false' }, secrets).trustProxy).toBe(false);
    expect(loadConfig({ LEIDRAAD_TRUST_PROXY: '1' }, secrets).trustProxy).toBe(1);
    expect(loadConfig({ LEIDRAAD_TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1,loopback' }, secrets).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
      'loopback',
    ]);
  });

  it('refuses LEIDRAAD_TRUST_PROXY=true at start-up, naming the forms that replace it', () => {
    const error = errorOf(() => loadConfig({ LEIDRAAD_TRUST_PROXY: 'true' }, secrets));
    expect(error.variable).toBe('LEIDRAAD_TRUST_PROXY');
    expect(error.message).toMatch(/number of proxies/);
    expect(error.message).toMatch(/CIDRs/);
  });

  it('serves the API docs to anyone in development and only to staff in production, unless configured', () => {
    expect(loadConfig({}, secrets).apiDocs).toBe('public');
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).apiDocs).toBe('staff');
    expect(loadConfig({ NODE_ENV: 'production', LEIDRAAD_API_DOCS: 'public', ...secrets }).apiDocs).toBe('public');
  });

  it.each([
    ['LEIDRAAD_TRUST_PROXY', 'yes', 'proxy addresses/CIDRs'],
    ['LEIDRAAD_TRUST_PROXY', '10.0.0.0/33', 'proxy addresses/CIDRs'],
    ['LEIDRAAD_TRUST_PROXY', '10.0.0.1,proxy.example', 'proxy.example'],
    ['LEIDRAAD_TRUST_PROXY', '50', 'at most 10'],
    ['LEIDRAAD_LOGIN_LOCK_MINUTES', '0', 'between 1'],
    ['LEIDRAAD_API_DOCS', 'everyone', 'one of'],
    ['PORT', 'abc', 'whole number'],
    ['PORT', '70000', 'between 0 and 65535'],
    ['LEIDRAAD_SESSION_IDLE_MINUTES', '0', 'between 1'],
    ['DATABASE_URL', 'mysql://x', 'postgres://'],
    ['DATABASE_URL', 'not a url', 'not a valid URL'],
    ['LEIDRAAD_SECURE_COOKIES', 'yes', 'true or false'],
    ['LOG_LEVEL', 'loud', 'one of'],
    ['LEIDRAAD_RATE_LIMIT_PER_MINUTE', '10', 'between 60'],
    ['LEIDRAAD_RETENTION_MONTHS', '0', 'between 1'],
    ['LEIDRAAD_INACTIVE_CLOSE_MONTHS', '0', 'between 1'],
    ['LEIDRAAD_AUDIT_RETENTION_YEARS', '0', 'between 1'],
    ['LEIDRAAD_RETENTION_JOB', 'daily', 'true or false'],
    ['LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR', 'many', 'whole number'],
    ['LEIDRAAD_STALLED_AFTER_DAYS', '0', 'between 1'],
    ['LEIDRAAD_SECRET', 'c2hvcnQ=', 'at least 32 bytes'],
    ['LEIDRAAD_DATA_KEYS', 'k1:c2hvcnQ=', 'must be 32 bytes'],
    ['LEIDRAAD_DATA_KEYS', 'nokey', 'id:base64key'],
  ])('names %s when it is %p', (variable, value, reason) => {
    const error = errorOf(() => loadConfig({ [variable]: value }, secrets));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(reason);
  });

  it('keeps every data key and makes the first one active', () => {
    const [a, b] = [secrets['LEIDRAAD_DATA_KEYS'], generateSecrets()['LEIDRAAD_DATA_KEYS']];
    const config = loadConfig({ LEIDRAAD_DATA_KEYS: `${b.replace('k1:', 'k2:')},${a}` }, secrets);
    expect([...config.dataKeys.keys()]).toEqual(['k2', 'k1']);
    expect(config.activeDataKeyId).toBe('k2');
  });

  it('refuses a duplicated key id', () => {
    const key = secrets['LEIDRAAD_DATA_KEYS'];
    expect(() => loadConfig({ LEIDRAAD_DATA_KEYS: `${key},${key}` }, secrets)).toThrow('appears twice');
  });

  it('leaves the backup key optional, and names it when a backup needs it', () => {
    const config = loadConfig({}, secrets);
    expect(config.backupKey).toBeUndefined();
    expect(errorOf(() => requireBackupKey(config))).toMatchObject({ variable: 'LEIDRAAD_BACKUP_KEY' });
    const key = Buffer.alloc(32, 7);
    expect(requireBackupKey(loadConfig({ LEIDRAAD_BACKUP_KEY: key.toString('base64') }, secrets))).toEqual(key);
  });

  it('refuses a backup key that is not 32 bytes of base64', () => {
    expect(errorOf(() => loadConfig({ LEIDRAAD_BACKUP_KEY: Buffer.alloc(16).toString('base64') }, secrets)).message).toContain(
      'LEIDRAAD_BACKUP_KEY: must decode to exactly 32 bytes',
    );
    expect(errorOf(() => loadConfig({ LEIDRAAD_BACKUP_KEY: 'not base64!' }, secrets)).variable).toBe('LEIDRAAD_BACKUP_KEY');
  });
});
