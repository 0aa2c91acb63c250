import { totpCode } from '@leidraad/api/auth';
import type { RecoveryCodes, SecondFactorEnrolment, SignInResult } from '@leidraad/shared/domain';
import { auditRows, errorFields, expectProblem, signInAs } from '../testing/auth-helpers';
import { authenticatorOf, nextTotpCode } from '../testing/second-factor';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createCase } from './cases-helpers';

describe('two-factor sign-in (TOTP)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  async function passwordOnly(role: 'supervisor' | 'admin' | 'counsellor') {
    const staff = await test.createStaff(role);
    const client = test.client();
    const response = await client.post('/api/auth/login', {
      username: staff.username,
      password: staff.password,
    });
    return { staff, client, response };
  }

  describe('a supervisor without an authenticator app', () => {
    it('is asked to enrol one, and the password-only session opens nothing else', async () => {
      const { client, response } = await passwordOnly('supervisor');
      expect(response.status).toBe(200);
      expect((response.body as SignInResult).secondFactor).toBe('enrol');
      expectProblem(await client.get('/api/auth/me'), 401, 'second_factor_required');
      expectProblem(await client.get('/api/supervision/overview'), 401, 'second_factor_required');
      expectProblem(
        await client.post('/api/cases', {
          callerRole: 'parent',
          concern: 'unclear',
        }),
        401,
        'second_factor_required',
      );
      const status = await client.get('/api/auth/second-factor');
      expect(status.body).toMatchObject({
        enabled: false,
        required: true,
        pending: true,
        recoveryCodesLeft: 0,
      });
    });

    it('enrols with a QR code and a code from the app, gets ten recovery codes once, and a new session', async () => {
      const { staff, client } = await passwordOnly('supervisor');
      const started = await client.post('/api/auth/second-factor/enrolment', {});
      expect(started.status).toBe(201);
      const enrolment = started.body as SecondFactorEnrolment;
      expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(enrolment.otpauthUri).toContain(`Leidraad:${staff.username}`);
      expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);

      const wrong = await client.post('/api/auth/second-factor/enrolment/confirm', {
        code: '000000' === totpCode(enrolment.secret) ? '111111' : '000000',
      });
      expectProblem(wrong, 400, 'validation_failed');
      expect(errorFields(wrong)).toEqual(['code']);

      const pendingToken = client.sessionToken;
      const confirmed = await client.post('/api/auth/second-factor/enrolment/confirm', { code: totpCode(enrolment.secret) });
      expect(confirmed.status).toBe(200);
      const { codes } = confirmed.body as RecoveryCodes;
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      expect(client.sessionToken).not.toBe(pendingToken);
      expect((await client.get('/api/auth/me')).status).toBe(200);

      const { rows } = await test.db.query(
        `SELECT totp_secret, totp_pending_secret, totp_enabled_at, (SELECT array_agg(code_hash) FROM staff_recovery_code WHERE staff_id = s.id) AS hashes
           FROM staff s WHERE id = $1`,
        [staff.id],
      );
      const stored = rows[0] as {
        totp_secret: Buffer;
        totp_pending_secret: Buffer | null;
        totp_enabled_at: Date;
        hashes: Buffer[];
      };
      expect(stored.totp_pending_secret).toBeNull();
      expect(stored.totp_enabled_at).toBeInstanceOf(Date);
      expect(stored.totp_secret.toString('latin1')).not.toContain(enrolment.secret);
      expect(stored.hashes).toHaveLength(10);
      for (const code of codes) expect(stored.hashes.some((hash) => hash.toString('latin1').includes(code))).toBe(false);
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'auth.second_factor_enrol',
        }),
      ).toHaveLength(1);

      // Enrolled once: a second enrolment is refused (an admin resets a lost app).
      expectProblem(await client.post('/api/auth/second-factor/enrolment', {}), 409, 'conflict');
    });
  });

  describe('signing in with an enrolled app', () => {
    it('asks for the code, accepts each code once only, and accepts the next one', async () => {
      const { staff } = await test.signIn('supervisor');
      const app = authenticatorOf(staff);
      const first = test.client();
      const login = await first.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      expect((login.body as SignInResult).secondFactor).toBe('verify');
      const used = totpCode(app.secret, new Date(app.lastStep * 30_000 + 1_000));
      expectProblem(await first.post('/api/auth/second-factor/verify', { code: used }), 400, 'validation_failed');
      const ok = await first.post('/api/auth/second-factor/verify', {
        code: await nextTotpCode(app),
      });
      expect(ok.status).toBe(200);
      expect((await first.get('/api/auth/me')).status).toBe(200);
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'auth.second_factor',
        }),
      ).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'failure' }), expect.objectContaining({ outcome: 'success' })]));
    });

    it('takes the code together with the password in one request', async () => {
      const { staff } = await test.signIn('admin');
      const client = test.client();
      const login = await client.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
        totp: await nextTotpCode(authenticatorOf(staff)),
      });
      expect(login.status).toBe(200);
      expect((login.body as SignInResult).secondFactor).toBeUndefined();
      expect((await client.get('/api/staff')).status).toBe(200);
    });

    it('accepts a recovery code once', async () => {
      const { staff } = await passwordOnly('supervisor');
      const enrol = await signInAs(test, staff);
      const codes = await enrol.client.post('/api/auth/second-factor/recovery-codes', {});
      expect(codes.status).toBe(200);
      const [code] = (codes.body as RecoveryCodes).codes;

      const phone = test.client();
      await phone.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      expect(
        (
          await phone.post('/api/auth/second-factor/verify', {
            code: code.toLowerCase(),
          })
        ).status,
      ).toBe(200);
      const again = test.client();
      await again.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      expectProblem(await again.post('/api/auth/second-factor/verify', { code }), 400, 'validation_failed');
      expect((await again.get('/api/auth/second-factor')).body).toMatchObject({
        recoveryCodesLeft: 9,
        pending: true,
      });
    });

    it('slows down and then locks an account after wrong codes, like wrong passwords', async () => {
      const { staff } = await test.signIn('supervisor');
      const client = test.client();
      await client.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expectProblem(
          await client.post('/api/auth/second-factor/verify', {
            code: 'AAAA-AAAA',
          }),
          400,
          'validation_failed',
        );
      }
      const throttled = await client.post('/api/auth/second-factor/verify', {
        code: await nextTotpCode(authenticatorOf(staff)),
      });
      expectProblem(throttled, 429, 'too_many_requests');
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('names the field for a malformed code and refuses unknown fields', async () => {
      const { client } = await passwordOnly('admin');
      for (const body of [{}, { code: 123456 }, { code: '1' }, { code: '123456', extra: true }]) {
        const response = await client.post('/api/auth/second-factor/enrolment/confirm', body);
        expectProblem(response, 400, 'validation_failed');
        expect(errorFields(response).length).toBeGreaterThan(0);
      }
    });
  });

  describe('counsellors', () => {
    it('sign in without a second factor by default', async () => {
      const { response, client } = await passwordOnly('counsellor');
      expect((response.body as SignInResult).secondFactor).toBeUndefined();
      expect((await client.get('/api/auth/me')).status).toBe(200);
    });
  });

  describe('an admin resets a lost second factor', () => {
    it('clears it, ends their sessions, audits it; they enrol again at the next sign-in', async () => {
      const { client: admin, staff: actor } = await test.signIn('admin');
      const { client: victim, staff } = await test.signIn('supervisor');
      const { client: counsellor } = await test.signIn('counsellor');
      expectProblem(await counsellor.post(`/api/staff/${staff.id}/second-factor/reset`, {}), 403, 'forbidden');
      expect((await victim.get('/api/auth/me')).status).toBe(200);

      expect((await admin.post(`/api/staff/${staff.id}/second-factor/reset`, {})).status).toBe(204);
      expect((await victim.get('/api/auth/me')).status).toBe(401);
      const { rows } = await test.db.query(
        `SELECT totp_secret, (SELECT count(*)::int FROM staff_recovery_code WHERE staff_id = s.id) AS codes FROM staff s WHERE id = $1`,
        [staff.id],
      );
      expect(rows[0]).toEqual({ totp_secret: null, codes: 0 });
      expect(
        await auditRows(test.db, {
          staff_id: actor.id,
          action: 'staff.second_factor_reset',
        }),
      ).toEqual([expect.objectContaining({ outcome: 'success', entity_id: staff.id })]);
      const again = await test.client().post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      expect((again.body as SignInResult).secondFactor).toBe('enrol');
      expectProblem(await admin.post('/api/staff/00000000-0000-4000-8000-000000000000/second-factor/reset', {}), 404);
    });
  });

  describe('step-up for audit trails and reports', () => {
    it('asks for the code again after 15 minutes, audits the refusal, and lets through once it is given', async () => {
      const { client: owner } = await test.signIn('counsellor');
      const header = await createCase(owner);
      const { client, staff } = await test.signIn('supervisor');
      const report = '/api/reports/month.csv?year=2026&month=11';
      expect((await client.get(report)).status).toBe(200);
      expect((await client.get(`/api/cases/${header.id}/audit`)).status).toBe(200);

      await test.db.query(`UPDATE staff_session SET second_factor_at = now() - interval '16 minutes' WHERE staff_id = $1`, [staff.id]);
      expectProblem(await client.get(report), 403, 'step_up_required');
      expectProblem(await client.get(`/api/cases/${header.id}/audit`), 403, 'step_up_required');
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'access.denied',
        }),
      ).toEqual([
        expect.objectContaining({
          outcome: 'denied',
          reason: 'step_up_required',
        }),
        expect.objectContaining({
          outcome: 'denied',
          reason: 'step_up_required',
        }),
      ]);
      // Other work goes on meanwhile: only the sensitive reads ask.
      expect((await client.get('/api/supervision/overview')).status).toBe(200);

      expect(
        (
          await client.post('/api/auth/second-factor/verify', {
            code: await nextTotpCode(authenticatorOf(staff)),
          })
        ).status,
      ).toBe(200);
      expect((await client.get(report)).status).toBe(200);
      expect((await client.get(`/api/cases/${header.id}/audit`)).status).toBe(200);
    });
  });
});
