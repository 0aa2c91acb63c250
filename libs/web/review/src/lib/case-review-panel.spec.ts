import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CaseReviewState, ReviewRemarkView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseReviewPanel } from './case-review-panel';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const ANNA = { id: 's1', displayName: 'Anna' };
const SANNE = { id: 's9', displayName: 'Sanne' };
const REMARK: ReviewRemarkView = {
  id: 'r1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  text: 'Vraag naar de afspraken.',
  author: SANNE,
  addressedTo: ANNA,
  createdAt: '2026-11-26T10:00:00.000Z',
  acknowledgedAt: null,
};
const STATE: CaseReviewState = {
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  version: 4,
  assignee: ANNA,
  lastReview: null,
  reviews: [],
  riskFlags: [{ flag: 'caller_safety', setBy: ANNA, setAt: '2026-11-26T09:00:00.000Z', acknowledgedBy: null, acknowledgedAt: null }],
};

describe('CaseReviewPanel', () => {
  let fixture: ComponentFixture<CaseReviewPanel>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (label: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === label);

  async function open(me: { id: string; role: string }): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        CaseReviewPanel,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseReviewPanel);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('caseVersion', 4);
    fixture.componentRef.setInput('assigneeId', ANNA.id);
    element = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/auth/me').flush({ ...me, username: 'x', displayName: 'X' });
    await settle();
  }

  afterEach(() => http.verify());

  it('for a supervisor: last reviewed, "Reviewed", risk flags to acknowledge (the page is told), remarks', async () => {
    await open({ id: SANNE.id, role: 'supervisor' });
    http.expectOne('/api/cases/c1/review-remarks').flush([REMARK]);
    http.expectOne('/api/cases/c1/review').flush(STATE);
    await settle();
    expect(text()).toContain('Not reviewed yet.');
    expect(text()).toContain(REMARK.text);
    expect(button('Read')).toBeUndefined();

    button('Reviewed')?.click();
    const review = http.expectOne((request) => request.url === '/api/cases/c1/review' && request.method === 'POST');
    review.flush({ ...STATE, lastReview: { id: 'v1', reviewedBy: SANNE, reviewedAt: '2026-11-26T12:00:00.000Z' } });
    await settle();
    expect(text()).toContain('Last reviewed on');

    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    button('Acknowledge')?.click();
    const acknowledge = http.expectOne('/api/cases/c1/risk-flags/caller_safety/acknowledge');
    acknowledge.flush({
      ...STATE,
      riskFlags: [{ ...STATE.riskFlags[0], acknowledgedBy: SANNE, acknowledgedAt: '2026-11-26T12:01:00.000Z' }],
    });
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(text()).toContain('Seen by Sanne');
    // The first render transforms <ld-free-text> and the identifier detector: slow on a cold cache.
  }, 30_000);

  it('for the assigned counsellor: only the remarks, with "Read" on those addressed to them', async () => {
    await open({ id: ANNA.id, role: 'counsellor' });
    http.expectOne('/api/cases/c1/review-remarks').flush([REMARK]);
    await settle();
    expect(button('Reviewed')).toBeUndefined();
    button('Read')?.click();
    http.expectOne('/api/review-remarks/r1/acknowledge').flush({ ...REMARK, acknowledgedAt: '2026-11-26T11:00:00.000Z' });
    await settle();
    expect(button('Read')).toBeUndefined();
    expect(text()).toContain('Read on');
  });

  it('shows nothing to a counsellor who is not the assignee, and asks the server nothing', async () => {
    await open({ id: 's2', role: 'counsellor' });
    expect(text()).toBe('');
  });
});
