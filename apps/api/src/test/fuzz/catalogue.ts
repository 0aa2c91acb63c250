import type { CaseHeader, ContactView, PeerGroupView, PeerReferralView, SafetyPlanView } from '@leidraad/shared/domain';
import type { Role } from '@leidraad/shared/domain';
import type { TestApp, TestStaff } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { book, FOLLOW_UP } from '../appointments-helpers';
import { caseWithFinalContact, createCase } from '../cases-helpers';

/**
 * Every write endpoint the fuzzer knows how to reach with a valid request: who calls it, how to
 * make the records it needs, a valid body to mutate, its free-text fields, and the tables a
 * successful call may change. Routes Nest has that are not here are still fuzzed, generically
 * (fuzz.int-spec.ts lists them), so a new route is never skipped — only reached less deeply.
 */

export interface Actor {
  client: TestClient;
  staff: TestStaff;
}

export interface FuzzContext {
  test: TestApp;
  actor(role: Role): Promise<Actor>;
}

export interface Fixture {
  client: TestClient;
  path: string;
  valid?: Record<string, unknown>;
}

export interface FuzzEndpoint {
  /** `METHOD /api/path/:param` as Nest declares it. */
  route: string;
  /** Dotted paths of the @FreeText() fields in `valid`. */
  freeText: string[];
  /** Tables a successful call may change (besides sessions and the audit log). */
  writes: string[];
  setup(ctx: FuzzContext): Promise<Fixture>;
}

const CLEAN = 'Beller maakt zich zorgen en wil weten hoe het verder moet.';
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const CASE_TABLES = [
  'case_file',
  'case_revision',
  'counsellor_daily_contacts',
  'case_guide_summary',
  'contact_summary_entry',
  'safety_plan_review_due',
  'appointment_summary_entry',
];
const CONTACT_TABLES = [...CASE_TABLES, 'contact'];

function must<T>(label: string, response: { status: number; body: unknown }, ok = [200, 201]): T {
  if (!ok.includes(response.status)) throw new Error(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

async function draftCase(actor: Actor): Promise<{ header: CaseHeader; contactId: string }> {
  const header = await createCase(actor.client, {
    callerRole: 'parent',
    concern: 'unclear',
    contact: { channel: 'phone' },
  });
  return { header, contactId: header.drafts[0].id };
}

async function caseWithPlan(actor: Actor): Promise<{ header: CaseHeader; contactId: string; plan: SafetyPlanView }> {
  const { header, contactId } = await draftCase(actor);
  const plan = must<SafetyPlanView>(
    'save plan',
    await actor.client.put(`/api/cases/${header.id}/safety-plan`, {
      version: 0,
      contactId,
      agreements: [
        {
          topic: 'who-to-discuss-with',
          what: CLEAN,
          who: 'caller',
          reviewDate: '2027-12-15',
        },
      ],
    }),
  );
  return { header, contactId, plan };
}

async function referral(actor: Actor): Promise<PeerReferralView> {
  const { header, contactId } = await draftCase(actor);
  return must<PeerReferralView>(
    'refer',
    await actor.client.post('/api/peer-groups/referrals', {
      caseCode: header.code,
      contactId,
    }),
  );
}

const GROUP = {
  name: 'Voorjaar 2027 reeks',
  location: 'de Waag, zaal 2',
  capacity: 8,
  meetings: ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29'].map((day, i) => ({
    startsAt: `${day}T18:00:00Z`,
    themeId: ['how-it-comes-about', 'functions-of-viewing-images', 'risk-signals', 'impact-on-you', 'safety-plan-and-goals'][i],
  })),
};

async function group(ctx: FuzzContext): Promise<PeerGroupView> {
  const supervisor = await ctx.actor('supervisor');
  return must<PeerGroupView>('group', await supervisor.client.post('/api/peer-groups', GROUP));
}

