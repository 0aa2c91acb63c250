import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * The `.ldbk` backup format: a pg_dump encrypted with AES-256-GCM in chunks, so a dump of any
 * size streams through in constant memory and any change to any byte is detected.
 *
 *   header  "LDBK" · version (1) · key id (8) · salt (16) · nonce prefix (7) · chunk size (u32 BE)
 *   chunk*  final flag (1) · ciphertext length (u32 BE) · ciphertext · GCM tag (16)
 *
 * Each file gets its own key, HKDF-SHA256(backup key, salt). Chunk i is sealed under the nonce
 * prefix · i (u32 BE) · final flag, with the whole header as additional data: chunks cannot be
 * reordered, dropped, repeated or moved to another file, a cut-off file lacks its final chunk,
 * and a changed header fails every chunk. The key id (an HMAC of the backup key) says which key
 * a file needs without revealing it, so a wrong key is named before anything is decrypted.
 */

const MAGIC = Buffer.from('LDBK', 'ascii');
export const BACKUP_FORMAT_VERSION = 1;
const KEY_ID_BYTES = 8;
const SALT_BYTES = 16;
const PREFIX_BYTES = 7;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + KEY_ID_BYTES + SALT_BYTES + PREFIX_BYTES + 4;
const RECORD_HEAD_BYTES = 5;
/** Plaintext bytes per chunk. */
export const BACKUP_CHUNK_BYTES = 1 << 20;

/** A backup that cannot be read: wrong key, altered, cut off, or not a backup at all. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** The short public name of a backup key (16 hex digits), printed and stored in each file. */
export function backupKeyId(key: Buffer): string {
  return keyIdBytes(key).toString('hex');
}

function keyIdBytes(key: Buffer): Buffer {
  return createHmac('sha256', key).update('leidraad backup key id').digest().subarray(0, KEY_ID_BYTES);
}

function fileKey(key: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, 'leidraad backup v1', 32));
}

function nonce(prefix: Buffer, index: number, final: boolean): Buffer {
  const value = Buffer.alloc(12);
  prefix.copy(value, 0);
  value.writeUInt32BE(index, PREFIX_BYTES);
  value[11] = final ? 1 : 0;
  return value;
}

/** Encrypts a byte stream into the `.ldbk` format. */
export function encryptBackup(key: Buffer, chunkBytes = BACKUP_CHUNK_BYTES): Transform {
  const salt = randomBytes(SALT_BYTES);
  const prefix = randomBytes(PREFIX_BYTES);
  const header = Buffer.alloc(HEADER_BYTES);
  let offset = MAGIC.copy(header, 0);
  offset = header.writeUInt8(BACKUP_FORMAT_VERSION, offset);
  offset += keyIdBytes(key).copy(header, offset);
  offset += salt.copy(header, offset);
  offset += prefix.copy(header, offset);
  header.writeUInt32BE(chunkBytes, offset);
  const sealKey = fileKey(key, salt);
  let index = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const seal = (plain: Buffer, final: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', sealKey, nonce(prefix, index, final));
    cipher.setAAD(header);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const head = Buffer.alloc(RECORD_HEAD_BYTES);
    head[0] = final ? 1 : 0;
    head.writeUInt32BE(body.length, 1);
    index += 1;
    return Buffer.concat([head, body, cipher.getAuthTag()]);
  };

  return new Transform({
    construct(callback) {
      this.push(header);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= chunkBytes) {
        let all = Buffer.concat(pending);
        while (all.length >= chunkBytes) {
          this.push(seal(all.subarray(0, chunkBytes), false));
          all = all.subarray(chunkBytes);
        }
        pending = [all];
        pendingBytes = all.length;
      }
      callback();
    },
    flush(callback: TransformCallback) {
      // Always a final chunk, even an empty one: its absence is how a cut-off file shows.
      this.push(seal(Buffer.concat(pending), true));
      callback();
    },
  });
}

/**
 * Decrypts the `.ldbk` format, failing with a BackupFileError at the first byte that does not
 * authenticate. What it passes on before that is authentic; callers that must not act on a
 * partial stream (restore) verify the whole file first.
 */
export function decryptBackup(key: Buffer): Transform {
  let buffered: Buffer = Buffer.alloc(0);
  let header: Buffer | undefined;
  let openKey: Buffer;
  let prefix: Buffer;
  let chunkBytes = 0;
  let index = 0;
  let finished = false;

  const readHeader = (): void => {
    const candidate = buffered.subarray(0, HEADER_BYTES);
    if (!candidate.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupFileError('This is not a Leidraad backup (.ldbk) file.');
    const version = candidate[MAGIC.length];
    if (version !== BACKUP_FORMAT_VERSION)
      throw new BackupFileError(`Backup format version ${version} is not supported (this version reads ${BACKUP_FORMAT_VERSION}).`);
    let offset = MAGIC.length + 1;
    const fileKeyId = candidate.subarray(offset, (offset += KEY_ID_BYTES));
    if (!fileKeyId.equals(keyIdBytes(key))) {
      throw new BackupFileError(
        `This backup was encrypted with backup key ${fileKeyId.toString('hex')}, but LEIDRAAD_BACKUP_KEY is key ${backupKeyId(key)}: configure the key the backup was made with.`,
      );
    }
    const salt = candidate.subarray(offset, (offset += SALT_BYTES));
    prefix = Buffer.from(candidate.subarray(offset, (offset += PREFIX_BYTES)));
    chunkBytes = candidate.readUInt32BE(offset);
    openKey = fileKey(key, salt);
    header = Buffer.from(candidate);
    buffered = buffered.subarray(HEADER_BYTES);
  };

  const damaged = (what: string) => new BackupFileError(`The backup is damaged or was altered (${what}); nothing was restored from it.`);

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
        if (!header) {
          if (buffered.length < HEADER_BYTES) return callback();
          readHeader();
        }
        while (buffered.length >= RECORD_HEAD_BYTES) {
          if (finished) throw damaged('data after the final chunk');
          const flag = buffered[0];
          const length = buffered.readUInt32BE(1);
          if (flag > 1 || length > chunkBytes) throw damaged(`chunk ${index} has an impossible header`);
          const recordBytes = RECORD_HEAD_BYTES + length + TAG_BYTES;
          if (buffered.length < recordBytes) break;
          const decipher = createDecipheriv('aes-256-gcm', openKey, nonce(prefix, index, flag === 1));
          decipher.setAAD(header as Buffer);
          decipher.setAuthTag(buffered.subarray(RECORD_HEAD_BYTES + length, recordBytes));
          let plain: Buffer;
          try {
            plain = Buffer.concat([decipher.update(buffered.subarray(RECORD_HEAD_BYTES, RECORD_HEAD_BYTES + length)), decipher.final()]);
          } catch {
            throw damaged(`chunk ${index} does not authenticate`);
          }
          buffered = buffered.subarray(recordBytes);
          index += 1;
          finished = flag === 1;
          if (plain.length > 0) this.push(plain);
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      if (!header) return callback(new BackupFileError('This is not a Leidraad backup (.ldbk) file: it is too short.'));
      if (!finished || buffered.length > 0) return callback(damaged(finished ? 'data after the final chunk' : 'the file is cut off'));
      callback();
    },
  });
}
