import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_TOUR_STEPS, stepAfter, tourMoveFor, TourSeenStore } from './tour-steps';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...extra,
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(name: string): string | null {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string): void {
    this.items.set(name, value);
  }
  removeItem(name: string): void {
    this.items.delete(name);
  }
}

describe('tour keys', () => {
  it('moves on with Enter or →, back with ←, and closes with Esc', () => {
    expect(tourMoveFor(key('Enter'), false)).toBe('next');
    expect(tourMoveFor(key('ArrowRight'), true)).toBe('next');
    expect(tourMoveFor(key('ArrowLeft'), true)).toBe('back');
    expect(tourMoveFor(key('Escape'), true)).toBe('close');
  });

  it('lets Enter press the focused button, and ignores other keys and Alt/Ctrl combinations', () => {
    expect(tourMoveFor(key('Enter'), true)).toBeUndefined();
    expect(tourMoveFor(key('Tab'), false)).toBeUndefined();
    expect(tourMoveFor(key('ArrowRight', { altKey: true }), false)).toBeUndefined();
    expect(tourMoveFor(key('Escape', { ctrlKey: true }), false)).toBeUndefined();
  });
});

describe('tour steps', () => {
  it('walks forward to the end, back no further than the first step, and ends on close or after the last', () => {
    expect(stepAfter(0, 'next', 5)).toBe(1);
    expect(stepAfter(3, 'next', 5)).toBe(4);
    expect(stepAfter(4, 'next', 5)).toBeUndefined();
    expect(stepAfter(2, 'back', 5)).toBe(1);
    expect(stepAfter(0, 'back', 5)).toBe(0);
    expect(stepAfter(2, 'close', 5)).toBeUndefined();
  });

  it('covers the case header, the note, the guide, autosave and finishing the contact, in 4 to 6 steps', () => {
    expect(CALL_TOUR_STEPS.map((s) => s.id)).toEqual(['case', 'note', 'guide', 'save', 'finalise']);
    expect(CALL_TOUR_STEPS.length).toBeGreaterThanOrEqual(4);
    expect(CALL_TOUR_STEPS.length).toBeLessThanOrEqual(6);
  });

  it('points only at parts the call page has', () => {
    const page = readFileSync(join(__dirname, '../../../../call/src/lib/call-page.html'), 'utf8');
    expect(page).toContain('class="case-header"');
    expect(page).toContain('class="note"');
    expect(page).toContain('data-testid="save-state"');
    expect(page).toContain('class="actions"');
    expect(readFileSync(join(__dirname, '../../../../call/src/lib/guide/guide-panel.html'), 'utf8')).toContain('data-testid="guide"');
  });
});

describe('TourSeenStore', () => {
  it('remembers "seen" per staff member', () => {
    const storage = new MemoryStorage();
    const store = new TourSeenStore(storage);
    expect(store.hasSeen('anna')).toBe(false);
    store.markSeen('anna');
    expect(store.hasSeen('anna')).toBe(true);
    expect(store.hasSeen('bram')).toBe(false);
    expect(new TourSeenStore(storage).hasSeen('anna')).toBe(true);
    store.forget('anna');
    expect(store.hasSeen('anna')).toBe(false);
  });

  it('offers the tour again rather than failing when storage is unavailable', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = new TourSeenStore(broken);
    expect(() => store.markSeen('anna')).not.toThrow();
    expect(store.hasSeen('anna')).toBe(false);
    expect(new TourSeenStore(undefined).hasSeen('anna')).toBe(false);
  });
});
