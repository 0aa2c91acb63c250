// The app's own TypeScript, loaded through ts-node so the seed uses exactly what the API uses:
// configuration (environment, `.env`, development secrets), FieldCipher, the password hasher,
// the case-code generator, the identifier detector and the migrations. No build needed.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
let registered = false;

function load(path) {
  if (!registered) {
    require('ts-node').register({
      transpileOnly: true,
      project: join(ROOT, 'tsconfig.base.json'),
      compilerOptions: { module: 'commonjs', target: 'es2022' },
    });
    require('tsconfig-paths').register({
      baseUrl: ROOT,
      paths: require(join(ROOT, 'tsconfig.base.json')).compilerOptions.paths,
    });
    registered = true;
  }
  return require(join(ROOT, path));
}

/** The app's configuration, read as `prepareRuntime` (apps/api/src/app/runtime.ts) reads it. */
export function appConfig(env = process.env) {
  const { readEnvFile, developmentSecrets } = load('libs/api/core/src/lib/config/env-file.ts');
  const { loadConfig } = load('libs/api/core/src/lib/config/load-config.ts');
  const merged = { ...readEnvFile(join(process.cwd(), '.env')), ...env };
  const dataDir = merged['LEIDRAAD_DATA_DIR'] || '.data';
  const generated = merged['NODE_ENV'] === 'production' ? {} : developmentSecrets(dataDir);
  return loadConfig(merged, generated);
}

export function fieldCipher(config) {
  const { FieldCipher } = load('libs/api/core/src/lib/crypto/field-cipher.ts');
  return new FieldCipher(config);
}

/** Binds every version-1 (unbound) ciphertext to its row, as the app's start-up step does. */
export const bindCiphertexts = (run, cipher, options) =>
  load('libs/api/retention/src/lib/key-rotation/field-binding.ts').bindCiphertexts(run, cipher, options);

export const hashPassword = (password) => load('libs/api/auth/src/lib/staff/password-hasher.ts').hashPassword(password);

export const passwordProblems = (password, username) =>
  load('libs/shared/domain/src/lib/auth/password-policy.ts').passwordProblems(password, username);

export const generateCaseCode = () => load('libs/shared/case-code/src/lib/case-code.ts').generateCaseCode();

export const scanText = (text) => load('libs/shared/pseudonymisation/src/index.ts').scan(text);

/** Applies pending migrations with the app's own `migrate` and migration list. */
export async function migrate(url) {
  const { migrate: run } = load('libs/api/database/src/lib/migrate.ts');
  const { MIGRATIONS } = load('migrations/src/index.ts');
  return run({ url, migrations: MIGRATIONS });
}

export const guideItemIds = () => load('libs/shared/guide/src/lib/ids.ts').ITEM_IDS;

export const guideVersion = () => load('libs/shared/guide/src/lib/guide.ts').GUIDE_VERSION;
