import { toAlert } from './alerts.mapper';

describe('toAlert', () => {
  it('names the staff member and gives times in UTC ISO format', () => {
    expect(
      toAlert({
        id: 'a1',
        kind: 'unusual_access',
        staff_id: 's1',
        display_name: 'Anna de Vries',
        raised_at: new Date('2026-11-26T10:00:00+01:00'),
        window_start: new Date('2026-11-26T08:00:00Z'),
        window_end: new Date('2026-11-26T09:00:00Z'),
        count: 12,
      }),
    ).toEqual({
      id: 'a1',
      kind: 'unusual_access',
      staff: { id: 's1', displayName: 'Anna de Vries' },
      raisedAt: '2026-11-26T09:00:00.000Z',
      count: 12,
      windowStart: '2026-11-26T08:00:00.000Z',
      windowEnd: '2026-11-26T09:00:00.000Z',
    });
  });
});
