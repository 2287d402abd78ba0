// "A bold number anywhere": **40%**, __$2M__ or **forty percent** in a story's notes marks a figure the
// story must carry. Bold text without a number (**I** decided) is emphasis, not a key number.

import { tokenize } from '../analysis/normalize';
import { numberParts, readNumber } from '../analysis/numbers';

const BOLD = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;

/** Whether a short text reads as a figure: it has a digit, or starts with a number the analysis reads. */
export function isNumberText(text: string): boolean {
  if (/\d/.test(text)) return true;
  const words = text
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => ({ text: word, start: 0, end: 0 }));
  return readNumber(numberParts(tokenize(words)), 0) !== null;
}

export function boldNumbers(notes: string): string[] {
  return [...notes.matchAll(BOLD)].map((match) => match[2]!.trim()).filter(isNumberText);
}
