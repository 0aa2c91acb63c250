/** True while the person is typing: then `?` is a character, not a request for help. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  if (element.tagName !== 'INPUT') return false;
  const type = ((element as HTMLInputElement).type || 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/** `?` (Shift+/ on most layouts) outside a text field, not already handled, without Ctrl/Alt/Meta. */
export function isHelpKey(event: KeyboardEvent): boolean {
  return event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !event.defaultPrevented && !event.isComposing && !isTypingTarget(event.target);
}
