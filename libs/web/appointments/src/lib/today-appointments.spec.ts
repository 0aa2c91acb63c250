import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TodayAppointments } from './today-appointments';

/** The element, or a failed test saying which one is missing. */
function must<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const ME = { id: 's1', username: 'anna', displayName: 'Anna', role: 'counsellor' };
const APPOINTMENT: AppointmentView = {
  id: 'a1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  counsellor: { id: 's1', displayName: 'Anna' },
  startsAt: '2027-03-29T07:00:00.000Z',
  endsAt: '2027-03-29T07:30:00.000Z',
  durationMinutes: 30,
  channel: 'chat',
  purpose: 'safety_plan_evaluation',
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

describe('TodayAppointments', () => {
  let fixture: ComponentFixture<TodayAppointments>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';

  beforeEach(async () => {
    // 01:30 Dutch summer time on Monday 29 March 2027 is still Sunday in UTC: "today" is the Dutch day.
    jest.useFakeTimers({
      now: new Date('2027-03-28T23:30:00Z'),
      doNotFake: ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'nextTick'],
    });
    TestBed.configureTestingModule({
      imports: [
        TodayAppointments,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TodayAppointments);
    element = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/auth/me').flush(ME);
    await settle();
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it("asks for my appointments of the browser's Dutch today and lists them with my overdue ones", async () => {
    const agenda = http.expectOne((request) => request.url === '/api/appointments');
    expect(agenda.request.params.get('from')).toBe('2027-03-28T22:00:00.000Z');
    expect(agenda.request.params.get('to')).toBe('2027-03-29T22:00:00.000Z');
    expect(agenda.request.params.get('counsellorId')).toBe('s1');
    agenda.flush([APPOINTMENT, { ...APPOINTMENT, id: 'a2', status: 'cancelled' }]);
    http
      .expectOne((request) => request.url === '/api/appointments/overdue')
      .flush([{ ...APPOINTMENT, id: 'a3', caseCode: 'ZZZZ-ZZZZ-Z', startsAt: '2027-03-25T09:00:00.000Z' }]);
    await settle();
    expect(text()).toContain('09:00–09:30');
    expect(text()).toContain('Safety-plan evaluation');
    expect(element.querySelectorAll('button.start')).toHaveLength(1);
    expect(text()).toContain('ZZZZ-ZZZZ-Z');
  });

  it('starts a contact on the case with the channel of the appointment and opens the call screen', async () => {
    http.expectOne((request) => request.url === '/api/appointments').flush([APPOINTMENT]);
    http.expectOne((request) => request.url === '/api/appointments/overdue').flush([]);
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    must(element.querySelector<HTMLButtonElement>('button.start')).click();
    const start = http.expectOne('/api/cases/c1/contacts');
    expect(start.request.method).toBe('POST');
    expect(start.request.body).toEqual({ channel: 'chat', startedAt: '2027-03-28T23:30:00.000Z' });
    start.flush({ id: 'k9', caseId: 'c1' });
    await settle();
    // The appointment is marked done by this contact before the call screen opens.
    const done = http.expectOne('/api/appointments/a1/status');
    expect(done.request.body).toEqual({ version: APPOINTMENT.version, status: 'done', contactId: 'k9' });
    done.flush({ ...APPOINTMENT, status: 'done' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/gesprek', 'c1', 'k9']);
  });

  it('opens the call screen even when marking the appointment done fails', async () => {
    http.expectOne((request) => request.url === '/api/appointments').flush([APPOINTMENT]);
    http.expectOne((request) => request.url === '/api/appointments/overdue').flush([]);
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    must(element.querySelector<HTMLButtonElement>('button.start')).click();
    http.expectOne('/api/cases/c1/contacts').flush({ id: 'k9', caseId: 'c1' });
    await settle();
    http.expectOne('/api/appointments/a1/status').flush({ code: 'conflict' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/gesprek', 'c1', 'k9']);
  });
});
