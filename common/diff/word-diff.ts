// A word-level diff of two transcripts of the same question: which words were added, which dropped, and
// which moved. Words are compared normalised (case, punctuation); an LCS gives the words kept in order,
// then dropped and added runs holding the same words (2 or more in a row) are paired as moved.

export type WordDiffOp = 'same' | 'added' | 'dropped' | 'moved';

export interface WordDiffToken {
  op: WordDiffOp;
  /** The word as written in the transcript it comes from (the later one for 'same'). */
  text: string;
  /** Index in the earlier transcript; null for added words and for the new place of a moved run. */
  before: number | null;
  /** Index in the later transcript; null for dropped words and for the old place of a moved run. */
  after: number | null;
  /** Pairs the two places of one moved run; null unless op is 'moved'. */
  moveId: number | null;
}

export interface WordDiff {
  /** One sequence to read top to bottom: the later transcript with dropped words and old places in between. */
  tokens: WordDiffToken[];
  counts: { same: number; added: number; dropped: number; moved: number };
}

/** A single repeated word ("the", "and") is a rewording, not a move. */
export const MIN_MOVED_RUN = 2;

/** Lower case without punctuation around or inside the word ("Don't," → "dont"), as the diff compares words. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function wordDiff(before: readonly string[], after: readonly string[]): WordDiff {
  // Punctuation-only tokens have no words to compare: drop them from both sides up front.
  const a = keep(before);
  const b = keep(after);
  const tokens = lcsTokens(a, b);
  pairMoves(tokens, a, b);
  const counts = { same: 0, added: 0, dropped: 0, moved: 0 };
  for (const token of tokens) {
    // A moved word appears twice (old and new place); count it once, at its new place.
    if (token.op === 'moved') counts.moved += token.after === null ? 0 : 1;
    else counts[token.op] += 1;
  }
  return { tokens, counts };
}

interface Word {
  text: string;
  key: string;
  index: number;
}

function keep(words: readonly string[]): Word[] {
  const kept: Word[] = [];
  words.forEach((text, index) => {
    const key = normaliseWord(text);
    if (key !== '') kept.push({ text: text.trim(), key, index });
  });
  return kept;
}

function lcsTokens(a: Word[], b: Word[]): WordDiffToken[] {
  const width = b.length + 1;
  // lengths[i][j]: LCS length of a[i…] and b[j…], filled from the end so the walk below goes forwards.
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i]!.key === b[j]!.key
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const tokens: WordDiffToken[] = [];
  const dropped = (word: Word): WordDiffToken => ({
    op: 'dropped',
    text: word.text,
    before: word.index,
    after: null,
    moveId: null,
  });
  const added = (word: Word): WordDiffToken => ({ op: 'added', text: word.text, before: null, after: word.index, moveId: null });
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.key === b[j]!.key) {
      tokens.push({ op: 'same', text: b[j]!.text, before: a[i]!.index, after: b[j]!.index, moveId: null });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      tokens.push(dropped(a[i++]!));
    } else {
      tokens.push(added(b[j++]!));
    }
  }
  while (i < a.length) tokens.push(dropped(a[i++]!));
  while (j < b.length) tokens.push(added(b[j++]!));
  return tokens;
}

/**
 * Repeatedly takes the longest stretch of words that was dropped in one place and added in another (each
 * stretch contiguous in its own transcript) and marks both places as moved, until none of 2+ words is left.
 */
function pairMoves(tokens: WordDiffToken[], a: Word[], b: Word[]): void {
  // Original index → the word's key and its place among the kept words (contiguity ignores punctuation).
  const before = new Map(a.map((word, position) => [word.index, { key: word.key, position }]));
  const after = new Map(b.map((word, position) => [word.index, { key: word.key, position }]));
  let moveId = 0;
  for (;;) {
    const droppedAt = tokens.flatMap((token, at) => (token.op === 'dropped' ? [at] : []));
    const addedAt = tokens.flatMap((token, at) => (token.op === 'added' ? [at] : []));
    let best = { length: 0, d: 0, e: 0 };
    // run[d][e]: length of the common stretch ending at dropped d and added e (longest common substring).
    let previous = new Uint32Array(addedAt.length + 1);
    for (let d = 0; d < droppedAt.length; d++) {
      const current = new Uint32Array(addedAt.length + 1);
      const drop = before.get(tokens[droppedAt[d]!]!.before!)!;
      const prevDrop = d > 0 ? before.get(tokens[droppedAt[d - 1]!]!.before!)! : null;
      for (let e = 0; e < addedAt.length; e++) {
        const add = after.get(tokens[addedAt[e]!]!.after!)!;
        if (drop.key !== add.key) continue;
        const prevAdd = e > 0 ? after.get(tokens[addedAt[e - 1]!]!.after!)! : null;
        const continues =
          prevDrop !== null &&
          prevAdd !== null &&
          prevDrop.position === drop.position - 1 &&
          prevAdd.position === add.position - 1;
        current[e + 1] = continues ? previous[e]! + 1 : 1;
        if (current[e + 1]! > best.length) best = { length: current[e + 1]!, d, e };
      }
      previous = current;
    }
    if (best.length < MIN_MOVED_RUN) return;
    for (let k = 0; k < best.length; k++) {
      const from = tokens[droppedAt[best.d - k]!]!;
      const to = tokens[addedAt[best.e - k]!]!;
      from.op = 'moved';
      from.moveId = moveId;
      to.op = 'moved';
      to.moveId = moveId;
    }
    moveId += 1;
  }
}
