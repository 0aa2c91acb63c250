import { Autosave } from './autosave';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('Autosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves the latest value once typing pauses, and clears the local copy when saved', async () => {
    const saved: string[] = [];
    const storage = memoryStorage();
    const autosave = new Autosave<string>({ save: async (v) => void saved.push(v), storage, storageKey: 'k', debounceMs: 500 });
    autosave.change('B');
    autosave.change('Be');
    autosave.change('Bel');
    expect(autosave.state()).toBe('pending');
    expect(storage.data.get('k')).toBe('"Bel"');
    await jest.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['Bel']);
    expect(autosave.state()).toBe('saved');
    expect(storage.data.has('k')).toBe(false);
  });

  it('keeps the local copy and retries with back-off until the server takes it', async () => {
    let failures = 2;
    const saved: string[] = [];
    const storage = memoryStorage();
    const autosave = new Autosave<string>({
      save: async (v) => {
        if (failures-- > 0) throw new Error('offline');
        saved.push(v);
      },
      storage,
      storageKey: 'k',
      debounceMs: 100,
      retryMs: 1000,
    });
    autosave.change('notitie');
    await jest.advanceTimersByTimeAsync(100);
    expect(autosave.state()).toBe('failed');
    expect(storage.data.get('k')).toBe('"notitie"');
    await jest.advanceTimersByTimeAsync(1000);
    expect(autosave.state()).toBe('failed');
    await jest.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['notitie']);
    expect(autosave.state()).toBe('saved');
  });

  it('does not retry a refusal that would repeat, and saves again once the text changes', async () => {
    const attempts: string[] = [];
    const storage = memoryStorage();
    const autosave = new Autosave<string>({
      save: async (v) => {
        attempts.push(v);
        if (v.includes('06-')) throw new Error('identifiers_found');
      },
      retryable: (error) => (error as Error).message !== 'identifiers_found',
      storage,
      storageKey: 'k',
      debounceMs: 100,
      retryMs: 1000,
    });
    autosave.change('bel 06-12345678');
    await jest.advanceTimersByTimeAsync(100);
    expect(autosave.state()).toBe('refused');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual(['bel 06-12345678']);
    expect(storage.data.get('k')).toBe('"bel 06-12345678"');
    await expect(autosave.flush()).rejects.toThrow('not saved');
    autosave.change('bel [telefoonnummer]');
    await jest.advanceTimersByTimeAsync(100);
    expect(attempts).toEqual(['bel 06-12345678', 'bel 06-12345678', 'bel [telefoonnummer]']);
    expect(autosave.state()).toBe('saved');
  });

  it('never runs two saves at once, and sends what was typed during a save right after it', async () => {
    let release: () => void = () => undefined;
    let running = 0;
    let maxRunning = 0;
    const saved: string[] = [];
    const autosave = new Autosave<string>({
      save: (v) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        return new Promise<void>((resolve) => {
          release = () => {
            running -= 1;
            saved.push(v);
            resolve();
          };
        });
      },
      storageKey: 'k',
      debounceMs: 10,
    });
    autosave.change('a');
    await jest.advanceTimersByTimeAsync(10);
    autosave.change('ab');
    await jest.advanceTimersByTimeAsync(50);
    release();
    await jest.advanceTimersByTimeAsync(10);
    release();
    await jest.advanceTimersByTimeAsync(10);
    expect(saved).toEqual(['a', 'ab']);
    expect(maxRunning).toBe(1);
  });

  it('recovers the copy an earlier page left behind', () => {
    const storage = memoryStorage();
    storage.data.set('draft-1', JSON.stringify({ summary: 'half getypt' }));
    const autosave = new Autosave<{ summary: string }>({ save: async () => undefined, storage, storageKey: 'draft-1' });
    expect(autosave.recover()).toEqual({ summary: 'half getypt' });
  });

  it('flush waits until the latest value is on the server', async () => {
    const saved: string[] = [];
    const autosave = new Autosave<string>({ save: async (v) => void saved.push(v), storageKey: 'k', debounceMs: 10_000 });
    autosave.change('laatste woord');
    await autosave.flush();
    expect(saved).toEqual(['laatste woord']);
    expect(autosave.state()).toBe('saved');
  });

  it('stops at a conflict without retrying or dropping the local copy, and saves again after the next change', async () => {
    const attempts: string[] = [];
    let conflict = true;
    const storage = memoryStorage();
    const autosave = new Autosave<string>({
      save: async (v) => {
        attempts.push(v);
        if (conflict) throw new Error('409');
      },
      conflicted: (error) => (error as Error).message === '409',
      storage,
      storageKey: 'k',
      debounceMs: 100,
      retryMs: 100,
    });
    autosave.change('tab twee');
    await jest.advanceTimersByTimeAsync(100);
    expect(autosave.state()).toBe('conflict');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(attempts).toEqual(['tab twee']);
    expect(storage.data.get('k')).toBe('"tab twee"');
    await expect(autosave.flush()).rejects.toThrow('not saved');

    conflict = false;
    autosave.change('gekozen versie');
    await jest.advanceTimersByTimeAsync(100);
    expect(attempts).toEqual(['tab twee', 'tab twee', 'gekozen versie']);
    expect(autosave.state()).toBe('saved');
  });
});
