import type { CalendarFeedCreated } from '@leidraad/shared/domain';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';

describe('a calendar feed ends with its owner’s credentials', () => {
  let test: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client: admin } = await test.signIn('admin'));
  });
  afterAll(() => test.close());

  /** A signed-in counsellor or supervisor with a live feed, and a way to fetch it. */
  async function withFeed(role: 'counsellor' | 'supervisor'): Promise<{ staff: TestStaff; status: () => Promise<number> }> {
    const { client, staff } = await test.signIn(role);
    const created = await client.post<CalendarFeedCreated>('/api/me/calendar-feed');
    expect(created.status).toBe(201);
    const status = async () => (await fetch(`${test.baseUrl}${created.body.path}`)).status;
    expect(await status()).toBe(200);
    return { staff, status };
  }

  it('when an admin sets a new password', async () => {
    const { staff, status } = await withFeed('counsellor');
    expect((await admin.post(`/api/staff/${staff.id}/password`, { password: 'a brand new passphrase 42' })).status).toBe(204);
    expect(await status()).toBe(404);
  });

  it('when an admin resets the second factor', async () => {
    const { staff, status } = await withFeed('supervisor');
    expect((await admin.post(`/api/staff/${staff.id}/second-factor/reset`)).status).toBe(204);
    expect(await status()).toBe(404);
  });

  it('when the account is deactivated, and stays ended after reactivation', async () => {
    const { staff, status } = await withFeed('counsellor');
    expect((await admin.patch(`/api/staff/${staff.id}`, { active: false })).status).toBe(200);
    expect(await status()).toBe(404);
    expect((await admin.patch(`/api/staff/${staff.id}`, { active: true })).status).toBe(200);
    expect(await status()).toBe(404);
  });

  it('when the role changes', async () => {
    const { staff, status } = await withFeed('counsellor');
    expect((await admin.patch(`/api/staff/${staff.id}`, { role: 'supervisor' })).status).toBe(200);
    expect(await status()).toBe(404);
  });

  it('but not when only the display name changes', async () => {
    const { staff, status } = await withFeed('counsellor');
    expect((await admin.patch(`/api/staff/${staff.id}`, { displayName: 'Andere naam' })).status).toBe(200);
    expect(await status()).toBe(200);
  });
});
