import type { Role } from '@leidraad/shared/domain';

/** One shortcut: the keys (alternatives, each shown as one `<kbd>`) and what they do. */
export interface Shortcut {
  /** Literal key combinations; a `help.` prefix marks a translation key (e.g. the space bar). */
  readonly keys: readonly string[];
  /** Translation key of what the keys do. */
  readonly label: string;
}

export interface ShortcutGroup {
  readonly id: 'global' | 'call' | 'guide' | 'lists';
  /** Translation key of the group's heading. */
  readonly title: string;
  readonly roles: readonly Role[];
  readonly shortcuts: readonly Shortcut[];
}

const CALLERS: readonly Role[] = ['counsellor', 'supervisor'];

/**
 * Every keyboard shortcut of the app, as the handlers implement them: the shell (Alt+N, ?, F1,
 * Alt+/), the call page (Ctrl+Enter, Alt+M, Alt+O, Alt+U, Alt+P, Alt+V, Alt+L, Alt+R), the note field (Alt+M, Alt+K), the guide panel (Alt+1…6, Alt+W, Alt+D,
 * Alt+G, b/g/0, arrows, Esc), the agenda (Enter, Alt+arrows, Esc) and the case page (Esc).
 * Change this table when a handler changes.
 */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    id: 'global',
    title: 'help.shortcuts.groups.global',
    roles: ['counsellor', 'supervisor', 'admin'],
    shortcuts: [
      { keys: ['?', 'F1', 'Alt+/'], label: 'help.shortcuts.keys.overview' },
      { keys: ['Alt+N'], label: 'help.shortcuts.keys.newContact' },
    ],
  },
  {
    id: 'call',
    title: 'help.shortcuts.groups.call',
    roles: CALLERS,
    shortcuts: [
      { keys: ['Ctrl+Enter'], label: 'help.shortcuts.keys.finalise' },
      { keys: ['Alt+M'], label: 'help.shortcuts.keys.mask' },
      { keys: ['Alt+O', 'Enter'], label: 'help.shortcuts.keys.hungUp' },
      { keys: ['Alt+K'], label: 'help.shortcuts.keys.dismiss' },
      { keys: ['Alt+U'], label: 'help.shortcuts.keys.outcome' },
      { keys: ['Alt+P'], label: 'help.shortcuts.keys.safetyPlan' },
      { keys: ['Alt+V'], label: 'help.shortcuts.keys.followUp' },
      { keys: ['Alt+L'], label: 'help.shortcuts.keys.peerGroup' },
      { keys: ['Alt+R'], label: 'help.shortcuts.keys.riskSignal' },
      { keys: ['Enter', '→'], label: 'help.shortcuts.keys.tourNext' },
      { keys: ['←'], label: 'help.shortcuts.keys.tourBack' },
      { keys: ['Esc'], label: 'help.shortcuts.keys.tourClose' },
    ],
  },
  {
    id: 'guide',
    title: 'help.shortcuts.groups.guide',
    roles: CALLERS,
    shortcuts: [
      { keys: ['Alt+1 … Alt+6'], label: 'help.shortcuts.keys.step' },
      { keys: ['Alt+W'], label: 'help.shortcuts.keys.whatIf' },
      { keys: ['Alt+D'], label: 'help.shortcuts.keys.doDont' },
      { keys: ['Alt+G'], label: 'help.shortcuts.keys.conversation' },
      { keys: ['b'], label: 'help.shortcuts.keys.discussed' },
      { keys: ['g'], label: 'help.shortcuts.keys.done' },
      { keys: ['0'], label: 'help.shortcuts.keys.notDiscussed' },
      { keys: ['↑', '↓'], label: 'help.shortcuts.keys.items' },
      { keys: ['Home', 'End'], label: 'help.shortcuts.keys.firstLast' },
      { keys: ['Esc'], label: 'help.shortcuts.keys.backToNote' },
    ],
  },
  {
    id: 'lists',
    title: 'help.shortcuts.groups.lists',
    roles: CALLERS,
    shortcuts: [
      { keys: ['Enter', 'help.shortcuts.space'], label: 'help.shortcuts.keys.openAppointment' },
      { keys: ['Alt+↑', 'Alt+↓'], label: 'help.shortcuts.keys.moveQuarter' },
      { keys: ['Alt+←', 'Alt+→'], label: 'help.shortcuts.keys.moveDay' },
      { keys: ['Esc'], label: 'help.shortcuts.keys.closeDetails' },
      { keys: ['Esc'], label: 'help.shortcuts.keys.cancelClear' },
    ],
  },
];

/** The groups that apply to a role (an admin never opens the call screen). */
export function shortcutGroupsFor(role: Role | undefined): ShortcutGroup[] {
  if (!role) return [];
  return SHORTCUT_GROUPS.filter((group) => group.roles.includes(role)).map((group) =>
    group.id === 'global' && !CALLERS.includes(role)
      ? { ...group, shortcuts: group.shortcuts.filter((s) => s.label !== 'help.shortcuts.keys.newContact') }
      : group,
  );
}
