import { PII_CATEGORIES } from './categories';
import { isDismissible, NEVER_DISMISSIBLE } from './dismissal';

describe('isDismissible', () => {
  it('lets a counsellor dismiss a quasi-identifier, such as a place or a word the detector is unsure is a name', () => {
    expect(isDismissible({ category: 'place', level: 'quasi' })).toBe(true);
    expect(isDismissible({ category: 'institution', level: 'quasi' })).toBe(true);
    expect(isDismissible({ category: 'person_name', level: 'quasi' })).toBe(true);
  });

  it('never lets a direct identifier be dismissed, a sure name included', () => {
    for (const category of PII_CATEGORIES) expect(isDismissible({ category, level: 'direct' })).toBe(false);
  });

  it('never lets a hard category be dismissed, even if a detector called it quasi', () => {
    for (const category of NEVER_DISMISSIBLE) expect(isDismissible({ category, level: 'quasi' })).toBe(false);
    expect(NEVER_DISMISSIBLE).toEqual(expect.arrayContaining(['phone', 'email', 'bsn', 'iban']));
    // Every category but the five a detector can be unsure of (a name, a date, an institution, a place).
    expect([...NEVER_DISMISSIBLE].sort()).toEqual(
      [
        'phone',
        'email',
        'url',
        'handle',
        'street_address',
        'postcode',
        'bsn',
        'iban',
        'licence_plate',
        'ip_address',
        'id_number',
        'date_of_birth',
      ].sort(),
    );
  });
});
