import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHelpKey, isTypingTarget } from './help-key';
import { SHORTCUT_GROUPS, shortcutGroupsFor } from './shortcuts';

type Tree = { [key: string]: string | Tree };
const load = (language: string): Tree =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n', `${language}.json`), 'utf8')) as Tree;
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

function press(target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: '?', shiftKey: true, bubbles: true, cancelable: true, ...init });
  let seen: KeyboardEvent | undefined;
  document.addEventListener('keydown', (e) => (seen = e), { once: true });
  target.dispatchEvent(event);
  return seen as KeyboardEvent;
}

describe('the ? key', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('opens the overview from the page itself or a button', () => {
    document.body.innerHTML = '<main><button type="button">Afmelden</button></main>';
    expect(isHelpKey(press(document.body))).toBe(true);
    expect(isHelpKey(press(document.querySelector('button') as Element))).toBe(true);
  });

  it('is a character while typing in a text field, text area, select or contenteditable', () => {
    document.body.innerHTML = `
      <input id="text" type="text" /><input id="search" type="search" /><input id="bare" />
      <textarea id="note"></textarea><select id="pick"><option>a</option></select>
      <div contenteditable="true"><p id="rich">x</p></div>`;
    for (const id of ['text', 'search', 'bare', 'note', 'pick', 'rich']) {
      expect(isHelpKey(press(document.getElementById(id) as Element))).toBe(false);
    }
  });

  it('still opens the overview from a checkbox or radio button', () => {
    document.body.innerHTML = '<input id="box" type="checkbox" /><input id="radio" type="radio" />';
    expect(isTypingTarget(document.getElementById('box'))).toBe(false);
    expect(isHelpKey(press(document.getElementById('radio') as Element))).toBe(true);
  });

  it('opens the overview with F1 or Alt+/ from anywhere, also from the note where ? is a question mark', () => {
    document.body.innerHTML = '<textarea id="note"></textarea>';
    const note = document.getElementById('note') as Element;
    expect(isHelpKey(press(note, { key: 'F1', shiftKey: false }))).toBe(true);
    expect(isHelpKey(press(note, { key: '/', code: 'Slash', altKey: true, shiftKey: false }))).toBe(true);
    expect(isHelpKey(press(note, { key: 'F1', ctrlKey: true }))).toBe(false);
  });

  it('leaves Ctrl/Meta combinations, other keys and handled events alone', () => {
    expect(isHelpKey(press(document.body, { ctrlKey: true }))).toBe(false);
    expect(isHelpKey(press(document.body, { altKey: true, key: 'k', code: 'KeyK' }))).toBe(false);
    expect(isHelpKey(press(document.body, { metaKey: true }))).toBe(false);
    expect(isHelpKey(press(document.body, { key: '/' }))).toBe(false);
    const handled = new KeyboardEvent('keydown', { key: '?', cancelable: true });
    handled.preventDefault();
    expect(isHelpKey(handled)).toBe(false);
  });
});

describe('the shortcut table', () => {
  it('shows every group to counsellors and supervisors, only the global keys without Alt+N to admins', () => {
    expect(shortcutGroupsFor('counsellor').map((g) => g.id)).toEqual(['global', 'call', 'guide', 'lists']);
    expect(shortcutGroupsFor('supervisor').map((g) => g.id)).toEqual(['global', 'call', 'guide', 'lists']);
    const admin = shortcutGroupsFor('admin');
    expect(admin.map((g) => g.id)).toEqual(['global']);
    expect(admin[0].shortcuts.flatMap((s) => s.keys)).toEqual(['?', 'F1', 'Alt+/']);
    expect(shortcutGroupsFor(undefined)).toEqual([]);
  });

  it('lists the keys the handlers use', () => {
    const keys = SHORTCUT_GROUPS.flatMap((g) => g.shortcuts.flatMap((s) => s.keys));
    for (const key of [
      'Alt+N',
      'Ctrl+Enter',
      'Alt+M',
      'Alt+O',
      'Alt+K',
      'Alt+U',
      'Alt+P',
      'Alt+V',
      'Alt+L',
      'Alt+R',
      'Alt+W',
      'Alt+D',
      'Alt+G',
      'b',
      'g',
      '0',
      '↑',
      '↓',
      'Esc',
    ])
      expect(keys).toContain(key);
  });

  it('has a Dutch and an English text for every heading, label and named key', () => {
    const keys = SHORTCUT_GROUPS.flatMap((g) => [
      g.title,
      ...g.shortcuts.flatMap((s) => [s.label, ...s.keys.filter((k) => k.startsWith('help.'))]),
    ]);
    for (const language of ['nl', 'en']) {
      const tree = load(language);
      expect(keys.filter((key) => typeof lookup(tree, key) !== 'string')).toEqual([]);
    }
  });
});
