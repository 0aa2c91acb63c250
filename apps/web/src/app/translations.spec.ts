import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ACCESS_REASON_CATEGORIES,
  AGREEMENT_DIFF_FIELDS,
  AGREEMENT_RESULTS,
  AGREEMENT_ROLES,
  APPOINTMENT_PURPOSES,
  APPOINTMENT_STATUSES,
  ATTENTION_REASONS,
  CALLER_ROLES,
  CASE_CONCERNS,
  CASE_STATUSES,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  HELPLINE_LANGUAGES,
  PEER_ATTENDANCE_STATUSES,
  PEER_GROUP_STATUSES,
  REFERRALS,
  REPORT_FORMATS,
  REPORT_PERIODS,
  STATISTICS_PERIOD_KINDS,
  RISK_FLAGS,
  ROLES,
  SAFETY_PLAN_CHANGES,
  SAFETY_PLAN_STATUSES,
  WEEKDAYS,
} from '@leidraad/shared/domain';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const root = join(__dirname, '../../../..');
const load = (language: string): Tree => JSON.parse(readFileSync(join(__dirname, '../../public/i18n', `${language}.json`), 'utf8')) as Tree;

/**
 * Keys the code builds at run time (`'case.roles.' + role`), with the values that can follow the
 * prefix. Where a domain enum lists them, those are the values: a key for each must exist, and a
 * key under the prefix for anything else is unused (unless the code also names it literally).
 * `'any'` marks a prefix whose children are all taken as used, for values no enum lists.
 */
const DYNAMIC_KEYS: Record<string, readonly (string | number)[] | 'any'> = {
  'agenda.purposes.': APPOINTMENT_PURPOSES,
  'agenda.statuses.': APPOINTMENT_STATUSES,
  'alerts.kinds.': 'any',
  'call.channel.': CONTACT_CHANNELS,
  'call.code.errors.': 'any',
  'call.code.reason.categories.': ACCESS_REASON_CATEGORIES,
  'call.finalise.errors.': ['channel', 'startedAt', 'summary', 'findings', 'outcome'],
  'call.finalise.unsaved.panels.': ['safetyPlan', 'followUp', 'peerGroup'],
  'call.outcomes.': CONTACT_OUTCOMES,
  'call.referrals.': REFERRALS,
  'call.conflict.': ['mine', 'theirs'],
  'call.save.': ['saved', 'pending', 'saving', 'failed', 'refused', 'conflict'],
  'case.concerns.': CASE_CONCERNS,
  'case.flags.': RISK_FLAGS,
  'case.roles.': CALLER_ROLES,
  'case.statuses.': CASE_STATUSES,
  'caseAudit.actions.': 'any',
  'caseAudit.outcomes.': 'any',
  'caseAudit.reasons.': 'any',
  'casePage.kinds.': 'any',
  'followUp.errors.': 'any',
  'helplineLanguages.': HELPLINE_LANGUAGES,
  'helplineSettings.errors.': 'any',
  'helplineSettings.hours.day.': WEEKDAYS,
  'guide.states.': ['not_discussed', 'discussed', 'done'],
  'guide.status.': ['not_started', 'in_progress', 'complete'],
  'overview.load.columns.': 'any',
  'overview.reasons.': ATTENTION_REASONS,
  'peerGroups.attendance.': PEER_ATTENDANCE_STATUSES,
  'peerGroups.status.': PEER_GROUP_STATUSES,
  'platform.invalid.': ['name', 'language', 'timeZone', 'phone', 'website', 'adminDisplayName', 'adminUsername', 'adminPassword'],
  'platform.taken.': ['name', 'adminUsername'],
  'roles.': ROLES,
  'safetyPlan.results.': AGREEMENT_RESULTS,
  'safetyPlan.roles.': AGREEMENT_ROLES,
  'safetyPlan.status.': ['none', ...SAFETY_PLAN_STATUSES],
  'safetyPlan.versions.change.': SAFETY_PLAN_CHANGES,
  'safetyPlan.versions.fields.': AGREEMENT_DIFF_FIELDS,
  'safetyPlan.versions.kinds.': 'any',
  'staff.password.': 'any',
  'trends.charts.': 'any',
  'trends.followUps.': 'any',
  'trends.newVsReturning.': ['new', 'returning'],
  'trends.presets.': 'any',
  'trends.report.formats.': REPORT_FORMATS,
  'trends.report.months.': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  'trends.report.quarters.': [1, 2, 3, 4],
  'trends.period.kinds.': STATISTICS_PERIOD_KINDS,
  'trends.report.periods.': REPORT_PERIODS,
};

