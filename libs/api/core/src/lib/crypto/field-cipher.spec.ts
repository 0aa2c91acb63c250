import { createCipheriv, randomBytes } from 'node:crypto';
import { FieldCipher, place } from './field-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const cipherWith = (active: string) =>
  new FieldCipher({
    dataKeys: new Map([
      ['k1', k1],
      ['k2', k2],
    ]),
    activeDataKeyId: active,
    secret: randomBytes(32),
  });
const NOTE = place('contact', 'summary', '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f');

/** A value as the app wrote it before binding (version 1, no additional data). */
function unbound(key: Buffer, keyId: string, text: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([1, keyId.length]), Buffer.from(keyId), iv, cipher.getAuthTag(), body]);
}

describe('FieldCipher', () => {
  it('round-trips text, including emoji and Dutch diacritics', () => {
    const cipher = cipherWith('k1');
    const text = 'Beller is ongerust 😟 — café, één gesprek';
    expect(cipher.decrypt(cipher.encrypt(text, NOTE), NOTE)).toBe(text);
  });

  it('never stores the plain text and never repeats a ciphertext', () => {
    const cipher = cipherWith('k1');
    const a = cipher.encrypt('zelfde notitie', NOTE);
    const b = cipher.encrypt('zelfde notitie', NOTE);
    expect(a.includes(Buffer.from('zelfde'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses a ciphertext copied to another row, column or table', () => {
    const cipher = cipherWith('k1');
    const data = cipher.encrypt('notitie', NOTE);
    for (const elsewhere of [
      place('contact', 'summary', '00000000-0000-4000-8000-000000000000'),
      place('contact', 'reason', NOTE.row),
      place('contact_correction', 'summary', NOTE.row),
      place('guide_progress', 'note', ['a', 'b']),
    ]) {
      expect(() => cipher.decrypt(data, elsewhere)).toThrow('Unsupported state or unable to authenticate data');
    }
  });

  it('keeps composite keys apart: the parts are length-prefixed, not joined', () => {
    const cipher = cipherWith('k1');
    const data = cipher.encrypt('notitie', place('guide_progress', 'note', ['case', 'a|b']));
    expect(() => cipher.decrypt(data, place('guide_progress', 'note', ['case|a', 'b']))).toThrow();
    expect(cipher.decrypt(data, place('guide_progress', 'note', ['case', 'a|b']))).toBe('notitie');
  });

  it('reads data written with an older key after rotation, and writes with the new one', () => {
    const old = cipherWith('k1').encrypt('oude notitie', NOTE);
    const rotated = cipherWith('k2');
    expect(rotated.decrypt(old, NOTE)).toBe('oude notitie');
    expect(rotated.keyIdOf(rotated.encrypt('nieuw', NOTE))).toBe('k2');
  });

  it('refuses a tampered ciphertext, and a key id changed in the header', () => {
    const cipher = cipherWith('k1');
    const data = cipher.encrypt('notitie', NOTE);
    data[data.length - 1] ^= 0xff;
    expect(() => cipher.decrypt(data, NOTE)).toThrow();
    const relabelled = cipher.encrypt('notitie', NOTE);
    relabelled[3] = '2'.charCodeAt(0); // k1 → k2: another key, and the header is authenticated
    expect(() => cipher.decrypt(relabelled, NOTE)).toThrow();
  });

  it('refuses data whose key is no longer configured', () => {
    const data = cipherWith('k2').encrypt('notitie', NOTE);
    const withoutK2 = new FieldCipher({ dataKeys: new Map([['k1', k1]]), activeDataKeyId: 'k1', secret: randomBytes(32) });
    expect(() => withoutK2.decrypt(data, NOTE)).toThrow('data key "k2" is not configured');
  });

  it('reads a value from before binding only for re-encryption; ordinary reads refuse it', () => {
    const cipher = cipherWith('k1');
    const old = unbound(k1, 'k1', 'van voor de binding');
    expect(cipher.isBound(old)).toBe(false);
    expect(() => cipher.decrypt(old, NOTE)).toThrow('not a bound ciphertext');
    expect(cipher.decryptForReencryption(old, NOTE)).toBe('van voor de binding');
    const bound = cipher.encrypt(cipher.decryptForReencryption(old, NOTE), NOTE);
    expect(cipher.isBound(bound)).toBe(true);
    expect(cipher.decryptForReencryption(bound, NOTE)).toBe('van voor de binding');
  });

  it('takes a UUID in any case as the same row (PostgreSQL writes them in lower case)', () => {
    const cipher = cipherWith('k1');
    const data = cipher.encrypt('notitie', place('contact', 'summary', (NOTE.row as string).toUpperCase()));
    expect(cipher.decrypt(data, NOTE)).toBe('notitie');
  });

  it('refuses a place without a row key', () => {
    expect(() => cipherWith('k1').encrypt('x', place('contact', 'summary', ''))).toThrow('needs a table, a column and a row key');
  });

  it('gives a keyed hash that matches the same input and differs per purpose', () => {
    const cipher = cipherWith('k1');
    expect(cipher.keyedHash('code-word', 'zonnebloem').equals(cipher.keyedHash('code-word', 'zonnebloem'))).toBe(true);
    expect(cipher.keyedHash('code-word', 'zonnebloem').equals(cipher.keyedHash('address', 'zonnebloem'))).toBe(false);
  });
});
