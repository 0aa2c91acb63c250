import type { Pool } from 'pg';
import { ANY, CONTACT_CUBE, FOLLOW_UP_OUTCOMES, GUIDE_STEPS } from '@leidraad/api/supervision';
import { recoverSuppressed, type Figure, type Knowledge } from '@leidraad/api/supervision/testing';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  parseStatisticsPeriod,
  type MonthlySeries,
  type StatisticsPeriod,
  type SupervisionTrends,
  type SuppressedCount,
} from '@leidraad/shared/domain';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { csvRows, download, seedCase } from './reports-helpers';
import { ownDatabase } from './own-database';

/**
 * DESIGN.md rule 7, proved on the API: a year (2025) of many small counts, every period (12
 * months, 4 quarters, the year) × every filter the trends accept (channel × caller role × concern,
 * each optional: 200), plus the monthly, quarterly and yearly reports. Every published figure goes
 * into one system a reader could solve (recoverSuppressed: whole counts ≥ 0, `<5` = 1–4, `hidden`
 * ≥ 0, every figure a sum of the finest counts); no suppressed figure may be pinned to one value.
 * The duration quantiles are not linear and stay out of the system (they are the middle of a
 * duration band, published only over a shown count of 5 or more). Other years hold nothing: their
 * figures are all 0.
 */

const YEAR = 2025;
const MONTHS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
/** Contacts per month: several small months, two empty ones in between. */
const CONTACTS_PER_MONTH = [26, 9, 3, 0, 15, 0, 6, 31, 4, 12, 0, 18];

/** A deterministic pseudo-random source, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface SeedCase {
  id: string;
  role: number;
  concern: number;
  contacts: number;
  guided: boolean;
}

/** The true finest counts, kept by the seeder (independently of the app's summaries). */
const truth = {
  contacts: new Array<number>(12 * CONTACT_CUBE.atomCount).fill(0),
  fidelity: new Array<number>(12 * 2).fill(0),
  followUps: new Array<number>(12 * FOLLOW_UP_OUTCOMES.length).fill(0),
  funnel: new Array<number>(12 * GUIDE_STEPS).fill(0),
};

