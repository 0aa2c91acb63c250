import { TestBed } from '@angular/core/testing';
import { HelpKeys } from './help-keys';

describe('HelpKeys', () => {
  afterEach(() => (document.body.innerHTML = ''));

  function keys(): { service: HelpKeys; open: jest.SpyInstance } {
    const service = TestBed.inject(HelpKeys);
    return { service, open: jest.spyOn(service, 'openShortcuts').mockResolvedValue() };
  }

  it('opens the overlay on ? and keeps the key from doing anything else', () => {
    const { service, open } = keys();
    const event = new KeyboardEvent('keydown', { key: '?', cancelable: true });
    Object.defineProperty(event, 'target', { value: document.body });
    service.handle(event);
    expect(open).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets ? through as a character in the note', () => {
    document.body.innerHTML = '<textarea id="note"></textarea>';
    const { service, open } = keys();
    const event = new KeyboardEvent('keydown', { key: '?', cancelable: true });
    Object.defineProperty(event, 'target', { value: document.getElementById('note') });
    service.handle(event);
    expect(open).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });
});
