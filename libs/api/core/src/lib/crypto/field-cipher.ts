import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for free text at rest. Layout: version (1 byte) · key-id length (1) · key id ·
 * IV (12) · tag (16) · ciphertext. The key id travels with the data so keys can be rotated:
 * new data uses the active key, old data stays readable while its key is configured.
 */
@Injectable()
export class FieldCipher {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'dataKeys' | 'activeDataKeyId' | 'secret'>) {}

  encrypt(plaintext: string): Buffer {
    const keyId = this.config.activeDataKeyId;
    const key = this.key(keyId);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const id = Buffer.from(keyId, 'utf8');
    return Buffer.concat([Buffer.from([VERSION, id.length]), id, iv, cipher.getAuthTag(), body]);
  }

  decrypt(data: Buffer): string {
    const { keyId, iv, tag, body } = parse(data);
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  encryptNullable(plaintext: string | null | undefined): Buffer | null {
    return plaintext === null || plaintext === undefined ? null : this.encrypt(plaintext);
  }

  decryptNullable(data: Buffer | null | undefined): string | null {
    return data ? this.decrypt(data) : null;
  }

  /** Which key encrypted this value (for rotation). */
  keyIdOf(data: Buffer): string {
    return parse(data).keyId;
  }

  /** A keyed hash that can be matched but never read back (e.g. a caller's code word). */
  keyedHash(purpose: string, value: string): Buffer {
    return createHmac('sha256', this.config.secret).update(`${purpose}\u0000${value}`, 'utf8').digest();
  }

  private key(keyId: string): Buffer {
    const key = this.config.dataKeys.get(keyId);
    if (!key) throw new Error(`data key "${keyId}" is not configured`);
    return key;
  }
}

function parse(data: Buffer): { keyId: string; iv: Buffer; tag: Buffer; body: Buffer } {
  if (data.length < 2 || data[0] !== VERSION) throw new Error('not a Leidraad ciphertext');
  const idLength = data[1];
  const idEnd = 2 + idLength;
  const keyId = data.subarray(2, idEnd).toString('utf8');
  const iv = data.subarray(idEnd, idEnd + IV_BYTES);
  const tag = data.subarray(idEnd + IV_BYTES, idEnd + IV_BYTES + TAG_BYTES);
  const body = data.subarray(idEnd + IV_BYTES + TAG_BYTES);
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('truncated ciphertext');
  return { keyId, iv, tag, body };
}
