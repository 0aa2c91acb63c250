import { addressFailures, attemptSignIn, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

const WRONG = 'definitely not the password';
const ghost = (n: number) => `ghost-${n}-${Math.random().toString(36).slice(2, 8)}`;

describe('the client address behind a proxy (LEIDRAAD_TRUST_PROXY)', () => {
  describe('one hop (LEIDRAAD_TRUST_PROXY=1, LEIDRAAD_LOGIN_MAX_PER_ADDRESS=3)', () => {
    let test: TestApp;
    beforeAll(async () => (test = await startTestApp({ LEIDRAAD_TRUST_PROXY: '1', LEIDRAAD_LOGIN_MAX_PER_ADDRESS: '3' })));
    afterAll(() => test.close());

    it('takes the entry the proxy appended, so a client forging the left-most entry is still throttled as itself', async () => {
      // The proxy appends the real client (203.0.113.9) to whatever the client sent.
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const forged = `10.66.0.${attempt}, 203.0.113.9`;
        expectProblem(await attemptSignIn(test, ghost(attempt), WRONG, forged), 401, 'invalid_credentials');
      }
      expectProblem(await attemptSignIn(test, ghost(4), WRONG, '10.66.0.99, 203.0.113.9'), 429, 'too_many_requests');
      expect(await addressFailures(test, '203.0.113.9')).toBe(3);
      for (const forged of ['10.66.0.1', '10.66.0.2', '10.66.0.3', '127.0.0.1']) {
        expect(await addressFailures(test, forged)).toBe(0);
      }
    });

    it('keeps other clients of the same proxy apart', async () => {
      expectProblem(await attemptSignIn(test, ghost(5), WRONG, '10.66.0.1, 203.0.113.10'), 401, 'invalid_credentials');
      expect(await addressFailures(test, '203.0.113.10')).toBe(1);
    });
  });

  describe('proxy addresses (LEIDRAAD_TRUST_PROXY=127.0.0.1)', () => {
    let test: TestApp;
    beforeAll(async () => (test = await startTestApp({ LEIDRAAD_TRUST_PROXY: '127.0.0.1' })));
    afterAll(() => test.close());

    it('takes the right-most address that is not a trusted proxy, never the forged left-most one', async () => {
      expectProblem(await attemptSignIn(test, ghost(6), WRONG, '198.18.0.1, 203.0.113.20'), 401, 'invalid_credentials');
      expect(await addressFailures(test, '203.0.113.20')).toBe(1);
      expect(await addressFailures(test, '198.18.0.1')).toBe(0);
    });
  });

  describe('no proxy (the default)', () => {
    let test: TestApp;
    beforeAll(async () => (test = await startTestApp()));
    afterAll(() => test.close());

    it('ignores X-Forwarded-For altogether: the TCP peer is the client', async () => {
      const before = await addressFailures(test, '127.0.0.1');
      expectProblem(await attemptSignIn(test, ghost(7), WRONG, '203.0.113.30'), 401, 'invalid_credentials');
      expect(await addressFailures(test, '203.0.113.30')).toBe(0);
      expect(await addressFailures(test, '127.0.0.1')).toBe(before + 1);
    });
  });
});
