import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FollowUpPlanner } from './follow-up-planner';

/** The element, or a failed test saying which one is missing. */
function must<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

// Monday 29 March 2027, the day after the spring change: 09:00 Dutch time is 07:00Z.
const SLOTS = [
  { startsAt: '2027-03-29T07:00:00.000Z', endsAt: '2027-03-29T07:30:00.000Z' },
  { startsAt: '2027-03-29T07:30:00.000Z', endsAt: '2027-03-29T08:00:00.000Z' },
  { startsAt: '2027-03-30T12:15:00.000Z', endsAt: '2027-03-30T12:45:00.000Z' },
];

const BOOKED: AppointmentView = {
  id: 'a1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  counsellor: { id: 's1', displayName: 'Anna' },
  startsAt: SLOTS[0].startsAt,
  endsAt: SLOTS[0].endsAt,
  durationMinutes: 30,
  channel: 'phone',
  purpose: 'follow_up',
  status: 'planned',
  contactId: null,
  cancelReason: null,
  rescheduledFromId: null,
  rescheduledToId: null,
  outsideHours: false,
  version: 1,
  createdBy: { id: 's1', displayName: 'Anna' },
  createdAt: '2027-03-26T10:00:00.000Z',
  updatedAt: '2027-03-26T10:00:00.000Z',
};

describe('FollowUpPlanner', () => {
  let fixture: ComponentFixture<FollowUpPlanner>;
  let http: HttpTestingController;
  let element: HTMLElement;
  let planned: AppointmentView[];

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const slotButtons = () => Array.from(element.querySelectorAll<HTMLButtonElement>('button.slot'));
  const button = (label: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === label);
  const slotsRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/appointments/slots');
  const bookRequest = (): TestRequest =>
    http.expectOne((request) => request.method === 'POST' && request.url === '/api/cases/c1/appointments');
  const problem = (status: number, body: Record<string, unknown>) => ({
    status,
    statusText: 'refused',
    headers: { 'content-type': 'application/problem+json' },
    body,
  });

  async function create(suggestedDate?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        FollowUpPlanner,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FollowUpPlanner);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('contactId', 'k1');
    if (suggestedDate) fixture.componentRef.setInput('suggestedDate', suggestedDate);
    planned = [];
    fixture.componentInstance.planned.subscribe((appointment) => planned.push(appointment));
    element = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/colleagues').flush([{ id: 's2', displayName: 'Bert' }]);
  }

  afterEach(() => http.verify());

  it('shows the free slots grouped per day in Dutch time and books one with a click', async () => {
    await create();
    const request = slotsRequest();
    expect(request.request.params.get('durationMinutes')).toBe('30');
    request.flush(SLOTS);
    await settle();
    expect(slotButtons().map((b) => b.textContent?.trim())).toEqual(['09:00', '09:30', '14:15']);
    expect(element.querySelectorAll('.slot-day')).toHaveLength(2);

    slotButtons()[0].click();
    const book = bookRequest();
    expect(book.request.body).toEqual({ startsAt: SLOTS[0].startsAt, durationMinutes: 30, channel: 'phone', purpose: 'follow_up' });
    book.flush(BOOKED);
    await settle();
    expect(planned.map((a) => a.id)).toEqual(['a1']);
    expect(text()).toContain('Planned');
    expect(text()).toContain('Cancel appointment');
  });

  it('asks for confirmation outside working hours and then books with allowOutsideHours', async () => {
    await create();
    slotsRequest().flush(SLOTS);
    await settle();
    const custom = must(element.querySelector<HTMLFormElement>('form.custom'));
    const [date, time] = Array.from(custom.querySelectorAll<HTMLInputElement>('input'));
    date.value = '29/03/2027';
    date.dispatchEvent(new Event('input'));
    time.value = '19:00';
    time.dispatchEvent(new Event('input'));
    custom.dispatchEvent(new Event('submit'));
    bookRequest().flush(
      {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        confirmationRequired: 'allowOutsideHours',
        errors: [{ field: 'localStart', code: 'outside_working_hours', message: 'x' }],
      },
      problem(422, {}),
    );
    await settle();
    expect(text()).toContain('outside');
    expect(planned).toEqual([]);

    must(button('Plan anyway')).click();
    const again = bookRequest();
    expect(again.request.body).toMatchObject({ localStart: '2027-03-29T19:00', allowOutsideHours: true });
    again.flush({ ...BOOKED, outsideHours: true });
    await settle();
    expect(planned).toHaveLength(1);
  });

  it('names the time of the appointment in the way of a double booking (never its case) and refreshes the slots', async () => {
    await create();
    slotsRequest().flush(SLOTS);
    await settle();
    slotButtons()[1].click();
    bookRequest().flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        conflictingAppointment: { startsAt: '2027-03-29T07:15:00.000Z', endsAt: '2027-03-29T08:00:00.000Z' },
      },
      problem(409, {}),
    );
    await settle();
    expect(text()).toMatch(/That time is taken by an appointment from .*09:15 to 10:00\. The free/);
    slotsRequest().flush(SLOTS.slice(2));
    await settle();
    expect(slotButtons().map((b) => b.textContent?.trim())).toEqual(['14:15']);
    expect(planned).toEqual([]);
  });

  it('looks for slots from the start of a suggested safety-plan review day', async () => {
    await create('2027-03-29');
    const request = slotsRequest();
    expect(request.request.params.get('from')).toBe('2027-03-28T22:00:00.000Z');
    request.flush(SLOTS);
    await settle();
    expect(text()).toContain('Suggested by the safety plan');
    // The review day in the app's language (English here), whatever the browser's.
    expect(must(element.querySelector<HTMLInputElement>('#follow-up-date')).value).toBe('29/03/2027');
  });

  it('refuses a custom time in the skipped spring hour without asking the API', async () => {
    await create();
    slotsRequest().flush(SLOTS);
    await settle();
    const custom = must(element.querySelector<HTMLFormElement>('form.custom'));
    const [date, time] = Array.from(custom.querySelectorAll<HTMLInputElement>('input'));
    date.value = '28/3/2027';
    date.dispatchEvent(new Event('input'));
    time.value = '2.30';
    time.dispatchEvent(new Event('input'));
    custom.dispatchEvent(new Event('submit'));
    await settle();
    expect(text()).toContain('That time does not exist');
    http.expectNone((request) => request.method === 'POST');
  });
});