async function seed(db: Pool, counsellor: TestStaff): Promise<void> {
  const next = random(2025);
  const pick = (n: number) => Math.floor(next() * n);
  const cases: SeedCase[] = [];
  const newCase = async (role: number, concern: number) => {
    const { id } = await seedCase(db, counsellor.id, CALLER_ROLES[role] ?? 'other', CASE_CONCERNS[concern] ?? 'unclear');
    const created: SeedCase = { id, role, concern, contacts: 0, guided: false };
    cases.push(created);
    return created;
  };
  // A few busy cases (returning callers), many one-off ones scattered over the categories.
  const busy = [await newCase(2, 3), await newCase(0, 0), await newCase(1, 1)];
  for (const [m, count] of CONTACTS_PER_MONTH.entries()) {
    // The month's contacts, then inserted in time order, so a case's first (new) contact is its earliest.
    const planned: { chosen: SeedCase; channel: number; start: string; minutes: number }[] = [];
    for (let i = 0; i < count; i++) {
      const r = next();
      const chosen =
        r < 0.45
          ? busy[pick(busy.length)]
          : r < 0.6 && cases.length > 3
            ? cases[3 + pick(cases.length - 3)]
            : await newCase(pick(CALLER_ROLES.length), pick(CASE_CONCERNS.length));
      if (!chosen) continue;
      const channel = r < 0.45 ? 0 : pick(CONTACT_CHANNELS.length);
      const start = `${MONTHS[m]}-${String(1 + pick(28)).padStart(2, '0')}T${String(8 + pick(10)).padStart(2, '0')}:${String(pick(60)).padStart(2, '0')}:00+01:00`;
      planned.push({ chosen, channel, start, minutes: 5 + pick(50) });
    }
    planned.sort((x, y) => x.start.localeCompare(y.start));
    for (const [i, { chosen, channel, start, minutes }] of planned.entries()) {
      const fresh = chosen.contacts === 0;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
         VALUES ($1, $2, 'final', $3, $4::timestamptz, $4::timestamptz + make_interval(mins => $5), '\\x00', 'other', now(), $2)
         RETURNING id`,
        [chosen.id, counsellor.id, CONTACT_CHANNELS[channel], start, minutes],
      );
      truth.contacts[m * CONTACT_CUBE.atomCount + CONTACT_CUBE.atomOf([channel, chosen.role, chosen.concern, fresh ? 0 : 1])]++;
      chosen.contacts++;
      // Guide work once per relative's case, in its first contact: step 1 (on the suggested step) or step 4 (off it).
      if (fresh && CALLER_ROLES[chosen.role] !== 'self' && next() < 0.6) {
        const step = next() < 0.7 ? 1 : 4;
        await db.query(
          `INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, changed_at, guide_version)
           VALUES ($1, $2, 'not_discussed', 'discussed', $3, $4, $5::timestamptz + interval '1 minute', 1)`,
          [chosen.id, `step-${step}.item-${m}-${i}`, rows[0]?.id, counsellor.id, start],
        );
        chosen.guided = true;
        truth.fidelity[m * 2 + (step === 1 ? 0 : 1)]++;
        truth.funnel[m * GUIDE_STEPS + step - 1]++;
      }
    }
    // Appointments with an outcome: a handful a month.
    for (let i = 0; i < pick(7); i++) {
      const outcome = pick(3);
      const chosen = busy[pick(busy.length)];
      const start = `${MONTHS[m]}-${String(1 + pick(28)).padStart(2, '0')}T14:00:00+01:00`;
      await db.query(
        `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, status, cancel_reason, created_by, updated_by)
         VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '30 minutes', 30, 'phone', 'follow_up', $4,
                 CASE WHEN $4 = 'cancelled' THEN '\\x00'::bytea END, $2, $2)`,
        [chosen?.id, counsellor.id, start, ['done', 'no_show', 'cancelled'][outcome]],
      );
      truth.followUps[m * FOLLOW_UP_OUTCOMES.length + outcome]++;
    }
  }
}

/** Collects published figures by the atoms they sum; one figure published twice must say the same. */
class Publication {
  readonly figures = new Map<string, Figure>();
  cells = 0;

  add(name: string, atoms: number[], count: SuppressedCount, masked = false): void {
    this.cells++;
    const knowledge: Knowledge =
      typeof count === 'number' ? { kind: 'exact', value: count } : count === '<5' ? { kind: 'small' } : { kind: 'hidden' };
    const key = [...atoms].sort((a, b) => a - b).join(',');
    const known = this.figures.get(key);
    if (!known) {
      this.figures.set(key, { name, atoms, knowledge });
      return;
    }
    const a = known.knowledge;
    if (a.kind === 'exact' && knowledge.kind === 'exact' && a.value !== knowledge.value)
      throw new Error(`${name}: published as ${a.value} and as ${knowledge.value}`);
    // A number in one place and `<5` in another would give the small count away; `hidden` cells of a
    // breakdown suppressed as a whole (masked) may be shown elsewhere.
    if ((a.kind === 'exact' && knowledge.kind === 'small') || (a.kind === 'small' && knowledge.kind === 'exact')) {
      throw new Error(`${name}: published both as a number and as <5 (${known.name})`);
    }
    if (knowledge.kind === 'hidden' && a.kind !== 'hidden' && !masked && a.kind !== 'small')
      throw new Error(`${name}: hidden here, shown as a number in ${known.name}`);
    const strength = { exact: 2, small: 1, hidden: 0 };
    if (strength[knowledge.kind] > strength[a.kind]) this.figures.set(key, { name, atoms, knowledge });
  }
}

function contactAtoms(months: number[], pattern: number[]): number[] {
  const cell = CONTACT_CUBE.cellOf(pattern);
  return months.flatMap((m) => CONTACT_CUBE.atomsOf(cell).map((atom) => m * CONTACT_CUBE.atomCount + atom));
}

const offsets = (months: number[], width: number, index: number) => months.map((m) => m * width + index);

/** Where each family's atoms start in the reader's system. */
const FUNNEL_AT = 12 * CONTACT_CUBE.atomCount;
const FIDELITY_AT = FUNNEL_AT + 12 * GUIDE_STEPS;
const FOLLOW_UPS_AT = FIDELITY_AT + 12 * 2;

describe('statistics: no suppressed count can be recovered from everything published together', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  let supervisor: TestClient;
  const periods: StatisticsPeriod[] = [...MONTHS, ...[1, 2, 3, 4].map((q) => `${YEAR}-Q${q}`), String(YEAR)].map(
    (label) => parseStatisticsPeriod(label) as StatisticsPeriod,
  );
  const published = new Publication();
  const monthIndexes = (period: StatisticsPeriod) => period.months.map((month) => MONTHS.indexOf(month));

  beforeAll(async () => {
    database = await ownDatabase('statistics_disclosure');
    test = await startTestApp({ DATABASE_URL: database.url });
    await seed(test.db, await test.createStaff('counsellor'));
    supervisor = (await test.signIn('supervisor')).client;
  }, 120_000);

  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  it('collects every cell of every period × filter of the trends', async () => {
    const filters: Record<string, string>[] = [];
    for (const channel of [undefined, ...CONTACT_CHANNELS])
      for (const callerRole of [undefined, ...CALLER_ROLES])
        for (const concern of [undefined, ...CASE_CONCERNS])
          filters.push(Object.fromEntries(Object.entries({ channel, callerRole, concern }).filter(([, v]) => v)) as Record<string, string>);
    expect(filters).toHaveLength(200);
    const asks = periods.flatMap((period) => filters.map((filter) => ({ period, filter })));
    // A few requests at a time: the answers are collected the same way, only sooner. A 503 (the
    // database busy on a loaded machine) is asked again after its Retry-After, as any client would.
    const answers: { period: StatisticsPeriod; filter: Record<string, string>; query: string; body: SupervisionTrends }[] = [];
    const ask = async (path: string) => {
      for (let attempt = 0; ; attempt++) {
        const response = await supervisor.get<SupervisionTrends>(path);
        if (response.status !== 503 || attempt === 3) return response;
        await new Promise((resolve) => setTimeout(resolve, 5_000));
      }
    };
    for (let i = 0; i < asks.length; i += 3) {
      await Promise.all(
        asks.slice(i, i + 3).map(async ({ period, filter }) => {
          const query = new URLSearchParams({ period: period.label, ...filter }).toString();
          const response = await ask(`/api/supervision/trends?${query}`);
          expect(response.status).toBe(200);
          answers.push({ period, filter, query, body: response.body });
        }),
      );
    }
    for (const { period, filter, query, body } of answers) {
      {
        const months = monthIndexes(period);
        const base = [
          filter['channel'] ? CONTACT_CHANNELS.indexOf(filter['channel'] as never) : ANY,
          filter['callerRole'] ? CALLER_ROLES.indexOf(filter['callerRole'] as never) : ANY,
          filter['concern'] ? CASE_CONCERNS.indexOf(filter['concern'] as never) : ANY,
          ANY,
        ];
        const series: [number, MonthlySeries<string>][] = [
          [0, body.contactsByChannel],
          [1, body.contactsByCallerRole],
          [2, body.contactsByConcern],
          [3, body.newVsReturning],
        ];
        for (const [dimension, breakdown] of series) {
          const masked = (at: number | 'whole') => typeof (at === 'whole' ? breakdown.wholeTotal : breakdown.totals[at]) !== 'number';
          breakdown.totals.forEach((count, i) =>
            published.add(`${query} total ${period.months[i]}`, contactAtoms([months[i] ?? 0], base), count),
          );
          published.add(`${query} total`, contactAtoms(months, base), breakdown.wholeTotal);
          breakdown.series.forEach((s, category) => {
            const pattern = [...base];
            if ((base[dimension] ?? ANY) !== ANY && base[dimension] !== category) return; // structurally 0
            pattern[dimension] = category;
            s.counts.forEach((count, i) =>
              published.add(`${query} ${s.key} ${period.months[i]}`, contactAtoms([months[i] ?? 0], pattern), count, masked(i)),
            );
            published.add(`${query} ${s.key}`, contactAtoms(months, pattern), s.whole, masked('whole'));
          });
        }
        if (Object.keys(filter).length > 0) {
          expect([body.guideFunnel, body.guideFidelity, body.followUps]).toEqual([null, null, null]);
          continue;
        }
        body.guideFunnel?.forEach(({ step, cases }) =>
          published.add(
            `${period.label} funnel ${step}`,
            offsets(months, GUIDE_STEPS, step - 1).map((a) => a + FUNNEL_AT),
            cases,
          ),
        );
        if (body.guideFidelity) {
          published.add(
            `${period.label} on suggested`,
            offsets(months, 2, 0).map((a) => a + FIDELITY_AT),
            body.guideFidelity.onSuggestedStep,
          );
          published.add(
            `${period.label} guide contacts`,
            [...offsets(months, 2, 0), ...offsets(months, 2, 1)].map((a) => a + FIDELITY_AT),
            body.guideFidelity.total,
          );
        }
        FOLLOW_UP_OUTCOMES.forEach((outcome, i) => {
          const count = body.followUps?.[outcome];
          if (count !== undefined)
            published.add(
              `${period.label} ${outcome}`,
              offsets(months, FOLLOW_UP_OUTCOMES.length, i).map((a) => a + FOLLOW_UPS_AT),
              count,
            );
        });
      }
    }
    expect(published.cells).toBeGreaterThan(100_000);
  }, 900_000);

  it('collects the monthly, quarterly and yearly reports, which say the same as the trends', async () => {
    const before = published.figures.size;
    for (const period of periods) {
      const query =
        period.kind === 'year'
          ? `year=${YEAR}`
          : period.kind === 'quarter'
            ? `year=${YEAR}&quarter=${period.label.slice(-1)}`
            : `year=${YEAR}&month=${Number(period.label.slice(5))}`;
      // Asked again when a loaded machine drops the connection.
      const fetchReport = () => download(test, supervisor, `/api/reports/${period.kind}.csv?${query}`);
      const rows = csvRows((await fetchReport().catch(fetchReport)).body);
      const months = monthIndexes(period);
      const count = (text: string | undefined): SuppressedCount => (text === '<5' ? '<5' : text === 'verborgen' ? 'hidden' : Number(text));
      const row = (section: string, category: string) => rows.find((r) => r[0] === section && r[1] === category)?.[2];
      const total = row('Contacten per kanaal', 'Totaal');
      published.add(`report ${period.label} total`, contactAtoms(months, [ANY, ANY, ANY, ANY]), count(total));
      ['Telefoon', 'Chat', 'E-mail'].forEach((name, channel) =>
        published.add(
          `report ${period.label} ${name}`,
          contactAtoms(months, [channel, ANY, ANY, ANY]),
          count(row('Contacten per kanaal', name)),
        ),
      );
      if (period.kind !== 'month') {
        const names = [
          'januari',
          'februari',
          'maart',
          'april',
          'mei',
          'juni',
          'juli',
          'augustus',
          'september',
          'oktober',
          'november',
          'december',
        ];
        for (const m of months)
          published.add(
            `report ${period.label} ${names[m]}`,
            contactAtoms([m], [ANY, ANY, ANY, ANY]),
            count(row('Contacten per maand', names[m] ?? '')),
          );
      }
    }
    // Nothing the trends had not published already.
    expect(published.figures.size).toBe(before);
  }, 120_000);

  it('lets a reader who solves the whole system pin no suppressed count to one value', () => {
    const atoms = [...truth.contacts, ...truth.funnel, ...truth.fidelity, ...truth.followUps];
    const figures = [...published.figures.values()];
    const suppressed = figures.filter((f) => f.knowledge.kind !== 'exact');
    // The seed is meant to be hard: many small counts, many hidden partners.
    expect(suppressed.filter((f) => f.knowledge.kind === 'small').length).toBeGreaterThan(200);
    expect(suppressed.filter((f) => f.knowledge.kind === 'hidden').length).toBeGreaterThan(200);
    const result = recoverSuppressed(atoms, figures);
    expect(result.recoverable).toEqual([]);
  }, 900_000);
});
