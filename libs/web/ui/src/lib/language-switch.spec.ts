import { TestBed } from '@angular/core/testing';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('marks the current language as pressed and emits the chosen one', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    fixture.componentRef.setInput('language', 'nl');
    fixture.componentRef.setInput('groupLabel', 'Taal');
    const chosen: string[] = [];
    fixture.componentInstance.languageChange.subscribe((code) => chosen.push(code));
    await fixture.whenStable();
    const buttons = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    buttons[1].click();
    expect(chosen).toEqual(['en']);
  });
});
