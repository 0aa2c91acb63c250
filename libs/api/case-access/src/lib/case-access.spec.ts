import { formatCaseCode, generateCaseCode } from '@leidraad/shared/case-code';
import { CaseAccess, withGrounds, type CaseRow } from './case-access';

const row: CaseRow = {
  id: 'c1',
  code: generateCaseCode(),
  version: 3,
  status: 'open',
  caller_role: 'parent',
  concern: 'unclear',
  code_word_hash: null,
  assignee_id: 's1',
};

describe('CaseAccess', () => {
  it('lets the assignee and supervisors take over, not a temporary grant or an appointment holder', () => {
    expect(new CaseAccess('s1', row, 'assignee').mayManage).toBe(true);
    expect(new CaseAccess('s2', row, 'supervisor').mayManage).toBe(true);
    expect(new CaseAccess('s3', row, 'grant').mayManage).toBe(false);
    expect(new CaseAccess('s4', row, 'holder').mayManage).toBe(false);
  });

  it('makes audit events in the case’s scope that start with the grounds', () => {
    const access = new CaseAccess('s3', row, 'grant');
    expect(access.event('contact.list')).toEqual({
      staffId: 's3',
      action: 'contact.list',
      entityType: 'case',
      entityId: 'c1',
      caseCode: formatCaseCode(row.code),
      outcome: 'success',
      reason: 'access=grant',
    });
    expect(
      access.event('contact.read', { entityType: 'contact', entityId: 'k1', outcome: 'failure', reason: 'no such contact' }),
    ).toMatchObject({
      entityType: 'contact',
      entityId: 'k1',
      outcome: 'failure',
      reason: 'access=grant; no such contact',
    });
    // A record of the case without an id of its own names no entity rather than the case.
    expect(access.event('case.review', { entityType: 'case_review' }).entityId).toBeUndefined();
  });

  it('spells the grounds the same way in every reason', () => {
    expect(withGrounds('supervisor')).toBe('access=supervisor');
    expect(withGrounds('assignee', 'changed: status')).toBe('access=assignee; changed: status');
  });
});
