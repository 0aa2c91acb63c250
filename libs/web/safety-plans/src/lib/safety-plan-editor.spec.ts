import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SafetyPlanView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SafetyPlanEditor } from './safety-plan-editor';

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const EMPTY: SafetyPlanView = { caseId: 'c1', caseCode: 'K7QF-3M9X-T', status: null, version: 0, agreements: [], lastChange: null };
const lastChange = (number: number, change: 'update' | 'activate' | 'evaluate', status: 'draft' | 'active' | 'evaluated') => ({
  number,
  status,
  change,
  contactId: 'k1',
  changedBy: { id: 's1', displayName: 'Anna' },
  changedAt: '2026-11-26T10:00:00.000Z',
  agreementCount: 1,
});
const DRAFT: SafetyPlanView = {
  ...EMPTY,
  status: 'draft',
  version: 1,
  agreements: [
    {
      id: 'a1',
      topic: 'where-to-turn',
      what: 'Calls the helpline',
      who: 'caller',
      howChecked: null,
      reviewDate: '2026-12-15',
      evaluation: null,
    },
  ],
  lastChange: lastChange(1, 'update', 'draft'),
};

describe('SafetyPlanEditor', () => {
  let fixture: ComponentFixture<SafetyPlanEditor>;
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
  const planRequest = () => http.expectOne((request) => request.method === 'GET' && request.url === '/api/cases/c1/safety-plan');

  async function create(plan: SafetyPlanView): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        SafetyPlanEditor,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SafetyPlanEditor);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('contactId', 'k1');
    element = fixture.nativeElement;
    fixture.detectChanges();
    expect(text()).toContain('Loading the safety plan');
    planRequest().flush(plan);
    await settle();
  }

  afterEach(() => http.verify());

  it('starts empty, offers the guide’s topics in English and shows the four principles', async () => {
    await create(EMPTY);
    expect(text()).toContain('No agreements yet');
    expect(text()).toContain('Not drawn up yet');
    expect(element.querySelectorAll('.principles li')).toHaveLength(4);
    must(button('Add agreement')).click();
    await settle();
    const options = Array.from(element.querySelectorAll<HTMLOptionElement>('#sp-topic-0 option')).map((o) => o.textContent?.trim());
    expect(options).toHaveLength(8);
    expect(options[1]).toBe('Where can you turn');
    expect(options[7]).toBe('Other');
    expect(text()).toContain('Unsaved changes');
  });

  it('does not send an agreement without topic, role or text, and names what is missing', async () => {
    await create(EMPTY);
    must(button('Add agreement')).click();
    await settle();
    must(button('Save')).click();
    await settle();
    expect(text()).toContain('Check the marked fields.');
    expect(element.querySelectorAll('.error').length).toBeGreaterThanOrEqual(3);
    http.expectNone('/api/cases/c1/safety-plan');
  });

  it('saves the agreements with the contact and version, then offers activation', async () => {
    await create(EMPTY);
    must(button('Add agreement')).click();
    await settle();
    const topic = must(element.querySelector<HTMLSelectElement>('#sp-topic-0'));
    topic.value = 'where-to-turn';
    topic.dispatchEvent(new Event('change'));
    const who = must(element.querySelector<HTMLSelectElement>('#sp-who-0'));
    who.value = 'caller';
    who.dispatchEvent(new Event('change'));
    const what = must(element.querySelector<HTMLTextAreaElement>('#sp-what-0'));
    what.value = 'Calls the helpline';
    what.dispatchEvent(new Event('input'));
    const date = must(element.querySelector<HTMLInputElement>('#sp-review-0'));
    date.value = '15/12/2026';
    date.dispatchEvent(new Event('input'));
    await settle();
    must(button('Save')).click();
    const save = http.expectOne((request) => request.method === 'PUT' && request.url === '/api/cases/c1/safety-plan');
    expect(save.request.body).toEqual({
      version: 0,
      contactId: 'k1',
      agreements: [{ topic: 'where-to-turn', what: 'Calls the helpline', who: 'caller', howChecked: null, reviewDate: '2026-12-15' }],
    });
    save.flush(DRAFT);
    await settle();
    expect(text()).toContain('Saved as version 1.');
    must(button('Activate')).click();
    const activate = http.expectOne((request) => request.method === 'POST' && request.url === '/api/cases/c1/safety-plan/activate');
    expect(activate.request.body).toEqual({ version: 1, contactId: 'k1' });
    activate.flush({ ...DRAFT, status: 'active', version: 2, lastChange: lastChange(2, 'activate', 'active') });
    await settle();
    expect(text()).toContain('Active');
    expect(button('Evaluate')).toBeDefined();
  });

  it('reloads the plan when it changed in the meantime (409)', async () => {
    await create(DRAFT);
    must(button('Save')).click();
    http
      .expectOne((request) => request.method === 'PUT')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict', currentVersion: 2 },
        { status: 409, statusText: 'Conflict', headers: { 'content-type': 'application/problem+json' } },
      );
    await settle();
    planRequest().flush({ ...DRAFT, version: 2 });
    await settle();
    expect(text()).toContain('The plan was changed in the meantime');
    expect(text()).toContain('Version 2');
  });

  it('evaluates an active plan per agreement', async () => {
    await create({ ...DRAFT, status: 'active', version: 2, lastChange: lastChange(2, 'activate', 'active') });
    must(button('Evaluate')).click();
    await settle();
    must(element.querySelector<HTMLInputElement>('#sp-result-0-partly')).click();
    await settle();
    must(button('Save evaluation')).click();
    const evaluate = http.expectOne((request) => request.method === 'POST' && request.url === '/api/cases/c1/safety-plan/evaluation');
    expect(evaluate.request.body).toEqual({ version: 2, contactId: 'k1', results: [{ agreementId: 'a1', result: 'partly', note: null }] });
    evaluate.flush({ ...DRAFT, status: 'evaluated', version: 3, lastChange: lastChange(3, 'evaluate', 'evaluated') });
    await settle();
    expect(text()).toContain('Evaluated');
  });
});

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing element');
  return value;
}
