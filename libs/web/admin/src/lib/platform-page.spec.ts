import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PlatformHelpline } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlatformPage } from './platform-page';

/** The real Dutch texts, so the test also proves the keys exist. */
const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/nl.json'), 'utf8')) as Record<string, unknown>;

const NL: PlatformHelpline = {
  id: 'h1',
  name: 'Stop it Now Nederland',
  language: 'nl',
  phone: '0800 266 64 36',
  website: null,
  timeZone: 'Europe/Amsterdam',
  createdAt: '2026-12-01T10:00:00.000Z',
  members: 55,
  admins: 2,
};

describe('PlatformPage (Hulplijnen)', () => {
  let fixture: ComponentFixture<PlatformPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };

  async function open(answer: PlatformHelpline[] | number): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        PlatformPage,
        TranslocoTestingModule.forRoot({ langs: { nl }, translocoConfig: { defaultLang: 'nl', availableLangs: ['nl'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlatformPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    const request = http.expectOne('/api/platform/helplines');
    if (typeof answer === 'number') request.flush({ status: answer, title: 'x', type: 'about:blank' }, { status: answer, statusText: 'x' });
    else request.flush(answer);
    await settle();
  }

  const type = (name: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const fillValid = () => {
    type('name', 'Stop it Now Vlaanderen');
    type('adminDisplayName', 'Eerste Beheerder');
    type('adminUsername', 'vl.beheer');
    type('adminPassword', 'een lang en sterk wachtwoord voor vlaanderen');
  };

  afterEach(() => http.verify());

  it('lists every helpline with its contact details and staff counts, in Dutch', async () => {
    await open([NL]);
    const row = element.querySelector('tbody tr') as HTMLElement;
    expect(row.querySelector('th')?.textContent?.trim()).toBe('Stop it Now Nederland');
    expect(row.textContent).toContain('Nederlands');
    expect(row.textContent).toContain('0800 266 64 36');
    expect(row.textContent).toContain('55 actief, van wie 2 beheerder');
  });

  it('says only a platform admin may see the page when the API refuses (403), and shows an empty state for none', async () => {
    await open(403);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Alleen een platformbeheerder');
    expect(element.querySelector('form')).toBeNull();
    TestBed.resetTestingModule();
    await open([]);
    expect(element.textContent).toContain('Nog geen hulplijnen. Voeg hieronder de eerste toe.');
  });

  it('sends nothing while the form is invalid, and names what is wrong', async () => {
    await open([NL]);
    type('website', 'http://niet-veilig.be');
    element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    http.expectNone('/api/helplines');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
    expect(element.textContent).toContain('Een adres dat begint met https://.');
  });

  it('creates a helpline with its first admin, then shows it in the list', async () => {
    await open([NL]);
    fillValid();
    type('phone', '0800 200 50');
    element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    const post = http.expectOne((request) => request.method === 'POST' && request.url === '/api/helplines');
    expect(post.request.body).toEqual({
      name: 'Stop it Now Vlaanderen',
      language: 'nl',
      timeZone: 'Europe/Amsterdam',
      phone: '0800 200 50',
      admin: { username: 'vl.beheer', displayName: 'Eerste Beheerder', password: 'een lang en sterk wachtwoord voor vlaanderen' },
    });
    post.flush({ id: 'h2', name: 'Stop it Now Vlaanderen', language: 'nl', current: false, role: null });
    await settle();
    http.expectOne('/api/platform/helplines').flush([NL, { ...NL, id: 'h2', name: 'Stop it Now Vlaanderen', members: 1, admins: 1 }]);
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Stop it Now Vlaanderen is toegevoegd');
    expect(element.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('puts the server’s field errors under their fields: a name that is taken (409)', async () => {
    await open([NL]);
    fillValid();
    element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/helplines').flush(
      {
        status: 409,
        title: 'Conflict',
        type: 'about:blank',
        errors: [{ field: 'name', code: 'taken', message: 'name is already taken' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(element.textContent).toContain('Er is al een hulplijn met deze naam.');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('bestaat al');
  });
});
