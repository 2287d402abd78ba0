// Decks as JSON: the shipped starter deck and `deck export --format json`. Errors name the line.

import type { Deck, DeckImport } from '../../common/deck';
import { DeckImportError } from './deck-error';
import { validateDeck } from './deck-validate';
import { jsonValueLines, JsonSyntaxError, lineOfPath } from './json-lines';

export function parseDeckJson(text: string): DeckImport {
  if (text.trim() === '') throw new DeckImportError('the file is empty', null);
  let lines: Map<string, number>;
  try {
    lines = jsonValueLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new DeckImportError(`not valid JSON: ${error.detail}`, error.line);
    throw error;
  }
  const input: unknown = JSON.parse(text);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DeckImportError('a deck must be a JSON object with "questions" and "stories"', 1);
  }
  return validateDeck(input, (path) => lineOfPath(lines, path));
}

export function deckToJson(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
