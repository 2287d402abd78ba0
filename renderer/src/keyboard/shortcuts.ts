// Which key presses are the app's shortcuts. Pure (plain records, not DOM events) so it is unit-tested.

export interface KeyPress {
  key: string;
  repeat: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface FocusInfo {
  tagName: string;
  /** The input's type attribute, for INPUT elements. */
  type: string;
  isContentEditable: boolean;
  /** True when focus is inside an open dialog, which owns the keyboard while it is shown. */
  inDialog: boolean;
}

export type Shortcut = 'toggle-recording' | 'discard-recording' | 'toggle-playback';

/** Inputs where Space and letters are typing, not commands. Buttons and checkboxes are not among them. */
const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file']);

export function isTypingTarget(focus: FocusInfo): boolean {
  const tag = focus.tagName.toUpperCase();
  if (focus.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has(focus.type.toLowerCase());
}

export function shortcutFor(press: KeyPress, focus: FocusInfo | null): Shortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (focus?.inDialog) return null;
  if (press.key === 'Escape') return 'discard-recording';
  if (press.repeat || (focus && isTypingTarget(focus))) return null;
  if (press.key === ' ') return 'toggle-recording';
  if (press.key === 'p' || press.key === 'P') return 'toggle-playback';
  return null;
}
