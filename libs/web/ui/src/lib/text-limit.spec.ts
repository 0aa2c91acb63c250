import { lengthAfterEdit, showsCounter } from './text-limit';

describe('text limits', () => {
  it('counts the text an edit would leave: the selection replaced by what comes in', () => {
    expect(lengthAfterEdit('abcdef', 6, 6, 'gh')).toBe(8);
    expect(lengthAfterEdit('abcdef', 1, 4, 'x')).toBe(4);
    expect(lengthAfterEdit('', 0, 0, 'een\r\ntwee\rdrie')).toBe(13);
  });

  it('shows the counter from 90% of the limit, or when an edit was refused', () => {
    expect(showsCounter(449, 500, false)).toBe(false);
    expect(showsCounter(450, 500, false)).toBe(true);
    expect(showsCounter(10, 500, true)).toBe(true);
  });
});
