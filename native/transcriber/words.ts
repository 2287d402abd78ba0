// Turns whisper.cpp's timed tokens into timed words.

import type { TimedWord } from '../../common/report';

/** One token as smart-whisper reports it with `format: 'detail'` and token timestamps (times in ms). */
export interface NativeToken {
  text: string;
  id: number;
  p: number;
  from: number;
  to: number;
}

export interface WordContext {
  /** Id of the end-of-text token: it and every id above it (timestamps, language, task) are special. */
  eot: number;
  /** Clip length in seconds; times are clamped into it. */
  durationSec: number;
}

/** End-of-text id of the English-only vocabulary; multilingual vocabularies shift it by one. */
export function eotFor(english: boolean): number {
  return english ? 50256 : 50257;
}

// Names whisper.cpp gives special tokens ("[_BEG_]", "[_TT_123]") and the GPT-2 style "<|endoftext|>".
const SPECIAL_TEXT = /^(\[_.*\]|<\|.*\|>)$/;

function isSpecial(token: NativeToken, eot: number): boolean {
  return token.id >= eot || SPECIAL_TEXT.test(token.text);
}

interface Draft {
  text: string;
  from: number;
  to: number;
  pSum: number;
  count: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));
}

/**
 * Groups tokens into words: a token whose text starts with whitespace starts a new word, any other
 * token continues the current one (word pieces, apostrophes, punctuation).
 * A word's probability is the mean of its tokens' probabilities, as in OpenAI's word timestamps, so a
 * long word is not marked doubtful because one sub-word piece was; min would overreact to that.
 * Times become seconds inside the clip, with each word starting no earlier than the previous one
 * ends (whisper's token times can step backwards) and ending no earlier than it starts.
 */
export function tokensToWords(tokens: readonly NativeToken[], context: WordContext): TimedWord[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const token of tokens) {
    if (isSpecial(token, context.eot)) continue;
    if (current === null || /^\s/.test(token.text)) {
      current = { text: token.text, from: token.from, to: token.to, pSum: token.p, count: 1 };
      drafts.push(current);
    } else {
      current.text += token.text;
      current.to = token.to;
      current.pSum += token.p;
      current.count++;
    }
  }

  const words: TimedWord[] = [];
  let previousEnd = 0;
  for (const draft of drafts) {
    const text = draft.text.trim();
    if (text === '') continue;
    const start = clamp(draft.from / 1000, previousEnd, context.durationSec);
    const end = clamp(draft.to / 1000, start, context.durationSec);
    words.push({ text, start, end, probability: clamp(draft.pSum / draft.count, 0, 1) });
    previousEnd = end;
  }
  return words;
}
