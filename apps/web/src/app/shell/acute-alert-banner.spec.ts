import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { RiskFlagRaisedEvent, Role } from '@leidraad/shared/domain';
import { AuthService, LiveAlerts } from '@leidraad/web/core';
import { HELPLINE_CASE_CODE_PREFIX } from '@leidraad/web/ui';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AcuteAlertBanner } from './acute-alert-banner';

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const ALERT: RiskFlagRaisedEvent = {
  riskFlagId: 'f1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  flag: 'minor_in_acute_danger',
  // 14:03 in Amsterdam (winter time).
  setAt: '2026-12-08T13:03:00.000Z',
};

describe('AcuteAlertBanner', () => {
  let fixture: ComponentFixture<AcuteAlertBanner>;
  const alerts = signal<readonly RiskFlagRaisedEvent[]>([]);
  const acknowledged: string[] = [];
  const muted = signal(false);

  function create(role: Role): HTMLElement {
    TestBed.configureTestingModule({
      imports: [
        AcuteAlertBanner,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [
        provideRouter([]),
        { provide: HELPLINE_CASE_CODE_PREFIX, useValue: signal('NL') },
        { provide: AuthService, useValue: { role: () => role } },
        {
          provide: LiveAlerts,
          useValue: {
            alerts,
            muted,
            failed: signal(undefined),
            acknowledge: (alert: RiskFlagRaisedEvent) => acknowledged.push(alert.riskFlagId),
            toggleMute: () => muted.update((m) => !m),
          },
        },
      ],
    });
    fixture = TestBed.createComponent(AcuteAlertBanner);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    alerts.set([]);
    muted.set(false);
    acknowledged.length = 0;
  });

  it('shows nothing without alerts', () => {
    expect(create('supervisor').textContent?.trim()).toBe('');
  });

  it('announces the case code (with the helpline’s prefix) and the time, with buttons to open the case and acknowledge it', async () => {
    alerts.set([ALERT]);
    const element = create('supervisor');
    const text = element.querySelector('[role="alert"]');
    expect(text?.getAttribute('aria-live')).toBe('assertive');
    expect(text?.textContent?.trim()).toBe('Minor in acute danger — case NL-K7QF-3M9X-T, reported at 14:03');

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const buttons = [...element.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent?.trim())).toEqual(['Open case', 'Seen (acknowledge)', 'Sound off']);
    buttons[0].click();
    expect(navigate).toHaveBeenCalledWith(['/dossiers', 'c1']);
    buttons[1].click();
    expect(acknowledged).toEqual(['f1']);
    buttons[2].click();
    fixture.detectChanges();
    expect(element.querySelector('.acute__mute')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows an admin the alert without the buttons that open or acknowledge cases', () => {
    alerts.set([ALERT]);
    const element = create('admin');
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect([...element.querySelectorAll('button')].map((button) => button.textContent?.trim())).toEqual(['Sound off']);
    expect(element.textContent).toContain('A supervisor acknowledges this alert.');
  });
});
