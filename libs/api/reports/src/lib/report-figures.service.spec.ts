import type { ContactAggregate, FollowUpAggregate, SupervisionAggregates } from '@leidraad/api/supervision';
import { ReportFiguresService } from './report-figures.service';
import { reportRange } from './report-period';

function week(period: string, phone: number, chat: number): ContactAggregate {
  return {
    period,
    contacts: phone + chat,
    byChannel: { phone, chat },
    byCallerRole: { parent: phone + chat },
    byConcern: { unclear: phone, own_feelings: chat },
    newContacts: 1,
    returningContacts: phone + chat - 1,
    durationHistogram: [0, phone, chat, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    relativesGuideContacts: 2,
    relativesOnSuggestedStep: 1,
  };
}

const followUp = (period: string, kept: number): FollowUpAggregate => ({ period, planned: 9, kept, noShow: 1, cancelled: 2, rescheduled: 3 });

describe('report figures', () => {
  it('sums the weeks of the range into one set of figures, and asks for the exact range', async () => {
    const calls: unknown[][] = [];
    const aggregates = {
      contacts: async (...args: unknown[]) => (calls.push(args), [week('2026-10-26', 3, 1), week('2026-11-02', 5, 0)]),
      followUps: async () => [followUp('2026-10-26', 4), followUp('2026-11-02', 6)],
      guideFunnel: async () => [7, 5, 3, 0, 0, 0],
    } as unknown as SupervisionAggregates;
    const figures = await new ReportFiguresService(aggregates).figures(reportRange('month', 2026, 11));
    expect(calls[0]?.[0]).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(figures.contactsByChannel).toEqual({ phone: 8, chat: 1, email: 0 });
    expect(figures.contactsByCallerRole.parent).toBe(9);
    expect(figures.contactsByCallerRole.self).toBe(0);
    expect(figures.contactsByConcern).toEqual({ own_feelings: 1, viewing_images: 0, hands_on_abuse: 0, unclear: 8 });
    expect(figures.newVsReturning).toEqual({ new: 2, returning: 7 });
    expect(figures.durationHistogram.slice(0, 3)).toEqual([0, 8, 1]);
    expect(figures.guideFidelity).toEqual({ onSuggestedStep: 2, total: 4 });
    expect(figures.guideFunnel).toEqual([7, 5, 3, 0, 0, 0]);
    // Planned and rescheduled appointments are no outcome yet: not in the report.
    expect(figures.followUps).toEqual({ kept: 10, noShow: 2, cancelled: 4 });
  });

  it('adds the contacts per month to a yearly report, and none to a monthly one', async () => {
    const calls: unknown[][] = [];
    const aggregates = {
      contacts: async (...args: unknown[]) => {
        calls.push(args);
        return args[2] === 'month' ? [week('2026-02-01', 4, 2), week('2026-11-01', 7, 0)] : [week('2026-10-26', 3, 1)];
      },
      followUps: async () => [],
      guideFunnel: async () => [0, 0, 0, 0, 0, 0],
    } as unknown as SupervisionAggregates;
    const yearly = await new ReportFiguresService(aggregates).figures(reportRange('year', 2026));
    expect(calls.map((args) => args[2])).toEqual(['week', 'month']);
    expect(yearly.contactsByMonth).toEqual([0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0]);
    const monthly = await new ReportFiguresService(aggregates).figures(reportRange('month', 2026, 2));
    expect(monthly.contactsByMonth).toBeUndefined();
  });
});
