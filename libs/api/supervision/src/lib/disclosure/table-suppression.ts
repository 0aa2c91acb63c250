import { SUPPRESSION_THRESHOLD } from '@leidraad/shared/domain';
import { CountCube, popcount } from './count-cube';

/**
 * Small-count suppression of one table with all its margins (one month of one kind of count), safe
 * as a set: no hidden cell can be pinned to one value by a reader who knows every published cell,
 * that counts are whole and never negative, that a `<5` is 1–4 and a hidden count any number ≥ 0.
 *
 * How: every cell of 1–4 is hidden as `<5` (primary). Then each hidden cell gets a *certificate*: a
 * change of ±1 to a few atoms (the corners of a small hypercube: +1, −1, −1, +1 … along axes that
 * each change one or more dimensions, at least one of them fixed by the cell) that keeps every
 * published cell it touches either unchanged or hidden,
 * keeps each `<5` within 1–4 and no atom below 0. The true counts and the counts after that change
 * both fit everything published, and they differ in the cell — so the cell has at least two
 * possible whole values. Cells the change touches are hidden (secondary suppression, `hidden`);
 * a `<5` it would push out of 1–4 is shown as `hidden` instead. Both only ever relax what a reader
 * knows, so earlier certificates stay valid. Among the possible changes the one that hides the
 * fewest and most detailed cells is chosen; a change of one atom upwards (which hides the table's
 * total) is always possible, so every cell gets one.
 */
export const enum Label {
  /** Published as the number. */
  Shown = 0,
  /** Published as `<5`: 1–4. */
  Small = 1,
  /** Published as `hidden`: any whole number ≥ 0. */
  Hidden = 2,
  /** Never published (e.g. a total nobody shows). */
  Unpublished = 3,
}

const LOW = 1;
const HIGH = SUPPRESSION_THRESHOLD - 1;

/** A certificate: atoms changed by +1 or −1. */
export interface Move {
  atoms: number[];
  signs: number[];
}

export interface SuppressedTable {
  cube: CountCube;
  atoms: readonly number[];
  values: Int32Array;
  labels: Uint8Array;
  /** The certificates, one per hidden cell at least (for the tests). */
  moves: Move[];
}

interface Candidate {
  cost: number;
  atoms: number[];
  signs: number[];
  cells: number[];
  deltas: number[];
}

export function suppressTable(
  cube: CountCube,
  atoms: readonly number[],
  unpublished: (cell: number) => boolean = () => false,
): SuppressedTable {
  const values = cube.cellValues(atoms);
  const labels = new Uint8Array(cube.cellCount);
  const costs = costsOf(cube, values);
  const fixed = costs.fixed;
  for (let cell = 0; cell < cube.cellCount; cell++) {
    const value = values[cell] ?? 0;
    labels[cell] = unpublished(cell) ? Label.Unpublished : value >= LOW && value <= HIGH ? Label.Small : Label.Shown;
  }
  const table: SuppressedTable = { cube, atoms, values, labels, moves: [] };
  const certified = new Uint8Array(cube.cellCount);
  const search = new Search(cube);
  const primaries = [...labels.keys()]
    .filter((cell) => labels[cell] === Label.Small)
    .sort((a, b) => popcount(fixed[a] ?? 0) - popcount(fixed[b] ?? 0) || (values[a] ?? 0) - (values[b] ?? 0) || a - b);
  for (const cell of primaries) {
    if (certified[cell]) continue;
    const move = bestMove(table, costs, search, cell);
    for (const [i, changed] of move.cells.entries()) {
      certified[changed] = 1;
      const label = labels[changed];
      if (label === Label.Shown) labels[changed] = Label.Hidden;
      else if (label === Label.Small) {
        const after = (values[changed] ?? 0) + (move.deltas[i] ?? 0);
        if (after < LOW || after > HIGH) labels[changed] = Label.Hidden;
      }
    }
    table.moves.push({ atoms: move.atoms, signs: move.signs });
  }
  return table;
}

