/**
 * A table of counts with all its margins, as published: n dimensions (e.g. channel × caller role ×
 * concern × new/returning), one count per combination (an *atom*), and every *cell* a reader can
 * ask for — each dimension either fixed to a category or summed over ("*"). With filters on some
 * dimensions and a breakdown by another, the trends publish every such cell, so the suppression
 * treats them as one system.
 *
 * Cells are addressed by a numeric key: digit d is 0 for "*" and category + 1 otherwise.
 */
export const ANY = -1;

export class CountCube {
  readonly dims: number;
  /** Atoms in mixed radix, dimension 0 most significant. */
  readonly atomCount: number;
  readonly cellCount: number;
  private readonly atomRadix: number[];
  private readonly cellRadix: number[];

  constructor(readonly sizes: readonly number[]) {
    this.dims = sizes.length;
    this.atomRadix = radix(sizes);
    this.cellRadix = radix(sizes.map((size) => size + 1));
    this.atomCount = sizes.reduce((product, size) => product * size, 1);
    this.cellCount = sizes.reduce((product, size) => product * (size + 1), 1);
  }

  /** The categories of an atom. */
  coordinates(atom: number): number[] {
    return this.atomRadix.map((r, d) => Math.floor(atom / r) % (this.sizes[d] ?? 1));
  }

  atomOf(coordinates: readonly number[]): number {
    return coordinates.reduce((sum, c, d) => sum + c * (this.atomRadix[d] ?? 0), 0);
  }

  /** The cell of a pattern (a category per dimension, or ANY). */
  cellOf(pattern: readonly number[]): number {
    return pattern.reduce((sum, c, d) => sum + (c === ANY ? 0 : c + 1) * (this.cellRadix[d] ?? 0), 0);
  }

  /** The pattern of a cell. */
  pattern(cell: number): number[] {
    return this.cellRadix.map((r, d) => (Math.floor(cell / r) % ((this.sizes[d] ?? 0) + 1)) - 1);
  }

  /** The cell holding an atom with the dimensions of `fixed` (bit d) fixed and the others summed. */
  cellAt(coordinates: readonly number[], fixed: number): number {
    let cell = 0;
    for (let d = 0; d < this.dims; d++) if (fixed & (1 << d)) cell += ((coordinates[d] ?? 0) + 1) * (this.cellRadix[d] ?? 0);
    return cell;
  }

  /** Bit d set when the cell fixes dimension d. */
  fixedMask(cell: number): number {
    return this.pattern(cell).reduce((mask, c, d) => (c === ANY ? mask : mask | (1 << d)), 0);
  }

  /** Every cell's count: the sum of the atoms it holds. */
  cellValues(atoms: ArrayLike<number>): Int32Array {
    const values = new Int32Array(this.cellCount);
    const subsets = 1 << this.dims;
    for (let atom = 0; atom < this.atomCount; atom++) {
      const value = atoms[atom] ?? 0;
      if (value === 0) continue;
      const coordinates = this.coordinates(atom);
      for (let fixed = 0; fixed < subsets; fixed++) values[this.cellAt(coordinates, fixed)] += value;
    }
    return values;
  }

  /** The atoms of a cell (its fixed categories, every category of the others). */
  atomsOf(cell: number): number[] {
    const pattern = this.pattern(cell);
    const found: number[] = [];
    for (let atom = 0; atom < this.atomCount; atom++) {
      const coordinates = this.coordinates(atom);
      if (pattern.every((c, d) => c === ANY || c === coordinates[d])) found.push(atom);
    }
    return found;
  }
}

function radix(sizes: readonly number[]): number[] {
  const result = new Array<number>(sizes.length).fill(1);
  for (let d = sizes.length - 2; d >= 0; d--) result[d] = (result[d + 1] ?? 1) * (sizes[d + 1] ?? 1);
  return result;
}

export function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}
