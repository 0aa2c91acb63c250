import { caseAuditLines, type CaseAuditRow } from './case-audit-lines';
import { breakGlassReason, caseAuditReason } from './case-audit-reason';

const ann = { id: 'a', displayName: 'Ann', role: 'counsellor' as const };
const bob = { id: 'b', displayName: 'Bob', role: 'counsellor' as const };
let next = 100;
/** An event `minutes` after 10:00, newest-first order is made by the test. */
const at = (minutes: number, row: Partial<CaseAuditRow>): CaseAuditRow => ({
  id: String(next++),
  occurredAt: new Date(Date.UTC(2026, 10, 2, 10, minutes)),
  staff: ann,
  action: 'case.read',
  outcome: 'success',
  reason: null,
  assigned: true,
  ...row,
});

describe('caseAuditLines', () => {
  it('makes one line of a visit: the reads of one person within half an hour, most frequent action first', () => {
    const rows = [at(20, { action: 'contact.read' }), at(12, { action: 'contact.read' }), at(5, { action: 'contact.list' }), at(0, {})];
    const [line, ...rest] = caseAuditLines(rows);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ visit: true, count: 4, actions: ['contact.read', 'case.read', 'contact.list'] });
    expect(line?.from).toBe('2026-11-02T10:00:00.000Z');
    expect(line?.to).toBe('2026-11-02T10:20:00.000Z');
  });

  it('starts a new line after a pause, for another person, and for a refusal', () => {
    const rows = [
      at(90, {}),
      at(50, { staff: bob, assigned: false }),
      at(45, { outcome: 'denied', reason: { kind: 'system', key: 'notAssigned' } }),
      at(0, {}),
    ];
    expect(caseAuditLines(rows).map((line) => [line.staff?.displayName, line.outcome, line.count])).toEqual([
      ['Ann', 'success', 1],
      ['Bob', 'success', 1],
      ['Ann', 'denied', 1],
      ['Ann', 'success', 1],
    ]);
  });

  it('gives a visit the reason its first read was opened with, and no earlier read joins it', () => {
    const given = { kind: 'given' as const, text: 'Collega ziek, beller wacht' };
    const rows = [
      at(10, { staff: bob, assigned: false, action: 'contact.list' }),
      at(9, { staff: bob, assigned: false, reason: given }),
      at(8, { staff: bob, assigned: false }),
    ];
    const lines = caseAuditLines(rows);
    expect(lines.map((line) => [line.count, line.reason])).toEqual([
      [2, given],
      [1, null],
    ]);
  });

  it("folds one person's autosaves into a line but keeps writes with their own reason apart", () => {
    const changed = { kind: 'system' as const, key: 'changed', params: { fields: 'concern' } };
    const rows = [
      at(3, { action: 'contact.draft_save' }),
      at(2, { action: 'contact.draft_save' }),
      at(1, { action: 'case.update', reason: changed }),
      at(0, { action: 'case.update', reason: changed }),
    ];
    expect(caseAuditLines(rows).map((line) => [line.actions[0], line.count, line.visit])).toEqual([
      ['contact.draft_save', 2, false],
      ['case.update', 1, false],
      ['case.update', 1, false],
    ]);
  });
});

describe('caseAuditReason', () => {
  const name = (id: string) => (id === '0b8c2f4e-1d2a-4b7e-9c1d-2e3f4a5b6c7d' ? 'Jannie de Vries' : '?');

  it("keeps a reason a counsellor typed when opening a colleague's case", () => {
    expect(caseAuditReason('case.read', 'success', 'Collega ziek, beller wacht', name)).toEqual({
      kind: 'given',
      text: 'Collega ziek, beller wacht',
    });
    expect(breakGlassReason('case.read', 'success', 'Collega ziek, beller wacht')).toBe('Collega ziek, beller wacht');
    expect(breakGlassReason('case.read', 'denied', 'no reason given for a colleague’s case')).toBeNull();
  });

  it('turns system text into keys with parameters, and ids into names', () => {
    expect(caseAuditReason('case.read', 'denied', 'not assigned and no access granted', name)).toEqual({
      kind: 'system',
      key: 'notAssigned',
    });
    expect(caseAuditReason('handover.create', 'success', 'to 0b8c2f4e-1d2a-4b7e-9c1d-2e3f4a5b6c7d; 2 draft contact(s)', name)).toEqual({
      kind: 'system',
      key: 'handedOver',
      params: { name: 'Jannie de Vries', drafts: 2 },
    });
    expect(caseAuditReason('case.update', 'conflict', 'stale version 3 (current 4)', name)).toEqual({
      kind: 'system',
      key: 'staleVersion',
      params: { sent: 3, current: 4 },
    });
    expect(caseAuditReason('case.risk_flag_set', 'success', 'acute_risk', name)).toEqual({
      kind: 'system',
      key: 'flag',
      params: { flag: 'acute_risk' },
    });
  });

  it('never shows English text it does not know', () => {
    expect(caseAuditReason('contact.finalise', 'failure', 'some new server message', name)).toEqual({ kind: 'system', key: 'other' });
    expect(caseAuditReason('case.read', 'success', null, name)).toBeNull();
  });
});