/**
 * A move's shape: its axes, each a group of dimensions whose categories change together (from the
 * base atom's to the partner's, different in every dimension of the group). Each group holds at
 * least one dimension the protected cell fixes, so the cell sees every axis and changes; a cell
 * that fixes no dimension of some group holds both ends of that axis, which cancel.
 */
interface Shape {
  groups: number[][];
  /** Bit masks of the groups. */
  masks: number[];
  /** The cells (as fixed masks) that hold exactly one corner: those that fix a dimension of every axis. */
  changed: number[];
}

/** Every shape for a cell fixing `mask`: each dimension joins the axis of a fixed dimension, or none. */
function shapes(dims: number, mask: number): Shape[] {
  const fixed = [...Array(dims).keys()].filter((d) => mask & (1 << d));
  const found: Shape[] = [];
  const labels = new Array<number>(dims).fill(-1);
  const walk = (d: number): void => {
    if (d === dims) {
      const heads = fixed.filter((f) => labels[f] === f);
      // A fixed dimension joins another's axis only when that one heads its own.
      if (!labels.every((label, i) => label === -1 || label === i || labels[label] === label)) return;
      const groups = heads.map((head) => [...Array(dims).keys()].filter((i) => labels[i] === head));
      const masks = groups.map((group) => group.reduce((m, i) => m | (1 << i), 0));
      const changed = [...Array(1 << dims).keys()].filter((cells) => masks.every((m) => (cells & m) !== 0));
      found.push({ groups, masks, changed });
      return;
    }
    for (const label of [-1, ...fixed]) {
      labels[d] = label;
      walk(d + 1);
    }
    labels[d] = -1;
  };
  walk(0);
  // Shapes whose changed cells are all detailed first (good moves come early and prune), then more axes.
  const coarsest = (shape: Shape) => Math.min(...shape.changed.map(popcount));
  return found.sort(
    (x, y) => coarsest(y) - coarsest(x) || y.groups.length - x.groups.length || x.groups.flat().length - y.groups.flat().length,
  );
}

/** Every choice of other categories for a group: different from the base in each of its dimensions. */
function partners(cube: CountCube, group: number[], base: readonly number[]): number[][] {
  let result: number[][] = [[]];
  for (const d of group) {
    const others = [...Array(cube.sizes[d]).keys()].filter((c) => c !== base[d]);
    result = result.flatMap((prefix) => others.map((c) => [...prefix, c]));
  }
  return result;
}

/** Memoised shapes and partners: they depend on the cube and a few categories only. */
class Search {
  private readonly shapeCache = new Map<number, Shape[]>();
  private readonly partnerCache = new Map<string, number[][]>();

  constructor(private readonly cube: CountCube) {}

  shapes(mask: number): Shape[] {
    let found = this.shapeCache.get(mask);
    if (!found) this.shapeCache.set(mask, (found = shapes(this.cube.dims, mask)));
    return found;
  }

  partners(group: number[], base: readonly number[]): number[][] {
    const key = `${group.join(',')}:${group.map((d) => base[d]).join(',')}`;
    let found = this.partnerCache.get(key);
    if (!found) this.partnerCache.set(key, (found = partners(this.cube, group, base)));
    return found;
  }
}

/**
 * How long the search for one cell goes on (keeps a request fast; any move found is safe, the budget
 * only limits how good): feasible moves weighed after the first, and partner choices looked at in all.
 */
const SEARCH_BUDGET = 400;
const WORK_BUDGET = 40_000;

