import { randomBytes } from 'node:crypto';
import { ConfigError } from './config-error';

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** A secret of at least 32 bytes, given as base64 (or base64url). */
export function parseSecret(variable: string, value: string): Buffer {
  const bytes = decodeBase64(variable, value);
  if (bytes.length < 32) throw new ConfigError(variable, 'must decode to at least 32 bytes');
  return bytes;
}

/**
 * `id:base64key[,id:base64key…]` — AES-256 keys (32 bytes each). The first is used for new
 * data; the others stay readable so keys can be rotated.
 */
export function parseDataKeys(variable: string, value: string): { keys: ReadonlyMap<string, Buffer>; activeId: string } {
  const keys = new Map<string, Buffer>();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    if (separator < 1 || !KEY_ID.test(id)) {
      throw new ConfigError(variable, 'each key must be written as id:base64key');
    }
    if (keys.has(id)) throw new ConfigError(variable, `key id "${id}" appears twice`);
    const key = decodeBase64(variable, entry.slice(separator + 1));
    if (key.length !== 32) throw new ConfigError(variable, `key "${id}" must be 32 bytes`);
    keys.set(id, key);
  }
  const activeId = keys.keys().next().value;
  if (activeId === undefined) throw new ConfigError(variable, 'must hold at least one key');
  return { keys, activeId };
}

/** An AES-256 key given as base64: exactly 32 bytes. */
export function parseBackupKey(variable: string, value: string): Buffer {
  const key = decodeBase64(variable, value.trim());
  if (key.length !== 32) throw new ConfigError(variable, `must decode to exactly 32 bytes, got ${key.length}`);
  return key;
}

/** Fresh values for every secret, as development mode stores them in its data folder. */
export function generateSecrets(): Record<string, string> {
  return {
    LEIDRAAD_SECRET: randomBytes(32).toString('base64'),
    LEIDRAAD_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  };
}

function decodeBase64(variable: string, value: string): Buffer {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    throw new ConfigError(variable, 'must be base64');
  }
  return Buffer.from(value, 'base64');
}
