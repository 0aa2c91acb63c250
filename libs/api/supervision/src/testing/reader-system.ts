import { solve, type Constraint } from 'yalps';

/**
 * The reader's side of DESIGN.md rule 7, for tests: someone who holds every published figure and
 * solves the system. Unknowns are the finest counts (atoms: whole numbers ≥ 0); every published
 * figure is a sum of atoms and says what the reader knows about that sum — its exact value, `<5`
 * (1–4), or `hidden` (any whole number ≥ 0). A suppressed figure is *recoverable* when every whole
 * solution of that system gives it the same value.
 *
 * First what needs no solving: atoms under a published 0 are 0, an exact figure with one unknown
 * atom left gives it (repeated). Then for each suppressed figure with true value t the reader asks
 * two integer programs (yalps, branch and bound over its simplex): is there a whole solution with
 * the figure ≥ t + 1, and one with it ≤ t − 1? A solution found is checked exactly, in integers, against every published figure — so a
 * figure is declared safe only with two verified whole solutions (the true one and the one found)
 * that differ in it; its minimum and maximum over the system cannot coincide. When both programs
 * are infeasible the figure is recoverable. One solution found usually differs from the truth in
 * many figures at once, which settles all of them.
 */
export type Knowledge = { kind: 'exact'; value: number } | { kind: 'small' } | { kind: 'hidden' };

export interface Figure {
  /** Indexes of the atoms it sums. */
  atoms: number[];
  knowledge: Knowledge;
  /** For messages. */
  name: string;
}

export interface Recovery {
  /** Suppressed figures a reader can pin to one value, with that value. */
  recoverable: { name: string; value: number }[];
  /** Suppressed figures examined. */
  suppressed: number;
  /** Integer programs solved. */
  programs: number;
}

const SMALL_MAX = 4;

/** Checks the true counts against every figure (a test that builds a wrong system must fail loudly). */
function assertConsistent(truth: readonly number[], figures: readonly Figure[]): void {
  for (const figure of figures) {
    const value = sum(truth, figure.atoms);
    if (!fits(value, figure.knowledge)) {
      throw new Error(`${figure.name}: true value ${value} contradicts what is published (${JSON.stringify(figure.knowledge)})`);
    }
  }
}

function sum(values: readonly number[], atoms: readonly number[]): number {
  return atoms.reduce((total, atom) => total + (values[atom] ?? 0), 0);
}

function fits(value: number, knowledge: Knowledge): boolean {
  if (knowledge.kind === 'exact') return value === knowledge.value;
  if (knowledge.kind === 'small') return value >= 1 && value <= SMALL_MAX;
  return value >= 0;
}

/**
 * What the reader can settle without solving: atoms of a figure published as 0 are 0, and an exact
 * figure with one unknown atom left gives that atom. Repeated until nothing changes.
 */
function presolve(figures: readonly Figure[]): Map<number, number> {
  const fixed = new Map<number, number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const figure of figures) {
      if (figure.knowledge.kind !== 'exact') continue;
      let rest = figure.knowledge.value;
      const open: number[] = [];
      for (const atom of figure.atoms) {
        const value = fixed.get(atom);
        if (value === undefined) open.push(atom);
        else rest -= value;
      }
      if (open.length === 0) continue;
      if (rest === 0) open.forEach((atom) => fixed.set(atom, 0));
      else if (open.length === 1) fixed.set(open[0] ?? -1, rest);
      else continue;
      changed = true;
    }
  }
  return fixed;
}

export function recoverSuppressed(truth: readonly number[], figures: readonly Figure[]): Recovery {
  assertConsistent(truth, figures);
  const fixed = presolve(figures);
  const result: Recovery = { recoverable: [], suppressed: figures.filter((f) => f.knowledge.kind !== 'exact').length, programs: 0 };
  // What is left to solve: figures over atoms the reader does not know yet. A `hidden` figure says
  // only "≥ 0", which every sum of atoms is: it constrains nothing, but is still a target.
  const live = figures
    .map((figure) => {
      const known = figure.atoms.reduce((sum, atom) => sum + (fixed.get(atom) ?? 0), 0);
      const atoms = figure.atoms.filter((atom) => !fixed.has(atom));
      const knowledge: Knowledge =
        figure.knowledge.kind === 'exact' ? { kind: 'exact', value: figure.knowledge.value - known } : figure.knowledge;
      return { figure, atoms, known, knowledge };
    })
    .filter((entry) => entry.atoms.length > 0);
  for (const figure of figures) {
    if (figure.knowledge.kind !== 'exact' && figure.atoms.every((atom) => fixed.has(atom))) {
      result.recoverable.push({ name: figure.name, value: figure.atoms.reduce((sum, atom) => sum + (fixed.get(atom) ?? 0), 0) });
    }
  }
  const rowsOf = live.filter((entry) => entry.knowledge.kind !== 'hidden');
  const bound = (entry: (typeof live)[number]): Constraint => {
    if (entry.knowledge.kind === 'exact') return { equal: entry.knowledge.value };
    // `<5`: 1–4 in all, of which `known` is already settled.
    return { min: 1 - entry.known, max: SMALL_MAX - entry.known };
  };
  const variables = [...new Set(live.flatMap((entry) => entry.atoms))];
  const rows = rowsOf.map((entry, i) => [`f${i}`, bound(entry)] as const);
  const byAtom = new Map<number, [string, number][]>(variables.map((atom) => [atom, []]));
  rowsOf.forEach((entry, i) => entry.atoms.forEach((atom) => byAtom.get(atom)?.push([`f${i}`, 1])));
  const columns = [...byAtom];
  const targets = live.filter((entry) => entry.figure.knowledge.kind !== 'exact');
  const settled = new Set<Figure>();
  const settle = (solution: Map<number, number>) => {
    for (const { figure } of targets) {
      const found = figure.atoms.reduce((t, a) => t + (fixed.get(a) ?? solution.get(a) ?? 0), 0);
      if (sum(truth, figure.atoms) !== found) settled.add(figure);
    }
  };
  for (const { figure, atoms } of targets) {
    if (settled.has(figure)) continue;
    const value = sum(truth, figure.atoms);
    const known = value - sum(truth, atoms);
    const inFigure = new Set(atoms);
    let found = false;
    for (const target of [{ min: value - known + 1 }, { max: value - known - 1 }] as Constraint[]) {
      if (target.max !== undefined && target.max < 0) continue;
      result.programs++;
      const solution = solve(
        {
          constraints: [...rows, ['target', target]],
          variables: columns.map(([atom, coefficients]) => [atom, inFigure.has(atom) ? [...coefficients, ['target', 1]] : coefficients]),
          integers: true,
        },
        { includeZeroVariables: true, maxIterations: 1 << 16, timeout: 20_000 },
      );
      if (solution.status !== 'optimal') {
        if (solution.status === 'infeasible') continue;
        throw new Error(`${figure.name}: the solver answered ${solution.status}`);
      }
      const whole = new Map(solution.variables.map(([atom, v]) => [atom, Math.round(v)]));
      const check = truth.map((t, atom) => fixed.get(atom) ?? whole.get(atom) ?? t);
      const exact = figures.every((f) => fits(sum(check, f.atoms), f.knowledge)) && check.every((v) => v >= 0);
      if (!exact) throw new Error(`${figure.name}: the solver's solution does not check exactly`);
      settle(whole);
      found = true;
      break;
    }
    if (!found) result.recoverable.push({ name: figure.name, value });
  }
  return result;
}
