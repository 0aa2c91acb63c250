import { randomUUID } from 'node:crypto';
import type { Role, SignInResult } from '@leidraad/shared/domain';
import { completeSecondFactor } from './second-factor';
import type { TestApp, TestStaff } from './test-app';
import type { TestClient } from './test-client';

/** The installation's first helpline (A) and a second one (B) with an admin of B only, signed in. */
export interface TwoHelplines {
  a: string;
  b: string;
  adminB: TestClient;
  /** Makes `staffId` a member of `helplineId` with `role`. */
  join(helplineId: string, staffId: string, role: Role): Promise<void>;
  /** Signs `staff` in with their password (and second factor where owed). */
  signInAs(staff: TestStaff): Promise<{ client: TestClient; result: SignInResult }>;
  /** Moves sessions back to A and removes B with its memberships and cases. */
  drop(): Promise<void>;
}

export async function twoHelplines(test: TestApp): Promise<TwoHelplines> {
  const a = (await test.db.query<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0].id;
  const b = randomUUID();
  await test.db.query(`INSERT INTO helpline (id, name) VALUES ($1, $2)`, [b, `Lijn B ${b.slice(0, 8)}`]);
  const join = async (helplineId: string, staffId: string, role: Role) => {
    await test.db.query(`INSERT INTO helpline_member (helpline_id, staff_id, role) VALUES ($1, $2, $3)`, [helplineId, staffId, role]);
  };
  const signInAs = async (staff: TestStaff) => {
    const client = test.client();
    const response = await client.post<SignInResult>('/api/auth/login', { username: staff.username, password: staff.password });
    expect(response.status).toBe(200);
    staff.authenticator = (await completeSecondFactor(client, response, staff.authenticator)) ?? staff.authenticator;
    return { client, result: response.body };
  };
  // An admin of B only: created in A by the helper, then moved before signing in.
  const admin = await test.createStaff('admin');
  await test.db.query(`UPDATE helpline_member SET helpline_id = $1 WHERE staff_id = $2`, [b, admin.id]);
  const adminB = (await signInAs(admin)).client;
  const drop = async () => {
    await test.db.query(`UPDATE staff_session SET helpline_id = $2 WHERE helpline_id = $1`, [b, a]);
    await test.db.query(`DELETE FROM helpline_member WHERE helpline_id = $1`, [b]);
    await test.db.query(`DELETE FROM case_file WHERE helpline_id = $1`, [b]);
    await test.db.query(`DELETE FROM helpline WHERE id = $1`, [b]);
  };
  return { a, b, adminB, join, signInAs, drop };
}
