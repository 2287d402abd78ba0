// The library editors' forms as data: what a question form holds, what changed, and how tags and key
// numbers are typed. Pure, so it is unit-tested.
import type { DeckMode } from '../../../common/deck';
import type { DrillLength } from '../../../common/drill-lengths';
import type { LibraryQuestion, QuestionPatch } from '../../../common/practice';

export interface QuestionDraft {
  text: string;
  /** null: the mode read from the words. */
  mode: DeckMode | null;
  tags: string[];
  company: string | null;
  defaultLength: DrillLength;
}

/** "a, b ,, c" → ["a", "b", "c"]. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];
}

/** The fields that changed, as a patch; a mode left on "automatic" clears the override. */
export function questionPatch(before: LibraryQuestion, draft: QuestionDraft): QuestionPatch {
  const patch: QuestionPatch = {};
  if (draft.text.trim() !== before.text) patch.text = draft.text.trim();
  if (draft.mode !== (before.modeOverridden ? before.mode : null)) patch.mode = draft.mode;
  if (draft.tags.join(',') !== before.tags.join(',')) patch.tags = draft.tags;
  if ((draft.company ?? '') !== (before.company ?? '')) patch.company = draft.company;
  if (draft.defaultLength !== before.defaultLength) patch.defaultLength = draft.defaultLength;
  return patch;
}

/** Key numbers, one per line or separated by semicolons ("40%; $2M"); commas stay inside ("3,000 users"). */
export function splitKeyNumbers(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n;]/)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}
