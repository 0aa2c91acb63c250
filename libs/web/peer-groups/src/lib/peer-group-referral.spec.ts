import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PeerReferralView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PeerGroupReferral } from './peer-group-referral';

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const WAITING: PeerReferralView = {
  id: 'r1',
  caseCode: 'K7QF-3M9X-T',
  status: 'waiting',
  referredAt: '2027-01-01T10:00:00.000Z',
  waitingPosition: 4,
  group: null,
};

describe('PeerGroupReferral', () => {
  let fixture: ComponentFixture<PeerGroupReferral>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const referralsRequest = () => http.expectOne((request) => request.method === 'GET' && request.url === '/api/cases/c1/peer-referrals');

  async function create(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        PeerGroupReferral,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PeerGroupReferral);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('caseCode', 'K7QF-3M9X-T');
    fixture.componentRef.setInput('contactId', 'k1');
    element = fixture.nativeElement;
    fixture.detectChanges();
    await settle();
  }

  afterEach(() => http.verify());

  it('offers the referral button for a case not referred, and then shows its place on the waiting list', async () => {
    await create();
    const lookup = referralsRequest();
    expect(lookup.request.params.keys()).toEqual([]);
    lookup.flush([]);
    await settle();
    const button = element.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Refer to the peer support group');
    button?.click();
    const refer = http.expectOne((request) => request.method === 'POST' && request.url === '/api/peer-groups/referrals');
    expect(refer.request.body).toEqual({ caseCode: 'K7QF-3M9X-T', contactId: 'k1' });
    refer.flush(WAITING);
    await settle();
    expect(text()).toBe('On the waiting list for the peer support group (place 4)');
    expect(element.querySelector('button')).toBeNull();
  });

  it('says which group an enrolled case is in', async () => {
    await create();
    referralsRequest().flush([{ ...WAITING, status: 'enrolled', waitingPosition: null, group: { id: 'g1', name: 'Spring 2027' } }]);
    await settle();
    expect(text()).toBe('Enrolled in peer support group Spring 2027');
  });

  it('reloads the state when the case was referred meanwhile (409)', async () => {
    await create();
    referralsRequest().flush([]);
    await settle();
    element.querySelector('button')?.click();
    http
      .expectOne((request) => request.method === 'POST')
      .flush({ status: 409, title: 'Conflict', type: 'about:blank' }, { status: 409, statusText: 'Conflict' });
    await settle();
    referralsRequest().flush([WAITING]);
    await settle();
    expect(text()).toContain('place 4');
  });

  it('shows an error with a retry when the state cannot be loaded', async () => {
    await create();
    referralsRequest().flush({ status: 500, title: 'Error', type: 'about:blank' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain((en['errors'] as Record<string, string>)['server']);
    element.querySelector('button')?.click();
    referralsRequest().flush([]);
    await settle();
    expect(element.querySelector('button')?.textContent?.trim()).toBe('Refer to the peer support group');
  });
});
