// Splits the answer into sentences: at the punctuation Whisper writes, or at a silence of a second or more
// when it writes none (unpunctuated transcripts are common for short or mumbled answers).

import { endsSentence, gapBefore, type Token } from './normalize';

/** A silence this long between words ends a sentence even without punctuation. */
export const SENTENCE_GAP_SEC = 1;

export interface Sentence {
  firstWord: number;
  lastWord: number;
}

export function opensSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || endsSentence(previous.raw) || gapBefore(tokens, index) >= SENTENCE_GAP_SEC;
}

export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  tokens.forEach((_, index) => {
    const current = sentences[sentences.length - 1];
    if (current === undefined || opensSentence(tokens, index)) sentences.push({ firstWord: index, lastWord: index });
    else current.lastWord = index;
  });
  return sentences;
}

/** The sentence holding a word. */
export function sentenceOf(sentences: readonly Sentence[], word: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.firstWord <= word && word <= sentence.lastWord);
}
