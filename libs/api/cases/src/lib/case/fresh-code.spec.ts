import { parseCaseCode } from '@leidraad/shared/case-code';
import { CODE_ATTEMPTS, insertWithFreshCode } from './fresh-code';

describe('insertWithFreshCode', () => {
  it('uses a generated, valid code when it is free', async () => {
    const tried: string[] = [];
    const result = await insertWithFreshCode(async (code) => (tried.push(code), code));
    expect(tried).toHaveLength(1);
    expect(parseCaseCode(result)).toEqual({ ok: true, code: result });
  });

  it('tries a new code after a collision', async () => {
    const codes = ['TAKEN', 'FREE'];
    const tried: string[] = [];
    const result = await insertWithFreshCode(
      async (code) => (tried.push(code), code === 'TAKEN' ? undefined : `row for ${code}`),
      () => codes.shift() as string,
    );
    expect(tried).toEqual(['TAKEN', 'FREE']);
    expect(result).toBe('row for FREE');
  });

  it('gives up after a bounded number of attempts', async () => {
    let attempts = 0;
    await expect(insertWithFreshCode(async () => (attempts++, undefined))).rejects.toThrow('no free case code');
    expect(attempts).toBe(CODE_ATTEMPTS);
  });
});
