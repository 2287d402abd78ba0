// Grammar patterns over the answer's words. The normalized words are laid out as one line, sentences apart
// (" | "), and regular expressions find word sequences there; each match maps back to the words it covers. This
// lets a rule say "I or we, any adverbs, a modal, have, not followed by 'to'" instead of listing every wording.

import { endsSentence, type Token } from './normalize';

export interface WordMatch {
  firstWord: number;
  lastWord: number;
  /** The matched text, normalized. */
  text: string;
}

interface Line {
  text: string;
  /** Start offset of each word in `text`. */
  starts: number[];
}

const SENTENCE_BREAK = ' | ';

function layOut(tokens: readonly Token[]): Line {
  let text = '';
  const starts: number[] = [];
  tokens.forEach((token, index) => {
    if (index > 0) text += endsSentence(tokens[index - 1]?.raw ?? '') ? SENTENCE_BREAK : ' ';
    starts.push(text.length);
    text += token.norm === '' ? '_' : token.norm;
  });
  return { text, starts };
}

/** The index of the word holding character `offset`. */
function wordAt(line: Line, offset: number): number {
  let low = 0;
  let high = line.starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((line.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Every non-overlapping match of each pattern (which must have the g flag), in word order. */
export function matchWords(tokens: readonly Token[], patterns: readonly RegExp[]): WordMatch[] {
  if (tokens.length === 0) return [];
  const line = layOut(tokens);
  const found: WordMatch[] = [];
  for (const pattern of patterns) {
    for (const match of line.text.matchAll(pattern)) {
      const text = match[0].trim();
      if (text === '') continue;
      const begin = match.index + match[0].indexOf(text);
      found.push({ firstWord: wordAt(line, begin), lastWord: wordAt(line, begin + text.length - 1), text });
    }
  }
  found.sort((a, b) => a.firstWord - b.firstWord || b.lastWord - a.lastWord);
  return found.filter((match, index) =>
    found.slice(0, index).every((kept) => kept.lastWord < match.firstWord || kept.firstWord > match.lastWord),
  );
}

/** Word boundaries for the laid-out line: a pattern word starts after a space or the line's start. */
export const B = "(?<![\\w'])";
export const E = "(?![\\w'])";
