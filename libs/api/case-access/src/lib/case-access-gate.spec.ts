import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The gate of issue 18: a service reads case rows only through the case-access service. This
 * test reads every non-test source of libs/api and fails when SQL outside this library reads
 * `case_file` (`FROM case_file`, `JOIN case_file`) in a file that is not below, or more often
 * than the number below says (there are no TypeORM entities to read it otherwise:
 * libs/api/database/src/lib/sql-only.spec.ts). Each entry says why that file may: aggregates and lists narrowed by role, the retention job, and hot-path
 * statements that check access inside the statement with this library's `groundsSql` and hand
 * the row to `CaseAccessService.granted()`. Adding a read means adding (or raising) an entry in
 * review, which is the point.
 */
const ALLOWED: Readonly<Record<string, { reads: number; why: string }>> = {
  'libs/api/cases/src/lib/case/case.sql.ts': {
    reads: 3,
    why: 'the case header (read after require(), or for the caller’s own/supervisor lists), the timeline’s creation entry, and the case list (a counsellor’s own cases, all cases for supervisors)',
  },
  'libs/api/cases/src/lib/case/case.service.ts': {
    reads: 1,
    why: 'Vandaag (own cases)',
  },
  'libs/api/cases/src/lib/contact/contact.sql.ts': {
    reads: 1,
    why: 'hot path: the autosave checks access with groundsSql in its one statement, then granted()',
  },
  'libs/api/cases/src/lib/lookup/lookup.sql.ts': {
    reads: 1,
    why: 'look-up by code word: answers codes only, throttled and audited; opening one goes through the access check',
  },
  'libs/api/guide-progress/src/lib/guide-progress.sql.ts': {
    reads: 1,
    why: 'hot path: a progress update checks access with groundsSql in its one statement, then granted()',
  },
  'libs/api/appointments/src/lib/appointment/appointment.sql.ts': {
    reads: 1,
    why: 'appointment views (after the access check) and the agenda, narrowed with accessCondition',
  },
  'libs/api/cases/src/lib/handover/handover.service.ts': {
    reads: 1,
    why: 'the former owner of a case learns only to whom and when it was handed over (no content; anyone else gets not found)',
  },
  'libs/api/cases/src/lib/unfinished/unfinished.service.ts': {
    reads: 1,
    why: 'running contacts: my own drafts on cases I may open (accessCondition), and stale drafts for supervisors (codes only)',
  },
  'libs/api/review/src/lib/case-audit/case-audit.service.ts': {
    reads: 1,
    why: 'the audit trail (after require()): who was the assigned counsellor at the time of each event',
  },
  'libs/api/alerts/src/lib/live/live-events.sql.ts': {
    reads: 1,
    why: 'live acute-danger alerts for the helpline’s supervisors and admins: the case code of an alerted risk flag (no content)',
  },
  'libs/api/appointments/src/lib/calendar-feed/calendar-feed.service.ts': {
    reads: 1,
    why: 'the calendar feed of the staff member’s own appointments (case codes only)',
  },
  'libs/api/peer-groups/src/lib/attendance/attendance.service.ts': {
    reads: 1,
    why: 'group work: attendance of a group’s referrals (case codes only)',
  },
  'libs/api/peer-groups/src/lib/group/group.sql.ts': {
    reads: 1,
    why: 'group work: a group’s enrolments (case codes only)',
  },
  'libs/api/peer-groups/src/lib/referral/referral.sql.ts': {
    reads: 3,
    why: 'group work: the waiting list (codes only), a case’s referrals (after require()), a referral locked for a change (access checked next)',
  },
  'libs/api/review/src/lib/remark/remark.sql.ts': {
    reads: 2,
    why: 'remarks addressed to the signed-in staff member, and one remark (after require() or for its addressee)',
  },
  'libs/api/supervision/src/lib/overview.sql.ts': {
    reads: 7,
    why: 'supervisor aggregates: caseload, stalled and flagged cases (supervisors see every case)',
  },
  'libs/api/supervision/src/lib/auto-closed/auto-closed.sql.ts': {
    reads: 1,
    why: 'supervisors: the cases the retention job closed',
  },
  'libs/api/retention/src/lib/retention/retention.sql.ts': {
    reads: 3,
    why: 'the retention job: closed cases past retention, locked and deleted',
  },
  'libs/api/retention/src/lib/retention/inactive-cases.sql.ts': {
    reads: 2,
    why: 'the retention job: open cases without a contact for LEIDRAAD_INACTIVE_CLOSE_MONTHS, locked and closed',
  },
};

const ROOT = join(__dirname, '../../../../..');
const THIS_LIBRARY = 'libs/api/case-access/';
const SQL_READ = /\b(?:from|join)\s+case_file\b/gi;

/** How often a source reads case rows without the access service. */
function caseReads(source: string): number {
  return source.match(SQL_READ)?.length ?? 0;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function readsByFile(): Record<string, number> {
  const found: Record<string, number> = {};
  for (const library of readdirSync(join(ROOT, 'libs/api'))) {
    const src = join(ROOT, 'libs/api', library, 'src');
    let files: string[];
    try {
      files = sources(src);
    } catch {
      continue;
    }
    for (const file of files) {
      const path = relative(ROOT, file).split('\\').join('/');
      if (path.startsWith(THIS_LIBRARY)) continue;
      const reads = caseReads(readFileSync(file, 'utf8'));
      if (reads > 0) found[path] = reads;
    }
  }
  return found;
}

describe('the case-access gate', () => {
  it('recognises the ways a service reads case rows', () => {
    expect(caseReads('SELECT c.code FROM case_file c WHERE c.id = $1')).toBe(1);
    expect(caseReads('FROM appointment a\n  JOIN   case_file c ON c.id = a.case_id')).toBe(1);
    expect(caseReads('select * from CASE_FILE')).toBe(1);
    expect(caseReads('FROM case_file_archive; FROM case_access_grant g')).toBe(0);
    expect(caseReads("@ManyToOne('case_file', { onDelete: 'CASCADE' })")).toBe(0);
  });

  it('finds case reads outside the access service only where the allow-list says, as often as it says', () => {
    const found = readsByFile();
    // Sanity: the scan sees the sources (the supervisor overview reads cases).
    expect(found['libs/api/supervision/src/lib/overview.sql.ts']).toBeGreaterThan(0);
    const problems = Object.entries(found).flatMap(([file, reads]) => {
      const allowed = ALLOWED[file];
      if (!allowed) return [`${file}: ${reads} read(s) of case_file without CaseAccessService.require()`];
      return reads > allowed.reads ? [`${file}: ${reads} reads, the allow-list says ${allowed.reads} (${allowed.why})`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('keeps the allow-list tight: no entry for a file that reads less than it says', () => {
    const found = readsByFile();
    const stale = Object.entries(ALLOWED)
      .filter(([file, allowed]) => (found[file] ?? 0) !== allowed.reads)
      .map(([file, allowed]) => `${file}: allowed ${allowed.reads}, reads ${found[file] ?? 0}`);
    expect(stale).toEqual([]);
  });
});
