import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { DateInput } from './date-input';

const i18n = (language: string) =>
  JSON.parse(readFileSync(join(__dirname, `../../../../../apps/web/public/i18n/${language}.json`), 'utf8')) as Record<string, unknown>;

@Component({
  imports: [DateInput, ReactiveFormsModule],
  template: `<form [formGroup]="form">
    <label for="when-date">Datum</label>
    <ld-date-input inputId="when-date" formControlName="date" required />
    <label for="when-time">Tijd</label>
    <ld-date-input kind="time" inputId="when-time" formControlName="time" required />
    <label for="when-start">Begint</label>
    <ld-date-input kind="date-time" inputId="when-start" formControlName="startsAt" />
  </form>`,
})
class Host {
  readonly form = new FormGroup({
    date: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    time: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    startsAt: new FormControl('', { nonNullable: true }),
  });
}

describe('DateInput', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;
  let element: HTMLElement;

  const field = (id: string) => element.querySelector(`#${id}`) as HTMLInputElement;
  const hint = (id: string) => element.querySelector(`#${id}-format`) as HTMLElement;
  const type = async (id: string, text: string, leave = true) => {
    field(id).value = text;
    field(id).dispatchEvent(new Event('input'));
    if (leave) field(id).dispatchEvent(new Event('change'));
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const press = async (id: string, key: string) => {
    field(id).dispatchEvent(new KeyboardEvent('keydown', { key }));
    fixture.detectChanges();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { nl: i18n('nl'), en: i18n('en') },
          translocoConfig: {
            defaultLang: 'nl',
            availableLangs: ['nl', 'en'],
            reRenderOnLangChange: true,
          },
          preloadLangs: true,
        }),
      ],
    });
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await fixture.whenStable();
  });

  it('shows the form value in the app language, day first on a 24-hour clock, and follows a language switch', async () => {
    host.form.setValue({
      date: '2026-12-17',
      time: '14:30',
      startsAt: '2027-03-01T19:00',
    });
    fixture.detectChanges();
    expect([field('when-date').value, field('when-time').value, field('when-start').value]).toEqual([
      '17-12-2026',
      '14:30',
      '01-03-2027 19:00',
    ]);
    expect(field('when-date').placeholder).toBe('dd-mm-jjjj');
    expect(field('when-time').placeholder).toBe('uu:mm');

    TestBed.inject(TranslocoService).setActiveLang('en');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect([field('when-date').value, field('when-date').placeholder, field('when-start').value]).toEqual([
      '17/12/2026',
      'dd/mm/yyyy',
      '01/03/2027 19:00',
    ]);
  });

  it('puts what a counsellor types into the form in the format the native inputs gave, and tidies the text', async () => {
    await type('when-date', '1 feb 2027');
    await type('when-time', '930');
    await type('when-start', '1-3-2027 19.00');
    expect(host.form.getRawValue()).toEqual({
      date: '2027-02-01',
      time: '09:30',
      startsAt: '2027-03-01T19:00',
    });
    expect([field('when-date').value, field('when-time').value]).toEqual(['01-02-2027', '09:30']);
    expect(host.form.valid).toBe(true);
  });

  it('takes a readable entry while typing, before the field is left', async () => {
    await type('when-date', '17-12-2026', false);
    expect(host.form.controls.date.value).toBe('2026-12-17');
    expect(field('when-date').value).toBe('17-12-2026');
  });

  it('names a wrong entry, keeps the value as it was and makes the form invalid until it is right', async () => {
    host.form.controls.date.setValue('2026-12-17');
    fixture.detectChanges();
    await type('when-date', '31-02-2027');
    expect(host.form.controls.date.value).toBe('2026-12-17');
    expect(host.form.controls.date.errors).toEqual({
      dateText: { kind: 'date' },
    });
    expect(field('when-date').getAttribute('aria-invalid')).toBe('true');
    expect(hint('when-date').textContent?.trim()).toBe('Schrijf als dd-mm-jjjj, bijvoorbeeld 17-12-2026');
    expect(field('when-date').getAttribute('aria-describedby')).toBe('when-date-format');

    await type('when-date', '28-02-2027');
    expect(host.form.controls.date.value).toBe('2027-02-28');
    expect(host.form.controls.date.errors).toBeNull();
    expect(field('when-date').getAttribute('aria-invalid')).toBeNull();
  });

  it('steps a day or five minutes with the arrow keys', async () => {
    host.form.setValue({ date: '2026-12-31', time: '09:32', startsAt: '' });
    fixture.detectChanges();
    await press('when-date', 'ArrowUp');
    await press('when-time', 'ArrowDown');
    expect(host.form.getRawValue()).toMatchObject({
      date: '2027-01-01',
      time: '09:30',
    });
    expect([field('when-date').value, field('when-time').value]).toEqual(['01-01-2027', '09:30']);
  });

  it('empties the value when the text is cleared, so a required field says so', async () => {
    host.form.controls.time.setValue('14:30');
    await type('when-time', '');
    expect(host.form.controls.time.value).toBe('');
    expect(host.form.controls.time.errors).toEqual({ required: true });
  });
});