/** The cheapest certificate for `cell` (within the search budget). */
function bestMove(table: SuppressedTable, costs: Costs, search: Search, cell: number): Candidate {
  const { cube, atoms } = table;
  const mask = costs.fixed[cell] ?? 0;
  // Atoms with calls first: a move must take some atom down, and sparse tables have few.
  const bases = cube
    .atomsOf(cell)
    .sort((a, b) => (atoms[b] ?? 0) - (atoms[a] ?? 0))
    .map((atom) => cube.coordinates(atom));
  const scratch = new Array<number>(cube.dims).fill(0);
  let best: { cost: number; base: number[]; shape: Shape; partner: number[][]; sign: number } | undefined;
  let weighed = 0;
  let work = 0;
  search: for (const shape of search.shapes(mask)) {
    for (const base of bases) {
      if (best && (weighed >= SEARCH_BUDGET || work >= WORK_BUDGET)) break search;
      for (const sign of [-1, 1]) {
        // The base atom goes down with sign −1; with +1 each one-axis corner goes down. Atoms stay ≥ 0.
        if (sign < 0 && (atoms[cube.atomOf(base)] ?? 0) < 1) continue;
        base.forEach((c, d) => (scratch[d] = c));
        let choices: number[][][] = [[]];
        for (const group of shape.groups) {
          let options = search.partners(group, base);
          work += options.length;
          if (sign > 0) {
            options = options.filter((partner) => {
              group.forEach((d, j) => (scratch[d] = partner[j] ?? 0));
              const enough = (atoms[cube.atomOf(scratch)] ?? 0) >= 1;
              group.forEach((d) => (scratch[d] = base[d] ?? 0));
              return enough;
            });
          }
          choices =
            choices.length === 1 && choices[0]?.length === 0
              ? options.map((p) => [p])
              : choices.flatMap((prefix) => options.map((p) => [...prefix, p]));
          if (choices.length === 0) break;
        }
        for (const partner of choices) {
          if (partner.length !== shape.groups.length) continue;
          work++;
          const cost = moveCost(table, costs, scratch, base, shape, partner, sign, best?.cost ?? Infinity);
          if (cost !== Infinity || best) weighed++;
          if (cost < (best?.cost ?? Infinity)) best = { cost, base, shape, partner, sign };
        }
      }
    }
    if (best?.cost === 0) break;
  }
  // One atom +1 (no axis, sign +1) is always possible, so `best` is set.
  if (!best) throw new Error('no certificate found');
  return describeMove(cube, best.base, best.shape, best.partner, best.sign);
}

/** Per cell: which dimensions it fixes and what hiding it costs. */
interface Costs {
  fixed: Int32Array;
  /** Hiding a shown cell: more the less detailed it is, and a little more the larger it is (a 0 as a 1 or 2). */
  hide: Float64Array;
  /** Showing a `<5` as hidden instead. */
  relabel: Float64Array;
}

function costsOf(cube: CountCube, values: Int32Array): Costs {
  const costs: Costs = {
    fixed: new Int32Array(cube.cellCount),
    hide: new Float64Array(cube.cellCount),
    relabel: new Float64Array(cube.cellCount),
  };
  for (let cell = 0; cell < cube.cellCount; cell++) {
    const fixed = cube.fixedMask(cell);
    const weight = 20 ** (cube.dims - popcount(fixed));
    const value = values[cell] ?? 0;
    costs.fixed[cell] = fixed;
    costs.hide[cell] = weight * (value === 0 ? 1.05 : 1 + Math.log10(1 + value) / 4);
    costs.relabel[cell] = weight * 0.3;
  }
  return costs;
}

/** Corner i of a move: the partner's categories on the axes of the bits of i, the base's elsewhere. */
function cornerOf(into: number[], base: readonly number[], shape: Shape, partner: readonly number[][], corner: number): number[] {
  for (let d = 0; d < base.length; d++) into[d] = base[d] ?? 0;
  for (let i = 0; i < shape.groups.length; i++) {
    if (!(corner & (1 << i))) continue;
    const group = shape.groups[i] ?? [];
    const values = partner[i] ?? [];
    for (let j = 0; j < group.length; j++) into[group[j] ?? 0] = values[j] ?? 0;
  }
  return into;
}

