import { computed, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { StaffMember } from '@leidraad/shared/domain';
import { AuthService } from '@leidraad/web/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallTour } from './call-tour';
import { TourService } from './tour.service';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

describe('CallTour', () => {
  let fixture: ComponentFixture<CallTour>;
  let element: HTMLElement;
  const staff = signal<StaffMember | null>({ id: 'staff-1', username: 'anna', displayName: 'Anna', role: 'counsellor' } as StaffMember);

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const button = (label: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === label) as HTMLButtonElement;
  const card = () => element.querySelector<HTMLElement>('[data-testid="tour"]');
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

  beforeEach(async () => {
    localStorage.clear();
    // The call page around the tour: the parts it points at, and the note being typed in.
    document.body.innerHTML = `<header class="case-header">K7QF</header><div class="note"><textarea id="note"></textarea></div>
      <section data-testid="guide"></section><span data-testid="save-state"></span><div class="contact"><div class="actions"></div></div>`;
    TestBed.configureTestingModule({
      imports: [
        CallTour,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [{ provide: AuthService, useValue: { staff, role: computed(() => staff()?.role) } }],
    });
    fixture = TestBed.createComponent(CallTour);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    (document.getElementById('note') as HTMLTextAreaElement).focus();
    fixture.detectChanges();
    await settle();
  });

  afterEach(() => {
    fixture.destroy();
    document.body.innerHTML = '';
  });

  it('only offers itself the first time, and leaves the focus in the note', () => {
    expect(element.querySelector('[data-testid="tour-offer"]')?.textContent).toContain('New to the call screen?');
    expect(card()).toBeNull();
    expect(document.activeElement?.id).toBe('note');
    expect(TestBed.inject(TourService).hostActive()).toBe(true);
  });

  it('declined, is not offered again to the same counsellor, but is to a colleague on the same browser', async () => {
    button('No, thanks').click();
    await settle();
    expect(element.querySelector('[data-testid="tour-offer"]')).toBeNull();
    expect(localStorage.getItem('leidraad.tour.call.seen.staff-1')).toBe('1');
    staff.set({ id: 'staff-2', username: 'bram', displayName: 'Bram', role: 'counsellor' } as StaffMember);
    await settle();
    expect(element.querySelector('[data-testid="tour-offer"]')).not.toBeNull();
    staff.set({ id: 'staff-1', username: 'anna', displayName: 'Anna', role: 'counsellor' } as StaffMember);
  });

  it('walks the steps with the keyboard, highlighting each part, and gives the note its focus back on Esc', async () => {
    button('Take the tour').click();
    await settle();
    expect(document.activeElement).toBe(card());
    expect(card()?.getAttribute('role')).toBe('dialog');
    expect(card()?.textContent).toContain('Step 1 of 5');
    expect(document.querySelector('.case-header')?.hasAttribute('data-tour-highlight')).toBe(true);

    key(card() as HTMLElement, 'ArrowRight');
    await settle();
    expect(card()?.getAttribute('data-step')).toBe('note');
    expect(document.querySelector('.case-header')?.hasAttribute('data-tour-highlight')).toBe(false);
    expect(document.querySelector('.note')?.hasAttribute('data-tour-highlight')).toBe(true);

    key(card() as HTMLElement, 'Enter');
    await settle();
    expect(card()?.getAttribute('data-step')).toBe('guide');
    // The guide is in the right-hand column: the card moves to the left, out of its way.
    expect(card()?.classList.contains('tour-card--left')).toBe(true);
    key(card() as HTMLElement, 'ArrowLeft');
    await settle();
    expect(card()?.getAttribute('data-step')).toBe('note');

    key(card() as HTMLElement, 'Escape');
    await settle();
    expect(card()).toBeNull();
    expect(document.querySelector('[data-tour-highlight]')).toBeNull();
    expect(document.activeElement?.id).toBe('note');
    expect(localStorage.getItem('leidraad.tour.call.seen.staff-1')).toBe('1');
  });

  it('ends after the last step with "Done", and can be started again from elsewhere (the shortcut overlay)', async () => {
    button('Take the tour').click();
    await settle();
    for (let i = 0; i < 4; i++) {
      button('Next').click();
      await settle();
    }
    expect(card()?.getAttribute('data-step')).toBe('finalise');
    button('Done').click();
    await settle();
    expect(card()).toBeNull();
    expect(element.querySelector('[data-testid="tour-offer"]')).toBeNull();

    TestBed.inject(TourService).requestStart();
    await settle();
    expect(card()?.getAttribute('data-step')).toBe('case');
  });
});
