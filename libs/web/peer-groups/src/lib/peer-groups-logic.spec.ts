import type { PeerGroupSummary, PeerReferralView, PeerWaitingEntry } from '@leidraad/shared/domain';
import {
  firstMeetingOutOfOrder,
  MEETING_COUNT,
  openGroups,
  PEER_THEMES,
  referralState,
  seatsLeftIn,
  themeText,
  toNewGroup,
  waitingInOrder,
} from './peer-groups-logic';

const group = (overrides: Partial<PeerGroupSummary>): PeerGroupSummary => ({
  id: 'g1',
  name: 'Voorjaar 2027',
  location: 'de Waag',
  capacity: 8,
  enrolledCount: 0,
  seatsLeft: 8,
  status: 'planned',
  meetings: [],
  version: 1,
  ...overrides,
});

const referral = (overrides: Partial<PeerReferralView>): PeerReferralView => ({
  id: 'r1',
  caseCode: 'K7QF-3M9X-T',
  status: 'waiting',
  referredAt: '2027-01-01T10:00:00.000Z',
  waitingPosition: 3,
  group: null,
  ...overrides,
});

describe('peer group logic', () => {
  it('takes five meetings and six themes from the guide, in both languages', () => {
    expect(MEETING_COUNT).toBe(5);
    expect(PEER_THEMES.map((theme) => theme.id)).toEqual([
      'how-it-comes-about',
      'functions-of-viewing-images',
      'risk-signals',
      'impact-on-you',
      'safety-plan-and-goals',
      'sexuality-and-intimacy',
    ]);
    expect(themeText('risk-signals', 'nl')).toBe('Risicosignalen');
    expect(themeText('risk-signals', 'en')).toBe('Risk signals');
    expect(themeText('unknown', 'en')).toBe('unknown');
  });

  it('counts seats left, never below zero', () => {
    expect(seatsLeftIn({ capacity: 8, enrolledCount: 3 })).toBe(5);
    expect(seatsLeftIn({ capacity: 2, enrolledCount: 2 })).toBe(0);
    expect(seatsLeftIn({ capacity: 2, enrolledCount: 4 })).toBe(0);
  });

  it('offers only planned or running groups with a seat left for enrolment', () => {
    const groups = [
      group({ id: 'open' }),
      group({ id: 'full', capacity: 1, enrolledCount: 1 }),
      group({ id: 'running', status: 'running', enrolledCount: 2 }),
      group({ id: 'finished', status: 'finished' }),
      group({ id: 'cancelled', status: 'cancelled' }),
    ];
    expect(openGroups(groups).map((entry) => entry.id)).toEqual(['open', 'running']);
  });

  it('renders the waiting list in order of referral, whatever order it arrives in', () => {
    const entries: PeerWaitingEntry[] = [
      { referralId: 'c', caseCode: 'C', referredAt: '2027-01-03T00:00:00.000Z', position: 3 },
      { referralId: 'a', caseCode: 'A', referredAt: '2027-01-01T00:00:00.000Z', position: 1 },
      { referralId: 'b', caseCode: 'B', referredAt: '2027-01-02T00:00:00.000Z', position: 2 },
    ];
    expect(waitingInOrder(entries).map((entry) => entry.referralId)).toEqual(['a', 'b', 'c']);
    expect(entries[0].referralId).toBe('c');
  });

  it('tells the call screen whether a case is waiting, enrolled or not referred', () => {
    expect(referralState([])).toEqual({ kind: 'none' });
    expect(referralState([referral({ status: 'withdrawn', waitingPosition: null })])).toEqual({ kind: 'none' });
    expect(referralState([referral({})])).toEqual({ kind: 'waiting', referralId: 'r1', position: 3 });
    expect(
      referralState([
        referral({ id: 'r2', status: 'enrolled', waitingPosition: null, group: { id: 'g1', name: 'Voorjaar 2027' } }),
        referral({ status: 'withdrawn', waitingPosition: null }),
      ]),
    ).toEqual({ kind: 'enrolled', referralId: 'r2', groupName: 'Voorjaar 2027' });
  });

  it('builds the request for a new group with instants, trimmed text', () => {
    const body = toNewGroup({
      name: '  Voorjaar 2027 ',
      location: 'de Waag ',
      capacity: 8,
      meetings: [{ startsAt: '2027-03-01T19:00', themeId: 'risk-signals' }],
    });
    expect(body.name).toBe('Voorjaar 2027');
    expect(body.location).toBe('de Waag');
    expect(body.meetings[0].startsAt).toBe(new Date('2027-03-01T19:00').toISOString());
    expect(body.meetings[0].themeId).toBe('risk-signals');
  });

  it('finds the first meeting that does not follow the one before', () => {
    expect(firstMeetingOutOfOrder([{ startsAt: '2027-03-01T19:00' }, { startsAt: '2027-03-08T19:00' }])).toBe(-1);
    expect(
      firstMeetingOutOfOrder([{ startsAt: '2027-03-08T19:00' }, { startsAt: '2027-03-15T19:00' }, { startsAt: '2027-03-15T19:00' }]),
    ).toBe(2);
    expect(firstMeetingOutOfOrder([{ startsAt: '' }, { startsAt: '2027-03-15T19:00' }])).toBe(-1);
  });
});
