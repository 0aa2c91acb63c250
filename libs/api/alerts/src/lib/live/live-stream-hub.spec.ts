import type { DataSource } from 'typeorm';
import { DomainError, type AppConfig, type HelplineDatabase } from '@leidraad/api/core';
import { formatCaseCode, generateCaseCode } from '@leidraad/shared/case-code';
import type { Role } from '@leidraad/shared/domain';
import { HEARTBEAT } from './live-events';
import { LiveStreamHub, STREAMS_PER_SESSION, type LiveStream } from './live-stream-hub';

const A = '0b9a3c1e-2f4d-4a5b-8c6d-7e8f9a0b1c2d';
const B = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
const FLAG = '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f';
const CODE = generateCaseCode();
const ROW = { id: FLAG, case_id: 'c1', code: CODE, flag: 'minor_in_acute_danger', set_at: new Date('2026-12-08T13:03:00Z') };

/** A stream that keeps what it was sent. */
function stream(helplineId: string, role: Role, sessionId = `s-${Math.random()}`): LiveStream & { sent: string[]; ended: boolean } {
  const sent: string[] = [];
  const self = {
    helplineId,
    role,
    sessionId,
    sent,
    ended: false,
    write: (text: string) => {
      if (self.ended) return false;
      sent.push(text);
      return true;
    },
    end: () => {
      self.ended = true;
    },
  };
  return self;
}

describe('LiveStreamHub', () => {
  let queries: string[];
  let liveSessions: string[];
  let hub: LiveStreamHub;

  beforeEach(() => {
    queries = [];
    liveSessions = [];
    const scope = {
      query: async (text: string) => {
        queries.push(text);
        return [ROW];
      },
    };
    const db = { scope: () => scope } as unknown as HelplineDatabase;
    const dataSource = { query: async () => liveSessions.map((id) => ({ id })) } as unknown as DataSource;
    hub = new LiveStreamHub(db, dataSource, { session: { idleMinutes: 30 } } as AppConfig);
  });
  afterEach(() => hub.endAll());

  it(`refuses a session's stream beyond ${STREAMS_PER_SESSION} with 429, and lets another session in`, () => {
    for (let i = 0; i < STREAMS_PER_SESSION; i += 1) hub.add(stream(A, 'supervisor', 'one'));
    expect(() => hub.add(stream(A, 'supervisor', 'one'))).toThrow(DomainError);
    expect(() => hub.add(stream(A, 'supervisor', 'one'))).toThrow(/At most 3/);
    hub.add(stream(A, 'supervisor', 'two'));
    expect(hub.size).toBe(STREAMS_PER_SESSION + 1);
  });

  it('sends a raised flag, read once, to the supervisors and admins of its helpline only', async () => {
    const supervisorA = stream(A, 'supervisor');
    const adminA = stream(A, 'admin');
    const supervisorB = stream(B, 'supervisor');
    [supervisorA, adminA, supervisorB].forEach((s) => hub.add(s));
    await hub.dispatch({ helplineId: A, kind: 'risk-flag-raised', riskFlagId: FLAG });
    expect(queries).toHaveLength(1);
    const event = `event: risk-flag-raised\ndata: {"riskFlagId":"${FLAG}","caseId":"c1","caseCode":"${formatCaseCode(CODE)}","flag":"minor_in_acute_danger","setAt":"2026-12-08T13:03:00.000Z"}\n\n`;
    expect(supervisorA.sent).toEqual([event]);
    expect(adminA.sent).toEqual([event]);
    expect(supervisorB.sent).toEqual([]);
  });

  it('reads nothing for a helpline without streams, and nothing for an acknowledgement', async () => {
    const supervisorA = stream(A, 'supervisor');
    hub.add(supervisorA);
    await hub.dispatch({ helplineId: B, kind: 'risk-flag-raised', riskFlagId: FLAG });
    await hub.dispatch({ helplineId: A, kind: 'risk-flag-acknowledged', riskFlagId: FLAG });
    expect(queries).toEqual([]);
    expect(supervisorA.sent).toEqual([`event: risk-flag-acknowledged\ndata: {"riskFlagId":"${FLAG}"}\n\n`]);
  });

  it('forgets a stream it can no longer write to', async () => {
    const gone = stream(A, 'supervisor');
    hub.add(gone);
    gone.ended = true;
    await hub.dispatch({ helplineId: A, kind: 'risk-flag-acknowledged', riskFlagId: FLAG });
    expect(hub.size).toBe(0);
  });

  it('beats to the streams of live sessions and ends the others', async () => {
    const live = stream(A, 'supervisor', 'live');
    const over = stream(A, 'supervisor', 'over');
    hub.add(live);
    hub.add(over);
    liveSessions = ['live'];
    await hub.beat();
    expect(live.sent).toEqual([HEARTBEAT]);
    expect(over.ended).toBe(true);
    expect(over.sent).toEqual([]);
    expect(hub.size).toBe(1);
  });

  it('sends the pending flags when a stream opens', async () => {
    const opened = stream(A, 'admin');
    hub.add(opened);
    await hub.sendPending(opened);
    expect(opened.sent).toHaveLength(1);
    expect(opened.sent[0]).toContain(`"caseCode":"${formatCaseCode(CODE)}"`);
  });
});
