import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CaseCodePipe, HELPLINE_CASE_CODE_PREFIX } from './case-code.pipe';

describe('CaseCodePipe', () => {
  it('puts the helpline’s prefix in front of a code, and follows a change of it', () => {
    const prefix = signal<string | null>('NL');
    TestBed.configureTestingModule({ providers: [CaseCodePipe, { provide: HELPLINE_CASE_CODE_PREFIX, useValue: prefix }] });
    const pipe = TestBed.inject(CaseCodePipe);
    expect(pipe.transform('K7QF-3M9X-T')).toBe('NL-K7QF-3M9X-T');
    prefix.set(null);
    expect(pipe.transform('K7QF-3M9X-T')).toBe('K7QF-3M9X-T');
    expect(pipe.transform(undefined)).toBe('');
  });

  it('shows codes as they are without a provider', () => {
    TestBed.configureTestingModule({ providers: [CaseCodePipe] });
    expect(TestBed.inject(CaseCodePipe).transform('K7QF-3M9X-T')).toBe('K7QF-3M9X-T');
  });
});
