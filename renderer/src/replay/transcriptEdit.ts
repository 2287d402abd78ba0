// Correcting a transcript: the text the editor starts from, when Save means something, and the editor's
// own keys. Pure, so they are unit-tested.
import type { TimedWord } from '../../../common/report';
import type { KeyPress } from '../keyboard/shortcuts';
import { displayText } from './transcript';

export function editableText(words: readonly Pick<TimedWord, 'text'>[]): string {
  return words.map(displayText).filter(Boolean).join(' ');
}

/** Spacing is not a correction: main re-times words, so only a change of words is worth re-scoring. */
function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function canSaveCorrection(original: string, edited: string): boolean {
  const next = tidy(edited);
  return next !== '' && next !== tidy(original);
}

export type EditorKey = 'save' | 'cancel';

/** Ctrl+Enter (Cmd+Enter on a Mac) saves; Esc cancels. Plain Enter is a new line. */
export function editorKey(press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): EditorKey | null {
  if (press.key === 'Escape') return 'cancel';
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) return 'save';
  return null;
}

/** How the save key is written on this platform: Macs use Cmd. */
export function saveKeyLabel(userAgent: string): string {
  return /Mac|iPhone|iPad/.test(userAgent) ? 'Cmd+Enter' : 'Ctrl+Enter';
}
