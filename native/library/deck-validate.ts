// The one check every imported deck goes through, whatever its file format: the zod schema, then what a
// schema cannot say (a question or story twice), then bold numbers in the notes become key numbers.
// Errors name the file's line through `lineOf`, which each format supplies.

import { deckSchema, STAR_SECTIONS, type Deck, type DeckImport, type DeckStory } from '../../common/deck';
import { DeckImportError } from './deck-error';
import { boldNumbers } from './bold-numbers';
import { keyFigures, sameFigure } from './key-numbers';

export type LineOf = (path: readonly PropertyKey[]) => number | null;

function describePath(input: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if ((list !== 'questions' && list !== 'stories') || typeof index !== 'number') return path.join('.') || 'the deck';
  const item: unknown = (input as Record<string, unknown[]>)[list]?.[index];
  const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const label = list === 'questions' ? record.text : record.title;
  const name = `${list === 'questions' ? 'question' : 'story'} ${index + 1}${typeof label === 'string' ? ` ("${label.slice(0, 60)}")` : ''}`;
  return rest.length === 0 ? name : `${name}, ${rest.join('.')}`;
}

function firstDuplicate(values: readonly string[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [index, value] of values.entries()) {
    const key = value.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) return [earlier, index];
    seen.set(key, index);
  }
  return null;
}

/** Whether every figure of `number` is already among the figures of `listed` ("9" in "9 pages a week"). */
function covered(number: string, listed: readonly string[]): boolean {
  if (listed.includes(number)) return true;
  const figures = keyFigures(number);
  const known = listed.flatMap(keyFigures);
  return figures.length > 0 && figures.every((figure) => known.some((other) => sameFigure(figure, other)));
}

/** Adds every bold number of a story's notes to its key numbers, after the ones it lists. */
export function withBoldNumbers(story: DeckStory): DeckStory {
  const found = STAR_SECTIONS.flatMap((section) => boldNumbers(story.notes[section]));
  const keyNumbers = [...story.keyNumbers];
  for (const number of found) if (!covered(number, keyNumbers)) keyNumbers.push(number);
  return { ...story, keyNumbers };
}

export function validateDeck(input: unknown, lineOf: LineOf, warnings: string[] = []): DeckImport {
  const parsed = deckSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DeckImportError(`${describePath(input, issue.path)}: ${issue.message}`, lineOf(issue.path));
  }
  const deck: Deck = { ...parsed.data, stories: parsed.data.stories.map(withBoldNumbers) };
  const questionTwice = firstDuplicate(deck.questions.map((question) => question.text));
  if (questionTwice !== null) {
    const [first, second] = questionTwice;
    throw new DeckImportError(
      `question ${second + 1} repeats question ${first + 1} ("${deck.questions[first]!.text.slice(0, 60)}")`,
      lineOf(['questions', second]),
    );
  }
  const storyTwice = firstDuplicate(deck.stories.map((story) => story.title));
  if (storyTwice !== null) {
    const [first, second] = storyTwice;
    throw new DeckImportError(
      `story ${second + 1} has the same title as story ${first + 1} ("${deck.stories[first]!.title}")`,
      lineOf(['stories', second]),
    );
  }
  const idTwice = firstDuplicate(deck.questions.flatMap((question) => (question.id === undefined ? [] : [question.id])));
  if (idTwice !== null) throw new DeckImportError('two questions share one id', null);
  return { deck, warnings };
}