/** What a move costs, or Infinity when it would take an atom below 0 (or cost more than `limit`). */
function moveCost(
  table: SuppressedTable,
  costs: Costs,
  coordinates: number[],
  base: readonly number[],
  shape: Shape,
  partner: readonly number[][],
  sign: number,
  limit: number,
): number {
  const { cube, atoms, values, labels } = table;
  const corners = 1 << shape.groups.length;
  for (let corner = 0; corner < corners; corner++) {
    const delta = popcount(corner) % 2 === 0 ? sign : -sign;
    if (delta < 0 && (atoms[cube.atomOf(cornerOf(coordinates, base, shape, partner, corner))] ?? 0) < 1) return Infinity;
  }
  const masks = shape.changed;
  let cost = 0;
  for (let corner = 0; corner < corners; corner++) {
    cornerOf(coordinates, base, shape, partner, corner);
    const delta = popcount(corner) % 2 === 0 ? sign : -sign;
    for (const fixed of masks) {
      const changed = cube.cellAt(coordinates, fixed);
      const label = labels[changed];
      if (label === Label.Shown) cost += costs.hide[changed] ?? 0;
      else if (label === Label.Small) {
        const after = (values[changed] ?? 0) + delta;
        if (after < LOW || after > HIGH) cost += costs.relabel[changed] ?? 0;
      }
      if (cost >= limit) return Infinity;
    }
  }
  return cost;
}

function describeMove(cube: CountCube, base: readonly number[], shape: Shape, partner: readonly number[][], sign: number): Candidate {
  const move: Candidate = { cost: 0, atoms: [], signs: [], cells: [], deltas: [] };
  const coordinates = [...base];
  const masks = shape.changed;
  for (let corner = 0; corner < 1 << shape.groups.length; corner++) {
    cornerOf(coordinates, base, shape, partner, corner);
    const delta = popcount(corner) % 2 === 0 ? sign : -sign;
    move.atoms.push(cube.atomOf(coordinates));
    move.signs.push(delta);
    for (const fixed of masks) {
      move.cells.push(cube.cellAt(coordinates, fixed));
      move.deltas.push(delta);
    }
  }
  return move;
}

/**
 * The certificates checked against the final labels: for every published hidden cell, a move that
 * changes it, leaves every shown cell alone, keeps `<5` cells within 1–4 and atoms ≥ 0. Returns the
 * cells without one (empty when the table is safe). For tests and assertions.
 */
export function uncertifiedCells(table: SuppressedTable): number[] {
  const { cube, atoms, values, labels } = table;
  const deltasOf = (move: Move) => {
    const delta = new Map<number, number>();
    move.atoms.forEach((atom, i) => {
      const coordinates = cube.coordinates(atom);
      for (let mask = 0; mask < 1 << cube.dims; mask++) {
        const cell = cube.cellAt(coordinates, mask);
        delta.set(cell, (delta.get(cell) ?? 0) + (move.signs[i] ?? 0));
      }
    });
    return delta;
  };
  const valid = table.moves
    .filter((move) => move.atoms.every((atom, i) => (atoms[atom] ?? 0) + (move.signs[i] ?? 0) >= 0))
    .map(deltasOf)
    .filter((delta) =>
      [...delta].every(([cell, change]) => {
        if (change === 0) return true;
        const after = (values[cell] ?? 0) + change;
        switch (labels[cell]) {
          case Label.Shown:
            return false;
          case Label.Small:
            return after >= LOW && after <= HIGH;
          default:
            return after >= 0;
        }
      }),
    );
  const covered = new Set(valid.flatMap((delta) => [...delta].filter(([, change]) => change !== 0).map(([cell]) => cell)));
  return [...labels.keys()].filter((cell) => (labels[cell] === Label.Small || labels[cell] === Label.Hidden) && !covered.has(cell));
}

/**
 * The labels of a period made of several months (a quarter, a year): a cell is shown only when it
 * is shown in every month — then it is the sum of published numbers and tells nothing new; else it
 * is hidden, whatever its value, so no month's hidden cell can be had from the period and the other
 * months. A single month keeps its own labels.
 */
export function periodLabels(months: readonly SuppressedTable[], cellCount: number): Uint8Array {
  if (months.length === 1 && months[0]) return months[0].labels;
  const labels = new Uint8Array(cellCount);
  for (let cell = 0; cell < cellCount; cell++) {
    let label = Label.Shown;
    for (const month of months) {
      const own = month.labels[cell];
      if (own === Label.Unpublished) {
        label = Label.Unpublished;
        break;
      }
      if (own !== Label.Shown) label = Label.Hidden;
    }
    labels[cell] = label;
  }
  return labels;
}
