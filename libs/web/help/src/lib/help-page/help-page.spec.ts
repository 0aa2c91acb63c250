import { computed, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { StaffMember } from '@leidraad/shared/domain';
import { AuthService } from '@leidraad/web/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HelpKeys } from '../shortcuts/help-keys';
import { HelpPage } from './help-page';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/nl.json'), 'utf8')) as Record<string, unknown>;

describe('HelpPage', () => {
  let fixture: ComponentFixture<HelpPage>;
  let element: HTMLElement;
  const openShortcuts = jest.fn(() => Promise.resolve());

  async function open(role: StaffMember['role']): Promise<void> {
    const staff = signal({ id: 'staff-1', username: 'anna', displayName: 'Anna', role } as StaffMember);
    TestBed.configureTestingModule({
      imports: [
        HelpPage,
        TranslocoTestingModule.forRoot({ langs: { nl }, translocoConfig: { defaultLang: 'nl', availableLangs: ['nl'] } }),
      ],
      providers: [
        { provide: AuthService, useValue: { staff, role: computed(() => staff().role) } },
        { provide: HelpKeys, useValue: { openShortcuts } },
      ],
    });
    fixture = TestBed.createComponent(HelpPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  beforeEach(() => {
    localStorage.clear();
    openShortcuts.mockClear();
  });

  it('explains the rules under one h1 with a section heading each, never-list first', async () => {
    await open('counsellor');
    expect(element.querySelectorAll('h1')).toHaveLength(1);
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings[0]).toBe('Wat nooit in Leidraad komt');
    expect(headings).toContain('Dossiercode en codewoord');
    expect(headings).toContain('Wat er met gegevens gebeurt');
    expect(headings).toContain('Wie ziet wat');
    expect(element.textContent).toContain('telefoonnummers');
  });

  it('opens the shortcut overlay, and offers the tour again to a counsellor who has seen it', async () => {
    localStorage.setItem('leidraad.tour.call.seen.staff-1', '1');
    await open('counsellor');
    (element.querySelector('[data-testid="help-show-shortcuts"]') as HTMLButtonElement).click();
    expect(openShortcuts).toHaveBeenCalledTimes(1);
    (element.querySelector('[data-testid="help-offer-tour"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(localStorage.getItem('leidraad.tour.call.seen.staff-1')).toBeNull();
    expect(element.querySelector('[data-testid="help-offer-tour"]')).toBeNull();
    expect(element.textContent).toContain('De rondleiding wordt aangeboden');
  });

  it('does not offer the call-screen tour to an admin', async () => {
    await open('admin');
    expect(element.querySelector('[data-testid="help-offer-tour"]')).toBeNull();
    expect(element.querySelector('[data-testid="help-show-shortcuts"]')).not.toBeNull();
  });
});
