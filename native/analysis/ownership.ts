// Counts who the speaker credits: "I" against "we". Only the subject pronouns and their contractions
// count; "me"/"my"/"our" describe possession or objects rather than who acted. Other people's words quoted in
// the answer ("she said, \"we ship Friday\"") are theirs, and the "I" of a hedge or a filler ("I think", "I
// mean") is counted as a hedge or a filler, not as the speaker owning the work.

import { spanOf, type Token } from './normalize';
import { roundTo } from './rounding';
import type { Span } from '../../common/report';

const I_FORMS = new Set(['i', "i'm", "i've", "i'd", "i'll"]);
const WE_FORMS = new Set(['we', "we're", "we've", "we'd", "we'll"]);

/**
 * "We" hides the speaker when it outnumbers "I" and comes up at least three times: one or two "we"s are
 * ordinary context ("we had an outage"), and a story told with more "I"s already shows what the speaker did.
 */
const MOSTLY_WE_MIN = 3;

export interface Ownership {
  i: number;
  we: number;
  /** Share of "I" among "I" and "we"; null when the answer has neither. */
  ratio: number | null;
  mostlyWe: boolean;
}

const OPENING_QUOTE = /^["“«]/;
const CLOSING_QUOTE = /["”»][.,!?;:]*$/;

/** Indices of words inside quotation marks; a quote never closed is taken for a stray mark and ignored. */
export function quotedWords(tokens: readonly Token[]): Set<number> {
  const quoted = new Set<number>();
  let run: number[] | null = null;
  tokens.forEach((token, index) => {
    if (run === null && OPENING_QUOTE.test(token.raw)) run = [];
    if (run === null) return;
    run.push(index);
    if (CLOSING_QUOTE.test(token.raw) && token.raw.length > 1) {
      for (const at of run) quoted.add(at);
      run = null;
    }
  });
  return quoted;
}

/** The speaker's own "I"s and "we"s: not inside quotes, nor the "I" of a hedge or filler span in `notOwn`. */
function ownWords(tokens: readonly Token[], forms: ReadonlySet<string>, notOwn: readonly Span[]): number[] {
  const quoted = quotedWords(tokens);
  return tokens.flatMap((token, index) => {
    if (!forms.has(token.norm) || quoted.has(index)) return [];
    return notOwn.some((span) => span.firstWord <= index && index <= span.lastWord) ? [] : [index];
  });
}

export function countOwnership(tokens: readonly Token[], notOwn: readonly Span[] = []): Ownership {
  const i = ownWords(tokens, I_FORMS, notOwn).length;
  const we = ownWords(tokens, WE_FORMS, notOwn).length;
  return { i, we, ratio: i + we === 0 ? null : roundTo(i / (i + we), 2), mostlyWe: we > i && we >= MOSTLY_WE_MIN };
}

/** Every "we", for pointing at them when they crowd out "I". */
export function weSpans(tokens: readonly Token[], notOwn: readonly Span[] = []): Span[] {
  return ownWords(tokens, WE_FORMS, notOwn).map((index) => spanOf(tokens, index, index));
}
