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

  it('defaults retention to 24 months for cases and 5 years for audit rows, and alerts to 10 opens an hour', () => {
    const config = loadConfig({ NODE_ENV: 'development' }, secrets);
    expect(config.retention).toEqual({ caseMonths: 24, auditYears: 5, jobEnabled: true });
    expect(config.unusualAccessPerHour).toBe(10);
    expect(loadConfig({ NODE_ENV: 'test' }, secrets).retention.jobEnabled).toBe(false);
    const custom = loadConfig(
      { LEIDRAAD_RETENTION_MONTHS: '36', LEIDRAAD_AUDIT_RETENTION_YEARS: '7', LEIDRAAD_RETENTION_JOB: 'false', LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR: '3' },
      secrets,
    );
    expect(custom.retention).toEqual({ caseMonths: 36, auditYears: 7, jobEnabled: false });
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

  it.each([
    ['PORT', 'abc', 'whole number'],
    ['PORT', '70000', 'between 0 and 65535'],
    ['LEIDRAAD_SESSION_IDLE_MINUTES', '0', 'between 1'],
    ['DATABASE_URL', 'mysql://x', 'postgres://'],
    ['DATABASE_URL', 'not a url', 'not a valid URL'],
    ['LEIDRAAD_SECURE_COOKIES', 'yes', 'true or false'],
    ['LOG_LEVEL', 'loud', 'one of'],
    ['LEIDRAAD_RATE_LIMIT_PER_MINUTE', '10', 'between 60'],
    ['LEIDRAAD_RETENTION_MONTHS', '0', 'between 1'],
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
    const config = loadConfig(
      { LEIDRAAD_DATA_KEYS: `${b.replace('k1:', 'k2:')},${a}` },
      secrets,
    );
    expect([...config.dataKeys.keys()]).toEqual(['k2', 'k1']);
    expect(config.activeDataKeyId).toBe('k2');
  });

  it('refuses a duplicated key id', () => {
    const key = secrets['LEIDRAAD_DATA_KEYS'];
    expect(() => loadConfig({ LEIDRAAD_DATA_KEYS: `${key},${key}` }, secrets)).toThrow(
      'appears twice',
    );
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
