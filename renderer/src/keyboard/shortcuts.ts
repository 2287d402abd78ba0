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
  /** The element's ARIA role attribute ('' when none). */
  role?: string;
  /** True for an <a> with an href, which the browser activates with Enter. */
  isLink?: boolean;
}

export type Shortcut = 'toggle-recording' | 'discard-recording' | 'toggle-playback';

/** Inputs where Space and letters are typing, not commands. Buttons and checkboxes are not among them. */
const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

/** Roles whose element acts on Space (WAI-ARIA practices), so Space there is that control's, not ours. */
const SPACE_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'tab',
  'slider',
  'spinbutton',
  'combobox',
  'textbox',
  'treeitem',
  'gridcell',
  'row',
]);

export function isTypingTarget(focus: FocusInfo): boolean {
  const tag = focus.tagName.toUpperCase();
  if (focus.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (focus.role === 'textbox' || focus.role === 'combobox' || focus.role === 'spinbutton') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has(focus.type.toLowerCase());
}

/** A focused control that Space (or Enter) activates: Space there must do that control's action. */
export function activatesOnSpace(focus: FocusInfo): boolean {
  const tag = focus.tagName.toUpperCase();
  if (isTypingTarget(focus) || tag === 'BUTTON' || tag === 'INPUT' || tag === 'SUMMARY' || focus.isLink) return true;
  return SPACE_ROLES.has((focus.role ?? '').toLowerCase());
}

/**
 * `singleKey`: whether the user keeps single-character shortcuts (Space, P) on; WCAG 2.1.4 asks that they
 * can be turned off. Esc is not a character key and stays.
 */
export function shortcutFor(press: KeyPress, focus: FocusInfo | null, singleKey = true): Shortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (focus?.inDialog) return null;
  if (press.key === 'Escape') return 'discard-recording';
  if (!singleKey || press.repeat) return null;
  if (press.key === ' ') return focus && activatesOnSpace(focus) ? null : 'toggle-recording';
  if (focus && isTypingTarget(focus)) return null;
  if (press.key === 'p' || press.key === 'P') return 'toggle-playback';
  return null;
}
