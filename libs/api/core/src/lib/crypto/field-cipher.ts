import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

/** Version 1: not bound to a place; only ever read by the upgrade to version 2. */
const UNBOUND = 1;
/** Version 2: bound to its table, column and row (AES-GCM additional data). */
const BOUND = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Where a ciphertext lives (DESIGN.md rule 3). It is authenticated as AES-GCM additional data,
 * so a ciphertext copied to another row, column or table does not decrypt.
 */
export interface CipherPlace {
  table: string;
  column: string;
  /** The row's primary key; the parts of a composite key in key order. */
  row: string | readonly string[];
}

/** `place(table, column, row)`, for call sites that name all three at once. */
export const place = (table: string, column: string, row: string | readonly string[]): CipherPlace => ({ table, column, row });

/**
 * AES-256-GCM for free text at rest. Layout: version (1 byte) · key-id length (1) · key id ·
 * IV (12) · tag (16) · ciphertext. The key id travels with the data so keys can be rotated:
 * new data uses the active key, old data stays readable while its key is configured. The
 * additional data is the header (version and key id) and the place, each part length-prefixed.
 */
@Injectable()
export class FieldCipher {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'dataKeys' | 'activeDataKeyId' | 'secret'>) {}

  encrypt(plaintext: string, where: CipherPlace): Buffer {
    const keyId = this.config.activeDataKeyId;
    const key = this.key(keyId);
    const iv = randomBytes(IV_BYTES);
    const id = Buffer.from(keyId, 'utf8');
    const header = Buffer.concat([Buffer.from([BOUND, id.length]), id]);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(additionalData(header, where));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the value was not encrypted for exactly this place (or was altered). */
  decrypt(data: Buffer, where: CipherPlace): string {
    const parsed = parse(data);
    if (parsed.version !== BOUND) throw new Error('not a bound ciphertext (version 1 values are upgraded at start-up)');
    return this.open(parsed, additionalData(parsed.header, where));
  }

  encryptNullable(plaintext: string | null | undefined, where: CipherPlace): Buffer | null {
    return plaintext === null || plaintext === undefined ? null : this.encrypt(plaintext, where);
  }

  decryptNullable(data: Buffer | null | undefined, where: CipherPlace): string | null {
    return data ? this.decrypt(data, where) : null;
  }

  /**
   * For re-encryption only (`keys:rotate`, the start-up upgrade): reads a value whether it is
   * bound to `where` or from before binding (version 1).
   */
  decryptForReencryption(data: Buffer, where: CipherPlace): string {
    const parsed = parse(data);
    return parsed.version === BOUND ? this.open(parsed, additionalData(parsed.header, where)) : this.open(parsed, undefined);
  }

  /** Which key encrypted this value (for rotation). */
  keyIdOf(data: Buffer): string {
    return parse(data).keyId;
  }

  /** Whether the value is bound to its place (version 2); older values need re-encrypting. */
  isBound(data: Buffer): boolean {
    return parse(data).version === BOUND;
  }

  /** A keyed hash that can be matched but never read back (e.g. a caller's code word). */
  keyedHash(purpose: string, value: string): Buffer {
    return createHmac('sha256', this.config.secret).update(`${purpose}\u0000${value}`, 'utf8').digest();
  }

  private open(parsed: Parsed, aad: Buffer | undefined): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key(parsed.keyId), parsed.iv);
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(parsed.tag);
    return Buffer.concat([decipher.update(parsed.body), decipher.final()]).toString('utf8');
  }

  private key(keyId: string): Buffer {
    const key = this.config.dataKeys.get(keyId);
    if (!key) throw new Error(`data key "${keyId}" is not configured`);
    return key;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * header · "leidraad-field" · table · column · each key part, each `<byte length>:` prefixed.
 * UUIDs count in PostgreSQL's spelling (lower case), whatever a request spelled them as.
 */
function additionalData(header: Buffer, where: CipherPlace): Buffer {
  const keys = (typeof where.row === 'string' ? [where.row] : where.row).map((part) => (UUID.test(part) ? part.toLowerCase() : part));
  const parts = ['leidraad-field', where.table, where.column, ...keys];
  if (parts.some((part) => typeof part !== 'string' || part === ''))
    throw new Error('a cipher place needs a table, a column and a row key');
  return Buffer.concat([header, Buffer.from(parts.map((part) => `${Buffer.byteLength(part, 'utf8')}:${part}`).join('|'), 'utf8')]);
}

interface Parsed {
  version: number;
  header: Buffer;
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  body: Buffer;
}

function parse(data: Buffer): Parsed {
  if (data.length < 2 || (data[0] !== UNBOUND && data[0] !== BOUND)) throw new Error('not a Leidraad ciphertext');
  const idEnd = 2 + data[1];
  const header = data.subarray(0, idEnd);
  const keyId = data.subarray(2, idEnd).toString('utf8');
  const iv = data.subarray(idEnd, idEnd + IV_BYTES);
  const tag = data.subarray(idEnd + IV_BYTES, idEnd + IV_BYTES + TAG_BYTES);
  const body = data.subarray(idEnd + IV_BYTES + TAG_BYTES);
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('truncated ciphertext');
  return { version: data[0], header, keyId, iv, tag, body };
}
