import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const cipherWith = (active: string) =>
  new FieldCipher({ dataKeys: new Map([['k1', k1], ['k2', k2]]), activeDataKeyId: active, secret: randomBytes(32) });

describe('FieldCipher', () => {
  it('round-trips text, including emoji and Dutch diacritics', () => {
    const cipher = cipherWith('k1');
    const text = 'Beller is ongerust 😟 — café, één gesprek';
    expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
  });

  it('never stores the plain text and never repeats a ciphertext', () => {
    const cipher = cipherWith('k1');
    const a = cipher.encrypt('zelfde notitie');
    const b = cipher.encrypt('zelfde notitie');
    expect(a.includes(Buffer.from('zelfde'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('reads data written with an older key after rotation, and writes with the new one', () => {
    const old = cipherWith('k1').encrypt('oude notitie');
    const rotated = cipherWith('k2');
    expect(rotated.decrypt(old)).toBe('oude notitie');
    expect(rotated.keyIdOf(rotated.encrypt('nieuw'))).toBe('k2');
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = cipherWith('k1');
    const data = cipher.encrypt('notitie');
    data[data.length - 1] ^= 0xff;
    expect(() => cipher.decrypt(data)).toThrow();
  });

  it('refuses data whose key is no longer configured', () => {
    const data = cipherWith('k2').encrypt('notitie');
    const withoutK2 = new FieldCipher({ dataKeys: new Map([['k1', k1]]), activeDataKeyId: 'k1', secret: randomBytes(32) });
    expect(() => withoutK2.decrypt(data)).toThrow('data key "k2" is not configured');
  });

  it('gives a keyed hash that matches the same input and differs per purpose', () => {
    const cipher = cipherWith('k1');
    expect(cipher.keyedHash('code-word', 'zonnebloem').equals(cipher.keyedHash('code-word', 'zonnebloem'))).toBe(true);
    expect(cipher.keyedHash('code-word', 'zonnebloem').equals(cipher.keyedHash('address', 'zonnebloem'))).toBe(false);
  });
});
