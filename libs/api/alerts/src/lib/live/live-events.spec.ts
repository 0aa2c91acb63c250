import { encodeEvent, HEARTBEAT, parseNotice, recipients, STREAM_ROLES, streamPreamble } from './live-events';
import { reconnectDelay } from './live-event-listener';

const A = '0b9a3c1e-2f4d-4a5b-8c6d-7e8f9a0b1c2d';
const B = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
const FLAG = '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f';

describe('live events', () => {
  describe('encodeEvent', () => {
    it('writes one server-sent event: its name, its data as one JSON line, and a blank line', () => {
      const text = encodeEvent('risk-flag-raised', {
        riskFlagId: FLAG,
        caseId: A,
        caseCode: 'K7QF-3M9X-T',
        flag: 'minor_in_acute_danger',
        setAt: '2026-12-08T13:03:00.000Z',
      });
      expect(text).toBe(
        `event: risk-flag-raised\ndata: {"riskFlagId":"${FLAG}","caseId":"${A}","caseCode":"K7QF-3M9X-T","flag":"minor_in_acute_danger","setAt":"2026-12-08T13:03:00.000Z"}\n\n`,
      );
    });

    it('keeps line breaks inside values escaped, so a value cannot start a field of its own', () => {
      const text = encodeEvent('risk-flag-acknowledged', { riskFlagId: 'x\n\nevent: forged\ndata: 1' });
      expect(text.split('\n').filter((line) => line.startsWith('event:'))).toEqual(['event: risk-flag-acknowledged']);
      expect(text.endsWith('\n\n')).toBe(true);
      expect(text.slice(0, -2)).not.toContain('\n\n');
    });

    it('has a heartbeat that is a comment and a preamble that sets the reconnection delay', () => {
      expect(HEARTBEAT.startsWith(':')).toBe(true);
      expect(streamPreamble(3000)).toBe('retry: 3000\n\n');
    });
  });

  describe('recipients', () => {
    const streams = [
      { name: 'supervisor A', helplineId: A, role: 'supervisor' as const },
      { name: 'admin A', helplineId: A, role: 'admin' as const },
      { name: 'counsellor A', helplineId: A, role: 'counsellor' as const },
      { name: 'supervisor B', helplineId: B, role: 'supervisor' as const },
    ];

    it('reaches the supervisors and admins of the event’s helpline only', () => {
      expect(recipients(streams, A, 'risk-flag-raised').map((s) => s.name)).toEqual(['supervisor A', 'admin A']);
      expect(recipients(streams, B, 'risk-flag-acknowledged').map((s) => s.name)).toEqual(['supervisor B']);
    });

    it('reaches nobody for a helpline without streams', () => {
      expect(recipients(streams, FLAG, 'risk-flag-raised')).toEqual([]);
    });

    it('lets no counsellor open a stream', () => {
      expect([...STREAM_ROLES].sort()).toEqual(['admin', 'supervisor']);
    });
  });

  describe('parseNotice', () => {
    it('reads what a write NOTIFYs', () => {
      expect(parseNotice(JSON.stringify({ helplineId: A, kind: 'risk-flag-raised', riskFlagId: FLAG, extra: 1 }))).toEqual({
        helplineId: A,
        kind: 'risk-flag-raised',
        riskFlagId: FLAG,
      });
    });

    it.each([
      ['nothing', undefined],
      ['not JSON', 'risk'],
      ['not an object', '"x"'],
      ['no helpline', JSON.stringify({ kind: 'risk-flag-raised', riskFlagId: FLAG })],
      ['a helpline that is no id', JSON.stringify({ helplineId: 'all', kind: 'risk-flag-raised', riskFlagId: FLAG })],
      ['an unknown kind', JSON.stringify({ helplineId: A, kind: 'case-opened', riskFlagId: FLAG })],
      ['a flag that is no id', JSON.stringify({ helplineId: A, kind: 'risk-flag-acknowledged', riskFlagId: 1 })],
    ])('ignores %s', (_, payload) => {
      expect(parseNotice(payload)).toBeNull();
    });
  });

  it('waits longer after each failed reconnection, up to 30 s', () => {
    expect([0, 1, 2, 3, 10, 100].map(reconnectDelay)).toEqual([500, 1000, 2000, 4000, 30_000, 30_000]);
  });
});
