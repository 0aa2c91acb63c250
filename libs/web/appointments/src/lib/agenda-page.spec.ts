import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgendaPage } from './agenda-page';

/** The element, or a failed test saying which one is missing. */
function must<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const ME = { id: 's1', username: 'anna', displayName: 'Anna', role: 'counsellor' };
const TUESDAY_0900: AppointmentView = {
  id: 'a1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  counsellor: { id: 's1', displayName: 'Anna' },
  startsAt: '2027-06-08T07:00:00.000Z',
  endsAt: '2027-06-08T07:30:00.000Z',
  durationMinutes: 30,
  channel: 'phone',
  purpose: 'debrief',
  status: 'planned',
  contactId: null,
  cancelReason: null,
  rescheduledFromId: null,
  rescheduledToId: null,
  outsideHours: false,
  version: 3,
  createdBy: { id: 's1', displayName: 'Anna' },
  createdAt: '2027-06-01T10:00:00.000Z',
  updatedAt: '2027-06-01T10:00:00.000Z',
};

describe('AgendaPage', () => {
  let fixture: ComponentFixture<AgendaPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const agendaRequest = () => http.expectOne((request) => request.url === '/api/appointments');
  const appointment = () => must(element.querySelector<HTMLElement>('[data-appointment-id="a1"]'));

  beforeEach(async () => {
    jest.useFakeTimers({
      now: new Date('2027-06-08T06:00:00Z'),
      doNotFake: ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame'],
    });
    TestBed.configureTestingModule({
      imports: [
        AgendaPage,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgendaPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/auth/me').flush(ME);
    await settle();
    http.expectOne('/api/colleagues').flush([{ id: 's2', displayName: 'Bert' }]);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function loadWeek(list: AppointmentView[]): Promise<void> {
    const agenda = agendaRequest();
    // Monday 7 June 00:00 to Monday 14 June 00:00, Dutch summer time; my own appointments.
    expect(agenda.request.params.get('from')).toBe('2027-06-06T22:00:00.000Z');
    expect(agenda.request.params.get('to')).toBe('2027-06-13T22:00:00.000Z');
    expect(agenda.request.params.get('counsellorId')).toBe('s1');
    agenda.flush(list);
    http.expectOne('/api/schedules/s1').flush({ staffId: 's1', isDefault: true, workingHours: [], absences: [] });
    http.expectOne('/api/appointments/overdue').flush([]);
    await settle();
  }

  it('shows my week with each appointment’s time, channel, purpose and a link to its case', async () => {
    await loadWeek([TUESDAY_0900]);
    expect(element.querySelectorAll('.day-column')).toHaveLength(7);
    expect(appointment().textContent).toContain('09:00–09:30');
    expect(appointment().textContent).toContain('Debrief after the conversation');
    expect(must(appointment().querySelector('a')).getAttribute('href')).toBe('/dossiers/c1');
    // 09:00 is the first grid hour: the appointment sits at the top.
    expect(appointment().style.top).toBe('0px');
    expect(text()).toContain('No overdue follow-ups');
  });

  it('moves an appointment 15 minutes later with Alt+ArrowDown, sending the loaded version', async () => {
    await loadWeek([TUESDAY_0900]);
    appointment().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    const move = http.expectOne('/api/appointments/a1/reschedule');
    expect(move.request.body).toEqual({ version: 3, localStart: '2027-06-08T09:15' });
    const moved = { ...TUESDAY_0900, id: 'a9', startsAt: '2027-06-08T07:15:00.000Z', endsAt: '2027-06-08T07:45:00.000Z', version: 1 };
    move.flush({ appointment: moved, previous: { ...TUESDAY_0900, status: 'rescheduled' } });
    await settle();
    agendaRequest().flush([moved]);
    http.expectOne('/api/schedules/s1').flush({ staffId: 's1', isDefault: true, workingHours: [], absences: [] });
    http.expectOne('/api/appointments/overdue').flush([]);
    await settle();
    expect(text()).toContain('Appointment K7QF-3M9X-T is now on');
    expect(document.activeElement?.getAttribute('data-appointment-id')).toBe('a9');
  });

  it('says the time of the appointment in the way (not its case) when a move would double-book', async () => {
    await loadWeek([TUESDAY_0900]);
    appointment().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }));
    const move = http.expectOne('/api/appointments/a1/reschedule');
    expect(move.request.body).toEqual({ version: 3, localStart: '2027-06-09T09:00' });
    move.flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        conflictingAppointment: { startsAt: '2027-06-09T07:00:00.000Z', endsAt: '2027-06-09T08:00:00.000Z' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text()).toMatch(/That time is taken by an appointment from .*09:00 to 10:00\. The free/);
  });

  it('shows the team week as a row per counsellor', async () => {
    await loadWeek([]);
    const select = must(element.querySelector<HTMLSelectElement>('select'));
    select.value = 'team';
    select.dispatchEvent(new Event('change'));
    const agenda = agendaRequest();
    expect(agenda.request.params.has('counsellorId')).toBe(false);
    agenda.flush([TUESDAY_0900, { ...TUESDAY_0900, id: 'a2', counsellor: { id: 's2', displayName: 'Bert' } }]);
    await settle();
    const rows = Array.from(element.querySelectorAll('table.team tbody tr')).map((row) => row.querySelector('th')?.textContent?.trim());
    expect(rows).toEqual(['Anna', 'Bert']);
    expect(element.querySelectorAll('button.chip')).toHaveLength(2);
  });
});
