import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Transform } from 'node:stream';
import { backupKeyId, BackupFileError, decryptBackup, encryptBackup } from './backup-cipher';

const KEY = randomBytes(32);
const HEADER = 40;
const RECORD = (plain: number) => 5 + plain + 16;

/** Runs bytes through a transform, fed in pieces of `piece` bytes (streams split data anywhere). */
async function through(transform: Transform, input: Buffer, piece = 7): Promise<Buffer> {
  const parts: Buffer[] = [];
  const pieces = Array.from({ length: Math.ceil(input.length / piece) }, (_, i) => input.subarray(i * piece, (i + 1) * piece));
  await pipeline(
    Readable.from(pieces),
    transform,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        parts.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(parts);
}

const encrypt = (plain: Buffer, chunkBytes = 16) => through(encryptBackup(KEY, chunkBytes), plain);

describe('backup cipher', () => {
  it.each([0, 1, 16, 17, 100])('round-trips %i bytes in 16-byte chunks', async (size) => {
    const plain = randomBytes(size);
    const sealed = await encrypt(plain);
    expect(sealed.length).toBe(HEADER + Math.floor(size / 16) * RECORD(16) + RECORD(size % 16));
    await expect(through(decryptBackup(KEY), sealed)).resolves.toEqual(plain);
  });

  it('never writes the plaintext, and encrypts the same dump differently each time', async () => {
    const plain = Buffer.from('COPY public.contact (id, summary) FROM stdin;'.repeat(4));
    const [a, b] = [await encrypt(plain), await encrypt(plain)];
    expect(a.includes(Buffer.from('COPY public'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('names both keys when the backup was made with another key', async () => {
    const sealed = await encrypt(randomBytes(40));
    const other = randomBytes(32);
    await expect(through(decryptBackup(other), sealed)).rejects.toThrow(
      `encrypted with backup key ${backupKeyId(KEY)}, but LEIDRAAD_BACKUP_KEY is key ${backupKeyId(other)}`,
    );
  });

  it('refuses a file in which any single byte was flipped', async () => {
    const sealed = await encrypt(randomBytes(40));
    for (let offset = 0; offset < sealed.length; offset += 1) {
      const tampered = Buffer.from(sealed);
      tampered[offset] ^= 0x01;
      await expect(through(decryptBackup(KEY), tampered)).rejects.toBeInstanceOf(BackupFileError);
    }
  });

  it('refuses a cut-off file, extra bytes, and chunks swapped', async () => {
    const sealed = await encrypt(randomBytes(40));
    const damaged = /damaged or was altered/;
    await expect(through(decryptBackup(KEY), sealed.subarray(0, sealed.length - RECORD(8)))).rejects.toThrow(damaged);
    await expect(through(decryptBackup(KEY), sealed.subarray(0, sealed.length - 1))).rejects.toThrow(damaged);
    await expect(through(decryptBackup(KEY), Buffer.concat([sealed, Buffer.from([0])]))).rejects.toThrow(damaged);
    await expect(through(decryptBackup(KEY), Buffer.concat([sealed, sealed.subarray(HEADER, HEADER + RECORD(16))]))).rejects.toThrow(
      damaged,
    );
    const first = sealed.subarray(HEADER, HEADER + RECORD(16));
    const second = sealed.subarray(HEADER + RECORD(16), HEADER + 2 * RECORD(16));
    const swapped = Buffer.concat([sealed.subarray(0, HEADER), second, first, sealed.subarray(HEADER + 2 * RECORD(16))]);
    await expect(through(decryptBackup(KEY), swapped)).rejects.toThrow(damaged);
  });

  it('says when a file is not a backup at all', async () => {
    await expect(through(decryptBackup(KEY), Buffer.from('PGDMP custom format dump'))).rejects.toThrow('not a Leidraad backup');
    await expect(through(decryptBackup(KEY), Buffer.alloc(0))).rejects.toThrow('not a Leidraad backup');
  });
});
