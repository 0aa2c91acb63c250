import { recoverSuppressed, type Figure } from './reader-system';

const exact = (name: string, atoms: number[], value: number): Figure => ({ name, atoms, knowledge: { kind: 'exact', value } });
const small = (name: string, atoms: number[]): Figure => ({ name, atoms, knowledge: { kind: 'small' } });
const hidden = (name: string, atoms: number[]): Figure => ({ name, atoms, knowledge: { kind: 'hidden' } });

describe('the reader who solves everything published', () => {
  it('recovers a <5 that is a total minus shown cells', () => {
    const result = recoverSuppressed([3, 7], [small('a', [0]), exact('b', [1], 7), exact('total', [0, 1], 10)]);
    expect(result.recoverable).toEqual([{ name: 'a', value: 3 }]);
  });

  it('recovers cells pinned by the bounds alone: four <5 cells under a total of 4 are all 1', () => {
    const result = recoverSuppressed([1, 1, 1, 1], [0, 1, 2, 3].map((i) => small(`c${i}`, [i])).concat(exact('total', [0, 1, 2, 3], 4)));
    expect(result.recoverable.map((r) => r.value)).toEqual([1, 1, 1, 1]);
  });

  it('recovers a cell that whole numbers pin although the real-valued system would not', () => {
    // a + b = 2 with a, b ≥ 1 as <5: only 1 + 1.
    const result = recoverSuppressed([1, 1], [small('a', [0]), small('b', [1]), exact('total', [0, 1], 2)]);
    expect(result.recoverable.map((r) => r.name).sort()).toEqual(['a', 'b']);
  });

  it('finds no recovery where two hidden cells share a shown total', () => {
    const result = recoverSuppressed([3, 9], [small('a', [0]), hidden('b', [1]), exact('total', [0, 1], 12)]);
    expect(result.recoverable).toEqual([]);
    expect(result.suppressed).toBe(2);
  });

  it('refuses a system the true counts do not fit (a test that built it wrong)', () => {
    expect(() => recoverSuppressed([3], [exact('a', [0], 4)])).toThrow(/contradicts/);
  });
});
