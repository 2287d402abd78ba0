// The starter deck and the twist deck shipped in resources/, bundled into the code so main and the CLI
// find them wherever they run from (a checkout, dist/, or a packaged app), and checked when first read.
import deckJson from '../../resources/deck.json';
import twistsJson from '../../resources/twists.json';
import type { Deck, TwistDeck } from '../../common/deck';
import { validateDeck } from './deck-validate';
import { parseTwistDeck } from './twists';

export function shippedDeck(): Deck {
  return validateDeck(deckJson, () => null).deck;
}

export function shippedTwists(): TwistDeck {
  return parseTwistDeck(twistsJson);
}
