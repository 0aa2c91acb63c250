import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PeerGroupSummary, PeerGroupView, PeerWaitingEntry } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PeerGroupsPage } from './peer-groups-page';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const GROUP: PeerGroupSummary = {
  id: 'g1',
  name: 'Spring 2027',
  location: 'de Waag',
  capacity: 8,
  enrolledCount: 5,
  seatsLeft: 3,
  status: 'planned',
  meetings: ['how-it-comes-about', 'risk-signals', 'impact-on-you', 'safety-plan-and-goals', 'sexuality-and-intimacy'].map(
    (themeId, index) =>
      ({ number: index + 1, startsAt: `2027-03-0${index + 1}T18:00:00.000Z`, themeId }) as PeerGroupSummary['meetings'][number],
  ),
  version: 1,
};
const VIEW: PeerGroupView = {
  ...GROUP,
  enrolments: [
    { referralId: 'r9', caseCode: 'AAAA-BBBB-C', enrolledAt: '2027-01-01T00:00:00.000Z', attendance: ['present', null, null, null, null] },
  ],
};
// Arrives out of order: the page shows it by place.
const WAITING: PeerWaitingEntry[] = [
  { referralId: 'r2', caseCode: 'K7QF-3M9X-T', referredAt: '2027-01-02T10:00:00.000Z', position: 2 },
  { referralId: 'r1', caseCode: 'M3NP-4QRS-5', referredAt: '2027-01-01T10:00:00.000Z', position: 1 },
];

describe('PeerGroupsPage', () => {
  let fixture: ComponentFixture<PeerGroupsPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (label: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === label);
  const flushLists = (groups: PeerGroupSummary[], waiting: PeerWaitingEntry[]) => {
    http.expectOne((request) => request.method === 'GET' && request.url === '/api/peer-groups').flush(groups);
    http.expectOne('/api/peer-groups/waiting-list').flush(waiting);
  };

  async function create(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        PeerGroupsPage,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PeerGroupsPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  it('shows loading, then empty states for no groups and an empty waiting list', async () => {
    await create();
    expect(text()).toContain('Loading');
    flushLists([], []);
    await settle();
    expect(text()).toContain('The waiting list is empty');
    expect(text()).toContain('There are no groups yet');
  });

  it('shows groups with seats left and the guide’s themes, and the waiting list in order', async () => {
    await create();
    flushLists([GROUP], WAITING);
    await settle();
    expect(text()).toContain('3 of 8 seats free');
    expect(text()).toContain('Risk signals');
    expect(text()).toContain('Sexuality and intimacy within the partner relationship');
    const codes = Array.from(element.querySelectorAll('.waiting__entry .code')).map((node) => node.textContent?.trim());
    expect(codes).toEqual(['M3NP-4QRS-5', 'K7QF-3M9X-T']);
  });

  it('enrols the first on the waiting list into the chosen group', async () => {
    await create();
    flushLists([GROUP], WAITING);
    await settle();
    button('Enrol')?.click();
    const enrol = http.expectOne((request) => request.method === 'POST' && request.url === '/api/peer-groups/g1/enrolments');
    expect(enrol.request.body).toEqual({ referralId: 'r1' });
    enrol.flush(VIEW);
    await settle();
    flushLists([{ ...GROUP, enrolledCount: 6, seatsLeft: 2 }], WAITING.slice(0, 1));
    await settle();
    expect(text()).toContain('2 of 8 seats free');
  });

  it('says so when the group filled up meanwhile (409 group_full)', async () => {
    await create();
    flushLists([GROUP], WAITING);
    await settle();
    button('Enrol')?.click();
    http
      .expectOne((request) => request.method === 'POST')
      .flush(
        { status: 409, title: 'Conflict', type: 'about:blank', errors: [{ field: 'groupId', code: 'group_full', message: 'full' }] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    flushLists([{ ...GROUP, enrolledCount: 8, seatsLeft: 0 }], WAITING);
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('This group is full');
  });

  it('records attendance from the grid of selects, one labelled select per case and meeting', async () => {
    await create();
    flushLists([GROUP], []);
    await settle();
    button('Participants and attendance')?.click();
    http.expectOne('/api/peer-groups/g1').flush(VIEW);
    await settle();
    const selects = Array.from(element.querySelectorAll<HTMLSelectElement>('.attendance__grid select'));
    expect(selects).toHaveLength(5);
    expect(selects[0].getAttribute('aria-label')).toBe('Attendance AAAA-BBBB-C, meeting 1');
    expect(selects[0].value).toBe('present');
    selects[1].value = 'excused';
    selects[1].dispatchEvent(new Event('change'));
    const put = http.expectOne((request) => request.method === 'PUT' && request.url === '/api/peer-groups/g1/attendance');
    expect(put.request.body).toEqual({ entries: [{ referralId: 'r9', meeting: 2, status: 'excused' }] });
    put.flush({ ...VIEW, enrolments: [{ ...VIEW.enrolments[0], attendance: ['present', 'excused', null, null, null] }] });
    await settle();
    expect(element.querySelectorAll<HTMLSelectElement>('.attendance__grid select')[1].value).toBe('excused');
  });

  it('shows an error with a retry when the lists cannot be loaded', async () => {
    await create();
    http.expectOne((request) => request.url === '/api/peer-groups').flush({}, { status: 500, statusText: 'Error' });
    http.expectOne('/api/peer-groups/waiting-list').flush([]);
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain((en['errors'] as Record<string, string>)['server']);
    button((en['common'] as Record<string, string>)['retry'])?.click();
    flushLists([], []);
    await settle();
    expect(text()).toContain('There are no groups yet');
  });
});
