import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what EN 301 549 asks of Dutch public-sector software. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's "best practice" rules for the page's structure, which WCAG's own tags leave out: one main,
 * landmarks that say what they are, a level-one heading and headings that do not skip levels.
 */
export const STRUCTURE_RULES = [
  'heading-order',
  'landmark-banner-is-top-level',
  'landmark-main-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-main',
  'landmark-one-main',
  'landmark-unique',
  'page-has-heading-one',
  'region',
];

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the page as it is now: its WCAG A/AA violations and structure problems, one per rule. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const wcag = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  const structure = await new AxeBuilder({ page }).withRules(STRUCTURE_RULES).analyze();
  return [...wcag.violations, ...structure.violations].map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** One readable line per rule and failing element, for the test's failure message. */
export function formatViolations(where: string, violations: Violation[]): string {
  return violations
    .map((v) => `${where}: [${v.impact}] ${v.rule} — ${v.help}\n${v.targets.map((t) => `    at ${t}`).join('\n')}`)
    .join('\n');
}

/**
 * How far the document scrolls sideways in CSS pixels (0 when the page reflows; one pixel of
 * rounding allowed), with the outermost elements that stick out, to say where to look.
 */
export function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    // An element sticks out with its box or with its content (a long word, a wide child).
    const sticksOut = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.right > width + 1 || (getComputedStyle(el).overflowX === 'visible' && box.left + el.scrollWidth > width + 1);
    };
    // What a scroll container holds scrolls there, not on the page.
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter(
        (el) => sticksOut(el) && !clipped(el) && !(el.parentElement && sticksOut(el.parentElement) && el.parentElement !== document.body),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''}`,
      );
    return { overflow: Math.max(0, root.scrollWidth - width - 1), culprits };
  });
}

/** The elements whose CSS animation or transition lasts longer than `limitSeconds`. */
export function longMotions(page: Page, limitSeconds = 0.01): Promise<string[]> {
  return page.evaluate((limit) => {
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part) || 0)));
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''}`;
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const animated = style.animationName !== 'none' && seconds(style.animationDuration) > limit;
        const transitioned = style.transitionProperty !== 'none' && seconds(style.transitionDuration) > limit;
        if (animated || transitioned)
          found.push(
            `${describe(el)}${pseudo ?? ''} (${animated ? `animation ${style.animationDuration}` : `transition ${style.transitionDuration}`})`,
          );
      }
    }
    return found;
  }, limitSeconds);
}

/**
 * Where the keyboard focus is (undefined on the page itself) and whether it shows: an outline, or
 * the focus indicator Angular Material draws inside its buttons.
 */
export function focusState(page: Page): Promise<{ on?: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { visible: true };
    const on = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    // Tab also stops on the picker button inside a date field, which the browser rings itself.
    if (el instanceof HTMLInputElement && !el.matches(':focus')) return { on, visible: true };
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return { on, visible: true };
    const indicator = el.querySelector(':scope > .mat-focus-indicator');
    const ring = indicator ? getComputedStyle(indicator, '::before') : undefined;
    return {
      on,
      visible: !!ring && ring.borderStyle !== 'none' && parseFloat(ring.borderWidth) > 0,
    };
  });
}
