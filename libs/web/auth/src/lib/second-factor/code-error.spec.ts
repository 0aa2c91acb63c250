import { HttpErrorResponse } from '@angular/common/http';
import { codeErrorKey, groupSecret } from './code-error';

const refusal = (status: number, code: string) =>
  new HttpErrorResponse({
    status,
    error: { type: 'about:blank', title: 'x', status, code },
  });

describe('codeErrorKey', () => {
  it.each([
    [refusal(400, 'validation_failed'), 'secondFactor.errors.invalid'],
    [refusal(429, 'too_many_requests'), 'secondFactor.errors.tooMany'],
    [refusal(423, 'account_locked'), 'signIn.errors.locked'],
    [refusal(401, 'session_expired'), 'signIn.expired'],
    [new HttpErrorResponse({ status: 0 }), 'errors.offline'],
    [refusal(500, 'internal'), 'errors.server'],
  ])('maps %o to %s', (error, key) => expect(codeErrorKey(error)).toBe(key));
});

describe('groupSecret', () => {
  it('groups the base32 secret by four', () => {
    expect(groupSecret('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe('ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567');
    expect(groupSecret('ABCDE')).toBe('ABCD E');
  });
});
