import { randomBytes } from 'node:crypto';
import {
  matchTotpStep,
  newRecoveryCode,
  newTotpSecret,
  normaliseRecoveryCode,
  otpauthUri,
  qrCodeDataUrl,
  recoveryCodeHash,
  totpCode,
  totpStep,
} from './totp';

// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890", codes truncated to six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('matches the RFC 6238 test vector at %i s', (seconds, code) => {
    const at = new Date(seconds * 1000);
    expect(totpCode(RFC_SECRET, at)).toBe(code);
    expect(matchTotpStep(RFC_SECRET, code, at)).toBe(totpStep(at));
  });

  it('accepts the previous and the next step, and nothing further', () => {
    const secret = newTotpSecret();
    const now = new Date(1_800_000_000_000);
    const step = totpStep(now);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() - 90_000)), now)).toBeNull();
  });

  it('refuses anything that is not six digits, and a code of another secret', () => {
    const secret = newTotpSecret();
    const now = new Date();
    const code = totpCode(secret, now);
    for (const bad of ['', '12345', '1234567', 'abcdef', ` ${code}`]) expect(matchTotpStep(secret, bad, now)).toBeNull();
    expect(matchTotpStep(newTotpSecret(), code, now)).toBeNull();
  });

  it('makes 160-bit base32 secrets that differ every time', () => {
    const secrets = new Set(Array.from({ length: 100 }, newTotpSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('describes the secret as an otpauth URI with the issuer and the username', () => {
    const uri = otpauthUri(RFC_SECRET, 'sanne');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Leidraad:sanne\?/);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(uri).toContain('period=30');
    expect(uri).toContain('digits=6');
  });

  it('draws the QR code as an SVG data URL', () => {
    const url = qrCodeDataUrl('otpauth://totp/Leidraad:x?secret=AAAA');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1], 'base64').toString()).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });
});

describe('recovery codes', () => {
  it('are XXXX-XXXX from an unambiguous alphabet and do not repeat', () => {
    const codes = Array.from({ length: 1000 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(1000);
  });

  it('hash the same however they are typed back, and differently per secret', () => {
    const secret = randomBytes(32);
    const hash = recoveryCodeHash(secret, 'AB1C-D0EF');
    expect(normaliseRecoveryCode(' ab1c d0ef ')).toBe('AB1CD0EF');
    expect(recoveryCodeHash(secret, 'abIc-dOef')).toEqual(hash);
    expect(recoveryCodeHash(secret, 'AB1C-D0EG')).not.toEqual(hash);
    expect(recoveryCodeHash(randomBytes(32), 'AB1C-D0EF')).not.toEqual(hash);
  });
});
