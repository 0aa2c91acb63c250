import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { HelplineProfile } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldErrorsOf, HelplineSettings } from './helpline-settings';

/** The real Dutch texts, so the test also proves the keys exist. */
const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/nl.json'), 'utf8')) as Record<string, unknown>;

const DEFAULTS = { retentionMonths: 24, inactiveCloseMonths: 12, stalledAfterDays: 14, twoFactorForAll: false, unusualAccessPerHour: 10 };
const PROFILE: HelplineProfile = {
  id: 'h1',
  name: 'Stop it Now Vlaanderen',
  language: 'nl-BE',
  phone: '0800 200 50',
  website: null,
  timeZone: 'Europe/Brussels',
  workingHours: [{ weekday: 2, start: '09:00', end: '12:00' }],
  caseCodePrefix: null,
  version: 3,
  settings: { retentionMonths: 6, inactiveCloseMonths: null, stalledAfterDays: null, twoFactorForAll: true, unusualAccessPerHour: null },
  defaults: DEFAULTS,
  effective: { ...DEFAULTS, retentionMonths: 6, twoFactorForAll: true },
};

describe('HelplineSettings', () => {
  let fixture: ComponentFixture<HelplineSettings>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const input = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  const type = (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const submit = () => element.querySelector('form')?.dispatchEvent(new Event('submit'));

  async function create(answer: HelplineProfile | 'error'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        HelplineSettings,
        TranslocoTestingModule.forRoot({ langs: { nl }, translocoConfig: { defaultLang: 'nl', availableLangs: ['nl'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HelplineSettings);
    element = fixture.nativeElement;
    fixture.detectChanges();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('laden');
    const request = http.expectOne('/api/helplines/current');
    if (answer === 'error') request.flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    else request.flush(answer);
    await settle();
  }

  afterEach(() => http.verify());

  it('shows the helpline’s profile, its own settings, and the defaults for the empty ones', async () => {
    await create(PROFILE);
    expect(element.querySelector('h2')?.textContent).toContain('Hulplijn');
    expect(input('hl-name').value).toBe('Stop it Now Vlaanderen');
    expect(input('hl-phone').value).toBe('0800 200 50');
    expect(input('hl-website').value).toBe('');
    expect(input('hl-retention').value).toBe('6');
    expect(input('hl-stalled').value).toBe('');
    expect(element.textContent).toContain('Leeg: standaard (14 dagen)');
    expect(element.textContent).toContain('Leeg: standaard (10 dossiers)');
    expect(element.querySelector<HTMLSelectElement>('select[formcontrolname="twoFactorForAll"]')?.value).toBe('on');
  });

  it('saves the whole profile with its version; an empty setting or phone is sent as null', async () => {
    await create(PROFILE);
    type('hl-phone', '  ');
    type('hl-retention', '');
    type('hl-stalled', '7');
    type('hl-unusual', '25');
    submit();
    const put = http.expectOne((request) => request.method === 'PUT' && request.url === '/api/helplines/current');
    expect(put.request.body).toEqual({
      version: 3,
      name: 'Stop it Now Vlaanderen',
      language: 'nl-BE',
      phone: null,
      website: null,
      timeZone: 'Europe/Brussels',
      caseCodePrefix: null,
      workingHours: [{ weekday: 2, start: '09:00', end: '12:00' }],
      settings: { retentionMonths: null, inactiveCloseMonths: null, stalledAfterDays: 7, twoFactorForAll: true, unusualAccessPerHour: 25 },
    });
    put.flush({ ...PROFILE, version: 4, phone: null, settings: { ...PROFILE.settings, retentionMonths: null, stalledAfterDays: 7 } });
    await settle();
    // Codes on screen and the guide follow the change.
    http.expectOne('/api/helplines').flush([]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('De hulplijn is opgeslagen.');
    expect(input('hl-stalled').value).toBe('7');
  });

  it('shows the API’s field errors beside their fields, linked for screen readers', async () => {
    await create(PROFILE);
    type('hl-phone', 'bel ons');
    submit();
    http.expectOne('/api/helplines/current', 'PUT').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [
          { field: 'phone', code: 'matches', message: 'phone: digits' },
          { field: 'settings.stalledAfterDays', code: 'max', message: 'too big' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Niet alle velden zijn goed ingevuld');
    expect(input('hl-phone').getAttribute('aria-describedby')).toBe('hl-phone-error');
    expect(element.querySelector('#hl-phone-error')?.textContent).toContain('Alleen cijfers, spaties');
    expect(element.querySelector('#hl-stalled-error')?.textContent).toContain('Een heel getal van 1 tot en met 365');
    expect(element.querySelector('#hl-website-error')).toBeNull();
  });

  it('edits the working hours per weekday with buttons and time fields, and sends them as periods', async () => {
    await create(PROFILE);
    const week = element.querySelector('[data-testid="helpline-working-hours"]') as HTMLElement;
    expect(week.textContent).toContain('Bereikbaarheid');
    expect(input('hl-hours-2-0-start').value).toBe('09:00');
    expect(input('hl-hours-2-0-end').value).toBe('12:00');
    const button = (label: string) => week.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`) as HTMLButtonElement;
    button('Tijdvak toevoegen op Dinsdag').click();
    button('Tijdvak toevoegen op Maandag').click();
    fixture.detectChanges();
    expect(input('hl-hours-2-1-start').value).toBe('12:00');
    type('hl-hours-2-1-start', '13:00');
    type('hl-hours-2-1-end', '17:00');
    button('Dinsdag, tijdvak 1 verwijderen').click();
    fixture.detectChanges();
    submit();
    const put = http.expectOne('/api/helplines/current', 'PUT');
    expect(put.request.body.workingHours).toEqual([
      { weekday: 1, start: '09:00', end: '17:00' },
      { weekday: 2, start: '13:00', end: '17:00' },
    ]);
    put.flush(PROFILE);
    await settle();
    http.expectOne('/api/helplines').flush([]);
  });

  it('sends the case-code prefix in capitals, empty as null, and shows a refusal beside it', async () => {
    await create(PROFILE);
    type('hl-prefix', 'vl');
    submit();
    const put = http.expectOne('/api/helplines/current', 'PUT');
    expect(put.request.body.caseCodePrefix).toBe('VL');
    put.flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'caseCodePrefix', code: 'matches', message: 'caseCodePrefix: 1–3 capital letters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(element.querySelector('#hl-prefix-error')?.textContent).toContain('1 tot 3 letters');
    expect(input('hl-prefix').getAttribute('aria-describedby')).toBe('hl-prefix-error');
    type('hl-prefix', ' ');
    submit();
    const cleared = http.expectOne('/api/helplines/current', 'PUT');
    expect(cleared.request.body.caseCodePrefix).toBeNull();
    cleared.flush({ ...PROFILE, version: 4 });
    await settle();
    http.expectOne('/api/helplines').flush([]);
  });

  it('shows one message for the week when the API refuses a period', async () => {
    await create(PROFILE);
    submit();
    http.expectOne('/api/helplines/current', 'PUT').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'workingHours[0].end', code: 'not_after_start', message: 'end must be after start' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(element.querySelector('#hl-hours-error')?.textContent).toContain('Elk tijdvak eindigt na het begin');
  });

  it('says so, with a retry, when the helpline cannot be loaded', async () => {
    await create('error');
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.querySelector('form')).toBeNull();
    element.querySelector<HTMLButtonElement>('button')?.click();
    http.expectOne('/api/helplines/current').flush(PROFILE);
    await settle();
    expect(input('hl-name').value).toBe('Stop it Now Vlaanderen');
  });
});

describe('fieldErrorsOf', () => {
  it('maps only known fields of a 400 to messages', () => {
    expect(
      fieldErrorsOf({
        type: 'about:blank',
        title: 'x',
        status: 400,
        errors: [
          { field: 'website', code: 'matches', message: 'm' },
          { field: 'constructor', code: 'x', message: 'm' },
        ],
      }),
    ).toEqual({ website: 'helplineSettings.errors.website' });
    expect(
      fieldErrorsOf({ type: 'about:blank', title: 'x', status: 409, errors: [{ field: 'name', code: 'taken', message: 'm' }] }),
    ).toEqual({});
  });
});