/** Strings that look like keys but are the API's field names (`settings.retentionMonths` of PUT /api/helplines/current). */
const NOT_KEYS = new Set([
  'settings.retentionMonths',
  'settings.inactiveCloseMonths',
  'settings.stalledAfterDays',
  'settings.unusualAccessPerHour',
]);

/** Prefixes the code tests strings against (`key.startsWith('help.')`) without building keys on them. */
const NOT_BUILT_ON = new Set(['help.']);

/**
 * Text that may stand in a template as it is: the product's name, key names, the shape of a case
 * code as a placeholder, and the <noscript> line of index.html, shown exactly when Transloco cannot
 * run and so written in both languages.
 */
const NOT_LANGUAGE = new Set([
  'Leidraad',
  'Alt+N',
  'Alt+O',
  'Alt+P',
  'Alt+V',
  'Alt+L',
  'Alt+U',
  'Alt+R',
  'Ctrl+Enter',
  'K7QF-3M9X-T',
  'Leidraad heeft JavaScript nodig. / Leidraad needs JavaScript.',
]);

interface Source {
  file: string;
  text: string;
}

function sources(): Source[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? (entry.name === 'node_modules' ? [] : walk(join(dir, entry.name))) : [join(dir, entry.name)],
    );
  return [...walk(join(root, 'libs/web')), ...walk(join(root, 'apps/web/src'))]
    .filter((file) => /\.(html|ts)$/.test(file) && !/\.(spec|test)\.ts$/.test(file) && !file.endsWith('test-setup.ts'))
    .map((file) => ({
      file: relative(root, file),
      text: readFileSync(file, 'utf8'),
    }));
}

/** Code without its comments (an example in a doc comment is no use of a key). */
function code({ file, text }: Source): string {
  if (!file.endsWith('.ts')) return text;
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/**
 * String literals, and the fixed start of template literals that interpolate (`a.b.${x}` → `a.b.`).
 * Each kind of quote is read on its own, so `"t('a.b')"` in a template and `'…'` inside an inline
 * template string are found too; too many candidates do no harm, only key-like ones count.
 */
function literals(text: string): string[] {
  const patterns = [/'((?:[^'\\\n]|\\.)*)'/g, /"((?:[^"\\\n]|\\.)*)"/g, /`([^`$]*)/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

interface Usage {
  /** Keys the code names in full. */
  exact: Set<string>;
  /** Prefixes the code completes at run time. */
  prefixes: Set<string>;
}

function usage(namespaces: Set<string>, existing: Set<string>): Usage {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const looksLikeKey = (value: string) => /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)*\.?$/.test(value) && namespaces.has(value.split('.')[0]);
  for (const source of sources()) {
    const text = code(source);
    for (const candidate of literals(text).filter(looksLikeKey)) {
      if (candidate.endsWith('.')) {
        if (!NOT_BUILT_ON.has(candidate)) prefixes.add(candidate);
      } else if (candidate.includes('.') && !NOT_KEYS.has(candidate)) exact.add(candidate);
    }
    // `*transloco="let t; read: 'scope'"`: t('x') is `scope.x` (or a full key, where one exists).
    const reads = [...text.matchAll(/read:\s*'([^']+)'/g)].map((m) => m[1]);
    if (reads.length === 0) continue;
    for (const [, name] of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
      const scoped = reads.map((read) => `${read}.${name}`);
      if (!existing.has(name)) exact.add(scoped.find((key) => existing.has(key)) ?? scoped[0]);
    }
  }
  return { exact, prefixes };
}

/** Where `index` falls in `text`, as a 1-based line number. */
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Text a person would read that is typed into a template instead of coming from Transloco:
 * text between tags, and static aria-label / title / placeholder / alt / label attributes.
 */
function hardCodedTexts(file: string, template: string, firstLine = 1): string[] {
  const found: string[] = [];
  const report = (index: number, text: string) => found.push(`${file}:${firstLine - 1 + lineOf(template, index)}: ${text}`);
  const isLanguage = (text: string) => {
    const rest = text.replace(/&[a-z]+;|&#\d+;/gi, ' ').trim();
    return /\p{L}/u.test(rest) && !NOT_LANGUAGE.has(rest);
  };
  const withoutComments = template.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const tag = /<[a-zA-Z/!](?:"[^"]*"|'[^']*'|[^'">])*>/g;
  let last = 0;
  const scanText = (start: number, end: number) => {
    const text = withoutComments
      .slice(start, end)
      .replace(/@let\s[^;]*;/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/@(?:else\s+if|if|for|switch|case|defer|placeholder|loading|error)\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*\{/g, (m) =>
        m.replace(/[^\n]/g, ' '),
      )
      .replace(/@(?:else|default|empty)\s*\{/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/[{}]/g, ' ');
    for (const line of text.split('\n').entries()) {
      if (isLanguage(line[1])) report(start + text.split('\n').slice(0, line[0]).join('\n').length + 1, line[1].trim());
    }
  };
  for (const match of withoutComments.matchAll(tag)) {
    scanText(last, match.index);
    last = match.index + match[0].length;
    for (const attribute of match[0].matchAll(
      /\s(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)="([^"]*)"/g,
    )) {
      const value = attribute[2].replace(/\{\{[\s\S]*?\}\}/g, ' ');
      if (isLanguage(value)) report(match.index + (attribute.index ?? 0) + 1, `${attribute[1]}="${attribute[2]}"`);
    }
  }
  scanText(last, withoutComments.length);
  return found;
}

