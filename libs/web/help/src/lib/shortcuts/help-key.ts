/** True while the person is typing: then `?` is a character, not a request for help. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  if (element.tagName !== 'INPUT') return false;
  const type = ((element as HTMLInputElement).type || 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/**
 * The shortcut overview: `?` (Shift+/ on most layouts) outside a text field — in a note `?` is a
 * question mark — and, from anywhere, in the note too, F1 or Alt+/ (the call screen's note
 * has the focus nearly always). Never when already handled or while composing.
 */
export function isHelpKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey) return false;
  if (event.key === 'F1' && !event.altKey && !event.shiftKey) return true;
  if (event.altKey && (event.code === 'Slash' || event.key === '/' || event.key === '?')) return true;
  return event.key === '?' && !event.altKey && !isTypingTarget(event.target);
}
