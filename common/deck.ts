// The deck format: questions (with follow-ups) and STAR stories as they travel in and out of the app —
// the shipped starter deck, JSON and Markdown import/export. One zod schema checks every deck before
// anything is stored, so a bad file fails as a whole. Pure: shared by main, CLI and renderer.

import { z } from 'zod';
import { DRILL_LENGTHS, DEFAULT_DRILL_LENGTH } from './drill-lengths';

/** The six kinds of interview question a deck holds. */
export const DECK_MODES = ['behavioral', 'design', 'incident', 'product', 'motivation', 'pitch'] as const;
export type DeckMode = (typeof DECK_MODES)[number];

export const STAR_SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type StarSection = (typeof STAR_SECTIONS)[number];

export const DECK_FORMAT = 'voicedrill-deck';
export const DECK_VERSION = 1;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One line of text as a heading or list item can hold it: nothing to trim, no line breaks. */
const oneLine = z
  .string()
  .min(1, 'must not be empty')
  .max(500, 'must be at most 500 characters')
  .refine((text) => text === text.trim() && !/[\r\n]/.test(text), 'must be one line with no leading or trailing spaces');

/** Tags are written comma-separated in Markdown, so a tag holds no comma. */
const tag = oneLine.refine((text) => !text.includes(','), 'a tag must not contain a comma');

const FENCE = /^[ \t]*(?:```|~~~)/gm;

/** A Markdown heading line outside a ``` code block. */
function hasHeadingOutsideCode(text: string): boolean {
  let inCode = false;
  for (const line of text.split('\n')) {
    if (/^[ \t]*(?:```|~~~)/.test(line)) inCode = !inCode;
    else if (!inCode && /^#{1,6}\s/.test(line)) return true;
  }
  return false;
}

/** Free notes of a STAR section: Markdown lines, trimmed, no trailing spaces on any line. */
const notes = z
  .string()
  .max(20_000, 'must be at most 20,000 characters')
  .refine((text) => text === text.trim(), 'must not start or end with blank space')
  .refine((text) => text.split('\n').every((line) => line === line.trimEnd()), 'lines must not end with spaces')
  .refine((text) => !hasHeadingOutsideCode(text), 'must not contain Markdown headings (they would start a new section)')
  .refine((text) => (text.match(FENCE) ?? []).length % 2 === 0, 'must close every ``` code block it opens');

export const deckQuestionSchema = z.object({
  /** A stable name for the shipped deck's questions, so re-seeding never duplicates them. */
  id: z.string().regex(SLUG, "must be lowercase words joined by '-'").optional(),
  text: oneLine,
  mode: z.enum(DECK_MODES),
  tags: z.array(tag).default([]),
  company: oneLine.nullable().default(null),
  defaultLength: z.enum(DRILL_LENGTHS).default(DEFAULT_DRILL_LENGTH),
  followUps: z.array(oneLine).default([]),
});

export const deckStorySchema = z.object({
  title: oneLine,
  notes: z
    .object({
      situation: notes.default(''),
      task: notes.default(''),
      action: notes.default(''),
      result: notes.default(''),
      reflection: notes.default(''),
    })
    .default({ situation: '', task: '', action: '', result: '', reflection: '' }),
  /** The figures the story must carry when told ("40%", "$2M", "3 weeks"). */
  keyNumbers: z.array(oneLine).default([]),
  /** The texts of the questions this story answers. */
  questions: z.array(oneLine).default([]),
});

export const deckSchema = z.object({
  format: z.literal(DECK_FORMAT).default(DECK_FORMAT),
  version: z.literal(DECK_VERSION).default(DECK_VERSION),
  name: oneLine.nullable().default(null),
  questions: z.array(deckQuestionSchema).default([]),
  stories: z.array(deckStorySchema).default([]),
});

export type DeckQuestion = z.output<typeof deckQuestionSchema>;
export type DeckStory = z.output<typeof deckStorySchema>;
export type StoryNotes = DeckStory['notes'];
export type Deck = z.output<typeof deckSchema>;

/** What an import found, before anything is stored: the deck and what was skipped on the way. */
export interface DeckImport {
  deck: Deck;
  /** Things the import left out, each naming its line ("line 12: … not imported"). */
  warnings: string[];
}

export const emptyNotes = (): StoryNotes => ({ situation: '', task: '', action: '', result: '', reflection: '' });

// The twist deck: follow-ups chosen by what an answer lacked.

/** A gap an answer can have; the first four come from the report, the last three are probes for a complete answer. */
export const TWIST_GAPS = [
  'no-result',
  'no-metric',
  'mostly-we',
  'no-reflection',
  'decision-rationale',
  'depth',
  'another-example',
] as const;
export type TwistGap = (typeof TWIST_GAPS)[number];

export const twistSchema = z.object({
  id: z.string().regex(SLUG, "must be lowercase words joined by '-'"),
  gap: z.enum(TWIST_GAPS),
  /** The modes this wording suits; absent → every mode. */
  modes: z.array(z.enum(DECK_MODES)).min(1).optional(),
  text: oneLine,
});

export const twistDeckSchema = z
  .object({ twists: z.array(twistSchema).min(1) })
  .refine((deck) => new Set(deck.twists.map((twist) => twist.id)).size === deck.twists.length, 'twist ids must be unique');

export type Twist = z.output<typeof twistSchema>;
export type TwistDeck = z.output<typeof twistDeckSchema>;
