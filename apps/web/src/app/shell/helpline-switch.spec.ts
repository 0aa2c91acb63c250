import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { HelplineMembership } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HelplineSwitch } from './helpline-switch';

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const NL: HelplineMembership = {
  id: 'h1',
  name: 'Stop it Now Nederland',
  language: 'nl',
  timeZone: 'Europe/Amsterdam',
  current: true,
  role: 'supervisor',
  phone: null,
  website: null,
  workingHours: [],
  caseCodePrefix: null,
};
const VL: HelplineMembership = {
  id: 'h2',
  name: 'Stop it Now Vlaanderen',
  language: 'nl-BE',
  timeZone: 'Europe/Brussels',
  current: false,
  role: 'counsellor',
  phone: null,
  website: null,
  workingHours: [],
  caseCodePrefix: null,
};

describe('HelplineSwitch', () => {
  let fixture: ComponentFixture<HelplineSwitch>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };

  async function create(helplines: HelplineMembership[] | 'error'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        HelplineSwitch,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HelplineSwitch);
    element = fixture.nativeElement;
    fixture.detectChanges();
    const request = http.expectOne('/api/helplines');
    if (helplines === 'error') request.flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    else request.flush(helplines);
    await settle();
  }

  afterEach(() => http.verify());

  it('shows nothing to staff of one helpline, or when the list cannot be had', async () => {
    await create([NL]);
    expect(element.querySelector('select')).toBeNull();
    TestBed.resetTestingModule();
    await create('error');
    expect(element.querySelector('select')).toBeNull();
  });

  it('offers every helpline by name, labelled, with the current one chosen', async () => {
    await create([NL, VL]);
    const select = element.querySelector<HTMLSelectElement>('select');
    expect(select?.closest('label')?.textContent).toContain('Helpline');
    expect(Array.from(select?.options ?? []).map((option) => option.textContent?.trim())).toEqual([NL.name, VL.name]);
    expect(select?.value).toBe('h1');
  });

  it('says so, and can be used again, when switching fails', async () => {
    await create([NL, VL]);
    const select = element.querySelector<HTMLSelectElement>('select') as HTMLSelectElement;
    select.value = 'h2';
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(select.disabled).toBe(true);
    const put = http.expectOne((request) => request.method === 'PUT' && request.url === '/api/auth/session/helpline');
    expect(put.request.body).toEqual({ helplineId: 'h2' });
    put.flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Switching helpline failed');
    expect(select.disabled).toBe(false);
  });
});