describe('translations', () => {
  const nl = keys(load('nl')).sort();
  const en = keys(load('en')).sort();
  const namespaces = new Set(Object.keys(load('nl')));
  const used = usage(namespaces, new Set(nl));

  it('have the same keys in Dutch and English', () => {
    expect(en.filter((key) => !nl.includes(key))).toEqual([]);
    expect(nl.filter((key) => !en.includes(key))).toEqual([]);
  });

  it('have no empty texts', () => {
    const flat = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : flat(value)));
    expect([...flat(load('nl')), ...flat(load('en'))].filter((text) => text.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const lookup = (tree: Tree, key: string) => key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string;
    const nlTree = load('nl');
    const enTree = load('en');
    const mismatched = nl.filter((key) => placeholders(lookup(nlTree, key)).join() !== placeholders(lookup(enTree, key)).join());
    expect(mismatched).toEqual([]);
  });

  it('have every key the code names, in both languages', () => {
    const groups = new Set([...nl, ...en].flatMap((key) => key.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    const known = (language: string[]) => (key: string) => language.includes(key) || groups.has(key);
    const named = [...used.exact];
    expect(named.filter((key) => !known(nl)(key)).sort()).toEqual([]);
    expect(named.filter((key) => !known(en)(key)).sort()).toEqual([]);
  });

  it('have a key for every value a built key can take, in both languages', () => {
    const expected = Object.entries(DYNAMIC_KEYS).flatMap(([prefix, values]) =>
      values === 'any' ? [] : values.map((value) => `${prefix}${value}`),
    );
    // A value may lead to one text or to a group of them (`overview.reasons.stalled.label`).
    const has = (language: string[]) => (key: string) => language.some((k) => k === key || k.startsWith(`${key}.`));
    expect(expected.filter((key) => !has(nl)(key))).toEqual([]);
    expect(expected.filter((key) => !has(en)(key))).toEqual([]);
    const anyChildren = Object.entries(DYNAMIC_KEYS).filter(
      ([prefix, values]) => values === 'any' && !nl.some((key) => key.startsWith(prefix)),
    );
    expect(anyChildren.map(([prefix]) => prefix)).toEqual([]);
  });

  it('list every key prefix the code builds on, and no other', () => {
    const declared = Object.keys(DYNAMIC_KEYS);
    expect([...used.prefixes].filter((prefix) => !declared.includes(prefix)).sort()).toEqual([]);
    expect(declared.filter((prefix) => !used.prefixes.has(prefix))).toEqual([]);
  });

  it('have no key the code never uses', () => {
    const isUsed = (key: string) =>
      used.exact.has(key) ||
      Object.entries(DYNAMIC_KEYS).some(
        ([prefix, values]) =>
          key.startsWith(prefix) && (values === 'any' || values.map(String).includes(key.slice(prefix.length).split('.')[0])),
      );
    expect(nl.filter((key) => !isUsed(key))).toEqual([]);
  });

  it('are the only source of text in templates', () => {
    const found = sources().flatMap(({ file, text }) => {
      if (file.endsWith('.html')) return hardCodedTexts(file, text);
      return [...text.matchAll(/\btemplate:\s*`([^`]*)`/g)].flatMap((match) =>
        hardCodedTexts(file, match[1], lineOf(text, (match.index ?? 0) + match[0].indexOf('`') + 1)),
      );
    });
    expect(found).toEqual([]);
  });

  it('finds hard-coded text, so an empty list means something', () => {
    const template = '<p>{{ t("a.b") }}</p>\n@if (x > 1) {\n  <span title="Sluiten">Klaar</span>\n}\n<b [title]="t(\'a\')">Leidraad</b>';
    expect(hardCodedTexts('x.html', template)).toEqual(['x.html:3: title="Sluiten"', 'x.html:3: Klaar']);
  });
});
