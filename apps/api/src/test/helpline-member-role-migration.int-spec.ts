import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';
import { ownDatabase } from './own-database';

/**
 * Migration 1764542000000 moves the role from `staff` into `helpline_member`; its down() must give
 * back what up() took: `staff.role` (the role in the first helpline), its CHECK, and the calendar
 * feed's trigger on a role change.
 */
describe('migration helpline-member-role, down and up again', () => {
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await ownDatabase('member_role_down');
    await migrate({ url: database.url, migrations: MIGRATIONS });
    db = new DataSource({ ...dataSourceOptions({ url: database.url, migrations: MIGRATIONS }), extra: { max: 2 } });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const staffRole = async (id: string) => (await db.query(`SELECT role FROM staff WHERE id = $1`, [id]))[0]?.role;

  it('restores staff.role from the first helpline, with its CHECK and the feed trigger, and fills memberships again on up()', async () => {
    const [first] = await db.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`);
    const [second] = await db.query(
      `INSERT INTO helpline (name, created_at) VALUES ('Tweede lijn', now() + interval '1 day') RETURNING id`,
    );
    const [person] = await db.query(
      `INSERT INTO staff (username, display_name, password_hash) VALUES ('twee.rollen', 'Twee Rollen', 'x') RETURNING id`,
    );
    await db.query(
      `INSERT INTO helpline_member (helpline_id, staff_id, role, created_at) VALUES ($1, $3, 'supervisor', now()), ($2, $3, 'counsellor', now())`,
      [first.id, second.id, person.id],
    );
    const runner = db.createQueryRunner();
    const Migration = MIGRATIONS.find((candidate) => candidate.name === 'HelplineMemberRole1764542000000');
    if (!Migration) throw new Error('migration HelplineMemberRole1764542000000 is not listed');
    const migration = new Migration();
    try {
      await migration.down(runner);
      expect(await staffRole(person.id)).toBe('supervisor');
      await expect(db.query(`UPDATE staff SET role = 'boss' WHERE id = $1`, [person.id])).rejects.toThrow(/staff_role_check/);
      await db.query(`INSERT INTO calendar_feed (staff_id, token_hash) VALUES ($1, '\\x01')`, [person.id]);
      await db.query(`UPDATE staff SET role = 'counsellor' WHERE id = $1`, [person.id]);
      expect(await db.query(`SELECT 1 FROM calendar_feed WHERE staff_id = $1`, [person.id])).toEqual([]);
      const columns = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'helpline_member'`);
      expect(columns.map((c: { column_name: string }) => c.column_name)).not.toContain('role');

      await migration.up(runner);
      const memberships = await db.query(`SELECT helpline_id, role FROM helpline_member WHERE staff_id = $1 ORDER BY role`, [person.id]);
      expect(memberships).toHaveLength(2);
      expect(memberships.every((m: { role: string }) => m.role === 'counsellor')).toBe(true);
      expect(await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'staff' AND column_name = 'role'`)).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
