// The filler list as the user edits it: one textarea, comma- or line-separated. Pure, so it is unit-tested.

/** Splits on commas and new lines, tidies spaces, drops blanks and case-insensitive duplicates. */
export function parseFillerWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const word = part.trim().replace(/\s+/g, ' ');
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

export function formatFillerWords(words: readonly string[]): string {
  return words.join(', ');
}
