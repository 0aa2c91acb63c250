// The demo staff: counsellors and supervisors with made-up names (staff are the only named people
// in the database) and one shared demo password, hashed once with the app's own argon2id hasher.
import { randomInt } from 'node:crypto';

const FIRST = [
  'Anouk',
  'Bram',
  'Charlotte',
  'Daan',
  'Eva',
  'Femke',
  'Gijs',
  'Hanna',
  'Ilse',
  'Jesse',
  'Karin',
  'Lotte',
  'Maarten',
  'Noor',
  'Olaf',
  'Pien',
  'Ruben',
  'Sanne',
  'Thijs',
  'Vera',
];
const LAST = [
  'de Boer',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Graaf',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
];

export const DEMO_PREFIX = 'demo.';

/** Readable random password: four groups of five Crockford characters (~100 bits). */
export function demoPassword() {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  return Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('')).join('-');
}

/** `prefix`: DEMO_PREFIX, or DEMO_PREFIX plus a helpline's short name for the staff of a further helpline. */
export function demoStaff(counsellors, supervisors, prefix = DEMO_PREFIX) {
  const name = (i) => `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  const pad = (i) => String(i).padStart(2, '0');
  return [
    ...Array.from({ length: counsellors }, (_, i) => ({
      username: `${prefix}counsellor${pad(i + 1)}`,
      displayName: name(i),
      role: 'counsellor',
    })),
    ...Array.from({ length: supervisors }, (_, i) => ({
      username: `${prefix}supervisor${pad(i + 1)}`,
      displayName: name(i + counsellors),
      role: 'supervisor',
    })),
  ];
}

/**
 * Inserts (or, on a re-run, re-keys) the demo staff as members of `helplineId`, with their role
 * there; answers their ids by role.
 */
export async function upsertStaff(client, staff, passwordHash, helplineId) {
  const { rows: accounts } = await client.query(
    `INSERT INTO staff (username, display_name, password_hash)
     SELECT * FROM unnest($1::text[], $2::text[], array_fill($3::text, ARRAY[$4::int]))
     ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true,
       failed_logins = 0, failed_second_factors = 0, locked_at = NULL, locked_until = NULL, lock_count = 0,
       next_attempt_at = NULL, updated_at = now()
     RETURNING id, username`,
    [staff.map((s) => s.username), staff.map((s) => s.displayName), passwordHash, staff.length],
  );
  const roleOf = new Map(staff.map((s) => [s.username, s.role]));
  const rows = accounts.map((a) => ({ id: a.id, role: roleOf.get(a.username) }));
  await client.query(
    `INSERT INTO helpline_member (helpline_id, staff_id, role) SELECT $1, unnest($2::uuid[]), unnest($3::text[])
     ON CONFLICT (staff_id, helpline_id) DO UPDATE SET role = EXCLUDED.role`,
    [helplineId, rows.map((r) => r.id), rows.map((r) => r.role)],
  );
  return {
    counsellor: rows.filter((r) => r.role === 'counsellor').map((r) => r.id),
    supervisor: rows.filter((r) => r.role === 'supervisor').map((r) => r.id),
  };
}
