// Counts who the speaker credits: "I" against "we". Only the subject pronouns and their contractions
// count; "me"/"my"/"our" describe possession or objects rather than who acted.

import type { Token } from './normalize';

const I_FORMS = new Set(['i', "i'm", "i've", "i'd", "i'll"]);
const WE_FORMS = new Set(['we', "we're", "we've", "we'd", "we'll"]);

export function countOwnership(tokens: readonly Token[]): { i: number; we: number } {
  return {
    i: tokens.filter((token) => I_FORMS.has(token.norm)).length,
    we: tokens.filter((token) => WE_FORMS.has(token.norm)).length,
  };
}
