import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FreeTextField, FREE_TEXT_SCAN_DEBOUNCE_MS } from './free-text-field';

@Component({
  imports: [FreeTextField, ReactiveFormsModule],
  template: `<ld-free-text
    inputId="reason"
    field="reason"
    [formControl]="control"
    [maxlength]="60"
    [serverFindings]="refusal()"
    (confirmationsChange)="confirmed.set($event)"
  />`,
})
class Host {
  readonly control = new FormControl('', { nonNullable: true });
  readonly refusal = signal<readonly unknown[]>([]);
  readonly confirmed = signal<string[]>([]);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FreeTextField', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;
  let element: HTMLElement;

  const textarea = () => element.querySelector('textarea') as HTMLTextAreaElement;
  const type = async (value: string) => {
    textarea().value = value;
    textarea().dispatchEvent(new Event('input'));
    await wait(FREE_TEXT_SCAN_DEBOUNCE_MS + 50);
    await fixture.whenStable();
  };
  const listed = () => [...element.querySelectorAll('.findings mark')].map((mark) => mark.textContent?.trim());
  const button = (label: string) =>
    [...element.querySelectorAll('.findings button, .findings-confirmed button')].find((b) => b.textContent?.trim().startsWith(label)) as
      HTMLButtonElement | undefined;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: {
            nl: {
              freeText: {
                titleDirect: 'Direct',
                titleQuasi: 'Quasi',
                levelDirect: 'direct',
                levelQuasi: 'quasi',
                fromServer: 'server',
                confirm: 'Bevestigen',
                maskOne: 'Vervangen door {{ token }}',
                maskAll: 'Alles maskeren',
                confirmedTitle: 'Bevestigd',
                undoConfirm: 'Intrekken',
                limit: { counter: '{{ used }} / {{ max }}', refused: 'Niet toegevoegd: {{ attempted }} > {{ max }}' },
              },
            },
          },
          translocoConfig: { availableLangs: ['nl'], defaultLang: 'nl' },
          preloadLangs: true,
        }),
      ],
    });
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('highlights a phone number after typing, explains it, and masks it with Alt+M into the form', async () => {
    expect(textarea().id).toBe('reason');
    await type('Bel haar terug op 06-12345678 morgen.');
    expect(listed()).toEqual(['06-12345678']);
    expect(element.querySelector('.findings')?.textContent).toContain('Telefoonnummer');
    expect(element.querySelector('.ft-backdrop mark')?.textContent).toBe('06-12345678');
    // The highlight layer holds exactly the text, so the marks sit behind the right characters.
    expect(element.querySelector('.ft-backdrop')?.textContent).toBe('Bel haar terug op 06-12345678 morgen.');
    expect(textarea().getAttribute('aria-describedby')).toBe('reason-findings');

    const alt = new KeyboardEvent('keydown', { key: 'm', altKey: true, cancelable: true, bubbles: true });
    textarea().dispatchEvent(alt);
    await fixture.whenStable();
    expect(alt.defaultPrevented).toBe(true);
    expect(host.control.value).toBe('Bel haar terug op [TELEFOON] morgen.');
    expect(textarea().value).toBe('Bel haar terug op [TELEFOON] morgen.');
    // Masking rescans at once: nothing left to show, no waiting.
    expect(element.querySelector('.findings')).toBeNull();
  });

  it('confirms a place as header tokens, and voids the confirmation when its text changes', async () => {
    const text = 'Beller woont in Zwolle en zoekt hulp.';
    await type(text);
    expect(listed()).toEqual(['Zwolle']);
    button('Bevestigen')?.click();
    await fixture.whenStable();
    expect(host.confirmed()).toEqual(['reason:16-22']);
    expect(element.querySelector('.findings')).toBeNull();
    expect(element.querySelector('.findings-confirmed')?.textContent).toContain('Zwolle');

    // Typing before it moves the span; the token follows.
    await type(`Nu: ${text}`);
    expect(host.confirmed()).toEqual(['reason:20-26']);

    // Changing the place itself: the confirmation is gone and the finding is back.
    await type(`Nu: ${text}`.replace('Zwolle', 'Deventer'));
    expect(host.confirmed()).toEqual([]);
    expect(listed()).toEqual(['Deventer']);
  });

  it('masks a quasi-identifier on request and shows the API refusal at its span', async () => {
    await type('Beller woont in Zwolle.');
    button('Vervangen door [PLAATS]')?.click();
    await fixture.whenStable();
    expect(host.control.value).toBe('Beller woont in [PLAATS].');

    // The API found something the browser did not (another detector version): shown, at its place.
    host.refusal.set([
      { field: 'reason', code: 'quasi_identifier_unconfirmed', message: 'x', start: 0, end: 6, category: 'institution', level: 'quasi' },
      { field: 'other', code: 'direct_identifier', message: 'x', start: 0, end: 6, category: 'phone', level: 'direct' },
    ]);
    await fixture.whenStable();
    expect(listed()).toEqual(['Beller']);
    expect(element.querySelector('.findings')?.textContent).toContain('server');
  });

  it('follows the form when it is disabled or written from outside', async () => {
    host.control.setValue('Mail naar iemand@voorbeeld.nl vandaag');
    await fixture.whenStable();
    expect(textarea().value).toBe('Mail naar iemand@voorbeeld.nl vandaag');
    expect(listed()).toEqual(['iemand@voorbeeld.nl']);
    host.control.disable();
    await fixture.whenStable();
    expect(textarea().disabled).toBe(true);
  });

  it('refuses a paste that would go over the limit whole, with a message, and never cuts it; a counter shows near the limit', async () => {
    await type('Beller belt terug.');
    expect(textarea().hasAttribute('maxlength')).toBe(false);
    expect(element.querySelector('[data-testid="text-limit-counter"]')).toBeNull();

    textarea().setSelectionRange(18, 18);
    const paste = new InputEvent('beforeinput', { inputType: 'insertFromPaste', cancelable: true, bubbles: true });
    // jsdom has no DataTransfer: the pasted text, as Chromium hands it over.
    const pasted = ' En dan nog een hele lange tekst die er niet meer bij past.';
    Object.defineProperty(paste, 'dataTransfer', { value: { getData: (type: string) => (type === 'text/plain' ? pasted : '') } });
    textarea().dispatchEvent(paste);
    await fixture.whenStable();
    expect(paste.defaultPrevented).toBe(true);
    expect(element.querySelector('[data-testid="text-limit-refused"]')?.textContent?.trim()).toBe('Niet toegevoegd: 77 > 60');
    expect(host.control.value).toBe('Beller belt terug.');

    // What fits goes in; near the limit the counter shows, and the message is gone.
    const fits = new InputEvent('beforeinput', { inputType: 'insertText', data: ' Morgen weer.', cancelable: true, bubbles: true });
    textarea().dispatchEvent(fits);
    expect(fits.defaultPrevented).toBe(false);
    await type('Beller belt terug. Morgen om tien uur weer, zegt hij, met zijn zus.'.slice(0, 58));
    expect(element.querySelector('[data-testid="text-limit-refused"]')).toBeNull();
    expect(element.querySelector('[data-testid="text-limit-counter"]')?.textContent?.trim()).toBe('58 / 60');
    expect(textarea().getAttribute('aria-describedby')).toBe('reason-findings reason-limit');
  });
});
