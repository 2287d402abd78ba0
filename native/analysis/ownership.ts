// Counts who the speaker credits: "I" against "we". Only the subject pronouns and their contractions
// count; "me"/"my"/"our" describe possession or objects rather than who acted.

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

export function countOwnership(tokens: readonly Token[]): Ownership {
  const i = tokens.filter((token) => I_FORMS.has(token.norm)).length;
  const we = tokens.filter((token) => WE_FORMS.has(token.norm)).length;
  return { i, we, ratio: i + we === 0 ? null : roundTo(i / (i + we), 2), mostlyWe: we > i && we >= MOSTLY_WE_MIN };
}

/** Every "we", for pointing at them when they crowd out "I". */
export function weSpans(tokens: readonly Token[]): Span[] {
  return tokens.flatMap((token, index) => (WE_FORMS.has(token.norm) ? [spanOf(tokens, index, index)] : []));
}