export const CATALOGUE: FuzzEndpoint[] = [
  {
    route: 'POST /api/cases',
    freeText: ['contact.summary'],
    writes: CONTACT_TABLES,
    setup: async (ctx) => ({
      client: (await ctx.actor('counsellor')).client,
      path: '/api/cases',
      valid: {
        callerRole: 'parent',
        concern: 'unclear',
        codeWord: 'zonnebloem in de tuin',
        contact: {
          channel: 'phone',
          summary: CLEAN,
          referrals: ['stop_it_now_website'],
        },
      },
    }),
  },
  {
    // A colleague's case, opened with a reason: the note is free text, stored encrypted.
    route: 'POST /api/cases/lookup',
    freeText: ['reason.note'],
    writes: ['case_lookup_throttle', 'case_access_grant', 'case_access_reason'],
    setup: async (ctx) => {
      const owner = await ctx.test.signIn('counsellor');
      const { header } = await draftCase(owner);
      return {
        client: (await ctx.actor('counsellor')).client,
        path: '/api/cases/lookup',
        valid: { code: header.code, reason: { category: 'other', note: CLEAN } },
      };
    },
  },
  {
    route: 'POST /api/cases/code-word-lookups',
    freeText: [],
    writes: ['case_lookup_throttle'],
    setup: async (ctx) => ({
      client: (await ctx.actor('counsellor')).client,
      path: '/api/cases/code-word-lookups',
      valid: { codeWord: 'zonnebloem in de tuin', callerRole: 'parent' },
    }),
  },
  {
    route: 'PATCH /api/cases/:id',
    freeText: ['statusReason'],
    writes: [...CASE_TABLES, 'case_status_change', 'case_review'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header } = await draftCase(actor);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}`,
        valid: {
          version: header.version,
          status: 'waiting_for_caller',
          statusReason: CLEAN,
          codeWord: 'regenboog boven zee',
        },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/risk-flags',
    freeText: ['reason'],
    writes: [...CASE_TABLES, 'case_risk_flag', 'case_review'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header } = await draftCase(actor);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/risk-flags`,
        valid: { version: header.version, flag: 'other', reason: CLEAN },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/risk-flags/:flag/clear',
    freeText: ['reason'],
    writes: [...CASE_TABLES, 'case_risk_flag', 'case_review'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header } = await draftCase(actor);
      const set = must<CaseHeader>(
        'flag',
        await actor.client.post(`/api/cases/${header.id}/risk-flags`, {
          version: header.version,
          flag: 'caller_safety',
          reason: CLEAN,
        }),
      );
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/risk-flags/caller_safety/clear`,
        valid: { version: set.version, reason: CLEAN },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/contacts',
    freeText: ['summary'],
    writes: CONTACT_TABLES,
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const header = await createCase(actor.client);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/contacts`,
        valid: { channel: 'chat', summary: CLEAN, outcome: 'advice_given' },
      };
    },
  },
  {
    route: 'PUT /api/cases/:id/contacts/:contactId/draft',
    freeText: ['summary'],
    writes: CONTACT_TABLES,
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId } = await draftCase(actor);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/contacts/${contactId}/draft`,
        valid: {
          revision: 1,
          baseRevision: 0,
          writer: '6f1d2c3b-4a59-4e87-9d6c-5b4a39281706',
          channel: 'phone',
          startedAt: ago(30),
          endedAt: ago(5),
          summary: CLEAN,
          outcome: 'advice_given',
          referrals: ['stop_it_now_website'],
        },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/contacts/:contactId/finalise',
    freeText: [],
    writes: CONTACT_TABLES,
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId } = await draftCase(actor);
      must(
        'draft',
        await actor.client.put(`/api/cases/${header.id}/contacts/${contactId}/draft`, {
          revision: 1,
          channel: 'phone',
          startedAt: ago(30),
          endedAt: ago(5),
          summary: CLEAN,
          outcome: 'advice_given',
        }),
      );
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/contacts/${contactId}/finalise`,
      };
    },
  },
  {
    route: 'POST /api/cases/:id/contacts/:contactId/corrections',
    freeText: ['reason', 'summary'],
    writes: [...CONTACT_TABLES, 'contact_correction'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contact } = await caseWithFinalContact(actor.client);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/contacts/${contact.id}/corrections`,
        valid: { reason: CLEAN, summary: CLEAN, outcome: 'advice_given' },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/handovers',
    freeText: ['note'],
    writes: [...CONTACT_TABLES, 'case_handover', 'case_review', 'appointment'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header } = await draftCase(actor);
      const colleague = await ctx.test.createStaff('counsellor');
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/handovers`,
        valid: {
          version: header.version,
          toStaffId: colleague.id,
          note: CLEAN,
          appointments: 'move',
        },
      };
    },
  },
  {
    route: 'PUT /api/cases/:id/guide-progress/:itemId',
    freeText: ['note'],
    writes: ['guide_progress', 'guide_progress_change', 'case_guide_summary', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId } = await draftCase(actor);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/guide-progress/step-1.place-and-time`,
        valid: { state: 'discussed', contactId, note: CLEAN },
      };
    },
  },
  {
    route: 'PUT /api/cases/:id/safety-plan',
    freeText: ['agreements.0.what', 'agreements.0.howChecked'],
    writes: ['safety_plan', 'safety_plan_version', 'safety_plan_agreement', 'safety_plan_review_due', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId } = await draftCase(actor);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/safety-plan`,
        valid: {
          version: 0,
          contactId,
          agreements: [
            {
              topic: 'who-to-discuss-with',
              what: CLEAN,
              howChecked: CLEAN,
              who: 'caller',
              reviewDate: '2027-12-15',
            },
          ],
        },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/safety-plan/activate',
    freeText: [],
    writes: ['safety_plan', 'safety_plan_version', 'safety_plan_agreement', 'safety_plan_review_due', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId, plan } = await caseWithPlan(actor);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/safety-plan/activate`,
        valid: { version: plan.version, contactId },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/safety-plan/evaluation',
    freeText: ['results.0.note'],
    writes: ['safety_plan', 'safety_plan_version', 'safety_plan_agreement', 'safety_plan_review_due', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId, plan } = await caseWithPlan(actor);
      const active = must<SafetyPlanView>(
        'activate',
        await actor.client.post(`/api/cases/${header.id}/safety-plan/activate`, { version: plan.version, contactId }),
      );
      const later = must<ContactView>(
        'contact',
        await actor.client.post(`/api/cases/${header.id}/contacts`, {
          channel: 'chat',
        }),
      );
      const agreementId = (active as unknown as { agreements: { id: string }[] }).agreements[0].id;
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/safety-plan/evaluation`,
        valid: {
          version: active.version,
          contactId: later.id,
          results: [{ agreementId, result: 'kept', note: CLEAN }],
        },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/appointments',
    freeText: [],
    writes: ['appointment', 'appointment_summary_entry', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const header = await createCase(actor.client);
      return {
        client: actor.client,
        path: `/api/cases/${header.id}/appointments`,
        valid: {
          ...FOLLOW_UP,
          startsAt: '2027-06-15T07:00:00Z',
          allowOutsideHours: true,
        },
      };
    },
  },
  {
    route: 'POST /api/appointments/:appointmentId/status',
    freeText: ['reason'],
    writes: ['appointment', 'appointment_summary_entry', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const header = await createCase(actor.client);
      const appointment = await book(actor.client, header.id, {
        startsAt: '2027-06-16T07:00:00Z',
        allowOutsideHours: true,
      });
      return {
        client: actor.client,
        path: `/api/appointments/${appointment.id}/status`,
        valid: {
          version: appointment.version,
          status: 'cancelled',
          reason: CLEAN,
        },
      };
    },
  },
  {
    route: 'POST /api/appointments/:appointmentId/reschedule',
    freeText: [],
    writes: ['appointment', 'appointment_summary_entry', 'case_file'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const header = await createCase(actor.client);
      const appointment = await book(actor.client, header.id, {
        startsAt: '2027-06-17T07:00:00Z',
        allowOutsideHours: true,
      });
      return {
        client: actor.client,
        path: `/api/appointments/${appointment.id}/reschedule`,
        valid: {
          version: appointment.version,
          startsAt: '2027-06-18T07:00:00Z',
          allowOutsideHours: true,
          durationMinutes: 45,
        },
      };
    },
  },
  {
    route: 'PUT /api/schedules/:staffId',
    freeText: [],
    writes: ['staff_schedule', 'working_period', 'staff_absence'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      return {
        client: actor.client,
        path: `/api/schedules/${actor.staff.id}`,
        valid: {
          workingHours: [{ weekday: 2, start: '10:00', end: '12:00' }],
          absences: [{ from: '2027-07-01', to: '2027-07-14' }],
        },
      };
    },
  },
  {
    route: 'POST /api/me/calendar-feed',
    freeText: [],
    writes: ['calendar_feed'],
    setup: async (ctx) => ({
      client: (await ctx.actor('counsellor')).client,
      path: '/api/me/calendar-feed',
    }),
  },
  {
    route: 'DELETE /api/me/calendar-feed',
    freeText: [],
    writes: ['calendar_feed'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      must('feed', await actor.client.post('/api/me/calendar-feed'));
      return { client: actor.client, path: '/api/me/calendar-feed' };
    },
  },
  {
    route: 'POST /api/peer-groups',
    freeText: ['name', 'location'],
    writes: ['peer_group', 'peer_group_meeting'],
    setup: async (ctx) => ({
      client: (await ctx.actor('supervisor')).client,
      path: '/api/peer-groups',
      valid: GROUP,
    }),
  },
  {
    route: 'PUT /api/peer-groups/:groupId',
    freeText: ['name', 'location'],
    writes: ['peer_group', 'peer_group_meeting'],
    setup: async (ctx) => {
      const created = await group(ctx);
      return {
        client: (await ctx.actor('supervisor')).client,
        path: `/api/peer-groups/${created.id}`,
        valid: {
          ...GROUP,
          capacity: 10,
          status: 'planned',
          version: created.version,
        },
      };
    },
  },
  {
    route: 'POST /api/peer-groups/referrals',
    freeText: [],
    writes: ['peer_referral'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header, contactId } = await draftCase(actor);
      return {
        client: actor.client,
        path: '/api/peer-groups/referrals',
        valid: { caseCode: header.code, contactId },
      };
    },
  },
  {
    route: 'POST /api/peer-groups/referrals/:referralId/withdraw',
    freeText: [],
    writes: ['peer_referral', 'peer_attendance'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const made = await referral(actor);
      return {
        client: actor.client,
        path: `/api/peer-groups/referrals/${made.id}/withdraw`,
      };
    },
  },
  {
    route: 'POST /api/peer-groups/:groupId/enrolments',
    freeText: [],
    writes: ['peer_referral', 'peer_group'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const made = await referral(actor);
      const created = await group(ctx);
      return {
        client: actor.client,
        path: `/api/peer-groups/${created.id}/enrolments`,
        valid: { referralId: made.id },
      };
    },
  },
  {
    route: 'PUT /api/peer-groups/:groupId/attendance',
    freeText: [],
    writes: ['peer_attendance'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const made = await referral(actor);
      const created = await group(ctx);
      must(
        'enrol',
        await actor.client.post(`/api/peer-groups/${created.id}/enrolments`, {
          referralId: made.id,
        }),
      );
      return {
        client: actor.client,
        path: `/api/peer-groups/${created.id}/attendance`,
        valid: {
          entries: [{ referralId: made.id, meeting: 1, status: 'present' }],
        },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/review-remarks',
    freeText: ['text'],
    writes: ['review_remark', 'case_review'],
    setup: async (ctx) => {
      const { header } = await draftCase(await ctx.actor('counsellor'));
      return {
        client: (await ctx.actor('supervisor')).client,
        path: `/api/cases/${header.id}/review-remarks`,
        valid: { text: CLEAN },
      };
    },
  },
  {
    route: 'POST /api/review-remarks/:remarkId/acknowledge',
    freeText: [],
    writes: ['review_remark'],
    setup: async (ctx) => {
      const counsellor = await ctx.actor('counsellor');
      const { header } = await draftCase(counsellor);
      const remark = must<{ id: string }>(
        'remark',
        await (
          await ctx.actor('supervisor')
        ).client.post(`/api/cases/${header.id}/review-remarks`, {
          text: CLEAN,
        }),
      );
      return {
        client: counsellor.client,
        path: `/api/review-remarks/${remark.id}/acknowledge`,
      };
    },
  },
  {
    route: 'POST /api/cases/:id/review',
    freeText: [],
    writes: ['case_review'],
    setup: async (ctx) => {
      const { header } = await draftCase(await ctx.actor('counsellor'));
      return {
        client: (await ctx.actor('supervisor')).client,
        path: `/api/cases/${header.id}/review`,
      };
    },
  },
  {
    route: 'POST /api/cases/:id/reassign',
    freeText: ['reason'],
    writes: [...CONTACT_TABLES, 'case_reassignment', 'case_review', 'case_handover'],
    setup: async (ctx) => {
      const { header } = await draftCase(await ctx.actor('counsellor'));
      const to = await ctx.test.createStaff('counsellor');
      return {
        client: (await ctx.actor('supervisor')).client,
        path: `/api/cases/${header.id}/reassign`,
        valid: { toStaffId: to.id, version: header.version, reason: CLEAN },
      };
    },
  },
  {
    route: 'POST /api/cases/:id/risk-flags/:flag/acknowledge',
    freeText: [],
    writes: ['risk_flag_acknowledgement', 'case_review'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { header } = await draftCase(actor);
      must(
        'flag',
        await actor.client.post(`/api/cases/${header.id}/risk-flags`, {
          version: header.version,
          flag: 'other',
          reason: CLEAN,
        }),
      );
      return {
        client: (await ctx.actor('supervisor')).client,
        path: `/api/cases/${header.id}/risk-flags/other/acknowledge`,
      };
    },
  },
  {
    route: 'POST /api/alerts/:id/acknowledge',
    freeText: [],
    writes: ['staff_alert'],
    setup: async (ctx) => {
      // Raised by the unusual-access check after many opens; arranged directly here.
      const counsellor = await ctx.actor('counsellor');
      const { rows } = await ctx.test.db.query<{ id: string }>(
        `INSERT INTO staff_alert (kind, staff_id, window_start, window_end, count) VALUES ('unusual_access', $1, now() - interval '1 hour', now(), 11) RETURNING id`,
        [counsellor.staff.id],
      );
      return {
        client: (await ctx.actor('supervisor')).client,
        path: `/api/alerts/${rows[0].id}/acknowledge`,
      };
    },
  },
  {
    route: 'POST /api/pseudonymisation/scan',
    freeText: [],
    writes: [],
    setup: async (ctx) => ({
      client: (await ctx.actor('counsellor')).client,
      path: '/api/pseudonymisation/scan',
      valid: { text: CLEAN },
    }),
  },
  {
    route: 'POST /api/staff',
    freeText: [],
    writes: ['staff', 'helpline_member', 'staff_schedule', 'working_period'],
    setup: async (ctx) => ({
      client: (await ctx.actor('admin')).client,
      path: '/api/staff',
      valid: {
        username: `fuzz${Math.random().toString(36).slice(2, 10)}`,
        displayName: 'Fuzz Medewerker',
        role: 'counsellor',
        password: 'lang en sterk wachtwoord 42!',
      },
    }),
  },
  {
    route: 'PATCH /api/staff/:id',
    freeText: [],
    writes: ['staff', 'helpline_member', 'staff_session'],
    setup: async (ctx) => {
      const target = await ctx.test.createStaff('counsellor');
      return {
        client: (await ctx.actor('admin')).client,
        path: `/api/staff/${target.id}`,
        valid: { displayName: 'Nieuwe Naam', role: 'supervisor', active: true },
      };
    },
  },
  {
    route: 'POST /api/staff/:id/unlock',
    freeText: [],
    writes: ['staff'],
    setup: async (ctx) => {
      const target = await ctx.test.createStaff('counsellor');
      return {
        client: (await ctx.actor('admin')).client,
        path: `/api/staff/${target.id}/unlock`,
      };
    },
  },
  {
    route: 'POST /api/staff/:id/password',
    freeText: [],
    writes: ['staff', 'staff_session'],
    setup: async (ctx) => {
      const target = await ctx.test.createStaff('counsellor');
      return {
        client: (await ctx.actor('admin')).client,
        path: `/api/staff/${target.id}/password`,
        valid: { password: 'een ander lang wachtwoord 7!' },
      };
    },
  },
  {
    route: 'POST /api/auth/login',
    freeText: [],
    // A refused sign-in counts against the account and the address: that is its job.
    writes: ['staff', 'login_throttle'],
    setup: async (ctx) => {
      const target = await ctx.test.createStaff('counsellor');
      return {
        client: ctx.test.client(),
        path: '/api/auth/login',
        valid: { username: target.username, password: target.password },
      };
    },
  },
  {
    route: 'POST /api/helplines',
    freeText: [],
    writes: ['helpline', 'staff', 'helpline_member'],
    setup: async (ctx) => {
      const admin = await ctx.actor('admin');
      await ctx.test.db.query(`UPDATE staff SET platform_admin = true WHERE id = $1`, [admin.staff.id]);
      const suffix = Math.random().toString(36).slice(2, 10);
      return {
        client: admin.client,
        path: '/api/helplines',
        valid: {
          name: `Fuzzlijn ${suffix}`,
          language: 'nl',
          admin: { username: `fuzz-h-${suffix}`, displayName: 'Fuzz Beheerder', password: 'lang en sterk wachtwoord 42!' },
        },
      };
    },
  },
  {
    route: 'PUT /api/helplines/current',
    freeText: [],
    writes: ['helpline'],
    setup: async (ctx) => {
      const admin = await ctx.actor('admin');
      const current = await admin.client.get<{ version: number; name: string }>('/api/helplines/current');
      const { version, name } = must<{ version: number; name: string }>('helpline', current);
      return {
        client: admin.client,
        path: '/api/helplines/current',
        valid: {
          version,
          name,
          language: 'nl',
          phone: '0800 266 64 36',
          website: 'https://www.stopitnow.nl',
          timeZone: 'Europe/Amsterdam',
          workingHours: [
            { weekday: 1, start: '09:00', end: '12:00' },
            { weekday: 1, start: '13:00', end: '17:00' },
          ],
          caseCodePrefix: 'NL',
          settings: {
            retentionMonths: 24,
            inactiveCloseMonths: null,
            stalledAfterDays: 14,
            twoFactorForAll: false,
            unusualAccessPerHour: 10,
          },
        },
      };
    },
  },
  {
    route: 'PUT /api/auth/session/helpline',
    freeText: [],
    writes: ['staff_session'],
    setup: async (ctx) => {
      const actor = await ctx.actor('counsellor');
      const { rows } = await ctx.test.db.query<{ id: string }>(`SELECT helpline_id AS id FROM helpline_member WHERE staff_id = $1`, [
        actor.staff.id,
      ]);
      return { client: actor.client, path: '/api/auth/session/helpline', valid: { helplineId: rows[0].id } };
    },
  },
  {
    route: 'POST /api/auth/logout',
    freeText: [],
    writes: [],
    // Its own session each time: a successful call ends it.
    setup: async (ctx) => ({
      client: (await ctx.test.signIn('counsellor')).client,
      path: '/api/auth/logout',
    }),
  },
];

/**
 * Tables a refused request may still change: the audit log (denials are audited), the caller's
 * session (touched), and the unusual-access count with the alert it may raise (a case reached is
 * counted even when the request is then refused, say for a stale version).
 */
export const ALWAYS_WRITABLE = ['audit_event', 'staff_session', 'case_reach', 'staff_alert'];
/** For sign-in, a refusal is itself recorded (failure counters, throttles). */
export const WRITABLE_ON_REFUSAL: Record<string, string[]> = {
  'POST /api/auth/login': ['staff', 'login_throttle'],
  'POST /api/cases/code-word-lookups': ['case_lookup_throttle'],
  'POST /api/cases/lookup': ['case_lookup_throttle'],
};
