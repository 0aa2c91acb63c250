import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReviewRemarksToday } from './review-remarks-today';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const REMARK: ReviewRemarkView = {
  id: 'r1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  text: 'Vraag bij het volgende contact naar de afspraken.',
  author: { id: 's9', displayName: 'Sanne' },
  addressedTo: { id: 's1', displayName: 'Anna' },
  createdAt: '2026-11-26T10:00:00.000Z',
  acknowledgedAt: null,
};

describe('ReviewRemarksToday', () => {
  let fixture: ComponentFixture<ReviewRemarksToday>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        ReviewRemarksToday,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReviewRemarksToday);
    element = fixture.nativeElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  it('lists my open remarks with a link to the case, and takes one off the list once read', async () => {
    http.expectOne('/api/review-remarks/mine').flush([REMARK, { ...REMARK, id: 'r2', caseId: 'c2', caseCode: 'ZZZZ-ZZZZ-Z' }]);
    await settle();
    expect(text()).toContain(REMARK.text);
    const link = element.querySelector<HTMLAnchorElement>('a.case-code');
    expect(link?.getAttribute('href')).toBe('/dossiers/c1');

    element.querySelector<HTMLButtonElement>('li button')?.click();
    const acknowledge = http.expectOne('/api/review-remarks/r1/acknowledge');
    expect(acknowledge.request.method).toBe('POST');
    acknowledge.flush({ ...REMARK, acknowledgedAt: '2026-11-26T11:00:00.000Z' });
    await settle();
    expect(element.querySelectorAll('li')).toHaveLength(1);
    expect(text()).toContain('ZZZZ-ZZZZ-Z');
  });

  it('says so when there are none, and offers a retry when loading fails', async () => {
    http
      .expectOne('/api/review-remarks/mine')
      .flush({ status: 500, title: 'x', type: 'about:blank' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    element.querySelector<HTMLButtonElement>('button')?.click();
    http.expectOne('/api/review-remarks/mine').flush([]);
    await settle();
    expect(text()).toContain('No new remarks from supervision.');
  });
});
