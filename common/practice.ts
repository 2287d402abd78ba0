// The practice library as the renderer and CLI see it: questions with their mode, tags, company and
// lengths; stories as things; follow-up ("twist") answers threaded under the first; notes; drill
// sessions. Schemas first (the contract validates with them), types derived. Pure: no Node.

import { z } from 'zod';
import { DECK_MODES, TWIST_GAPS } from './deck';
import { DRILL_LENGTHS } from './drill-lengths';

const id = z.int().positive();
const line = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, { message: 'must not be empty' })
    .refine((value) => !/[\r\n]/.test(value), { message: 'must be one line' });
const seconds = z.number().min(1).max(3600);

export const WindowSchema = z
  .strictObject({ minSec: seconds, maxSec: seconds })
  .refine((window) => window.minSec <= window.maxSec, { message: 'the window ends before it starts' });

export const LibraryQuestionSchema = z.strictObject({
  id,
  text: z.string(),
  /** The question this one follows up on; null for a top-level question. */
  parentId: id.nullable(),
  source: z.enum(['starter', 'user']),
  /** The mode in force: the user's override, else the deck's or the one read from the words. */
  mode: z.enum(DECK_MODES),
  modeOverridden: z.boolean(),
  tags: z.array(z.string()),
  company: z.string().nullable(),
  defaultLength: z.enum(DRILL_LENGTHS),
  /** The length last picked for this question, and the custom window when one was set. */
  lastLength: z.enum(DRILL_LENGTHS).nullable(),
  lastWindow: WindowSchema.nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  attemptCount: z.number(),
  lastAttemptAt: z.string().nullable(),
  /** Stories linked to this question. */
  storyIds: z.array(id),
});
export type LibraryQuestion = z.infer<typeof LibraryQuestionSchema>;

export const LibraryQuestionTreeSchema = LibraryQuestionSchema.extend({ followUps: z.array(LibraryQuestionSchema) });
export type LibraryQuestionTree = z.infer<typeof LibraryQuestionTreeSchema>;

const notesText = z.string().max(20_000);
export const StoryNotesSchema = z.strictObject({
  situation: notesText,
  task: notesText,
  action: notesText,
  result: notesText,
  reflection: notesText,
});

export const StorySchema = z.strictObject({
  id,
  title: z.string(),
  notes: StoryNotesSchema,
  keyNumbers: z.array(z.string()),
  /** The mode its questions ask for: decides whether a reflection is expected. */
  mode: z.enum(DECK_MODES),
  questionIds: z.array(id),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof StorySchema>;

export const ListFilterSchema = z.strictObject({
  search: z.string().max(200).optional(),
  includeArchived: z.boolean().optional(),
});
export type ListFilter = z.infer<typeof ListFilterSchema>;

const tags = z.array(line(80).refine((tag) => !tag.includes(','), { message: 'a tag must not contain a comma' })).max(30);

export const NewLibraryQuestionSchema = z.strictObject({
  text: line(500),
  parentId: id.optional(),
  mode: z.enum(DECK_MODES).optional(),
  tags: tags.optional(),
  company: line(200).nullable().optional(),
  defaultLength: z.enum(DRILL_LENGTHS).optional(),
});
export type NewLibraryQuestion = z.infer<typeof NewLibraryQuestionSchema>;

export const QuestionPatchSchema = z.strictObject({
  text: line(500).optional(),
  /** The user's mode; null goes back to the deck's or the inferred one. */
  mode: z.enum(DECK_MODES).nullable().optional(),
  tags: tags.optional(),
  company: line(200).nullable().optional(),
  defaultLength: z.enum(DRILL_LENGTHS).optional(),
});
export type QuestionPatch = z.infer<typeof QuestionPatchSchema>;

export const StoryInputSchema = z.strictObject({
  title: line(500),
  notes: StoryNotesSchema.partial().optional(),
  keyNumbers: z.array(line(200)).max(20).optional(),
  mode: z.enum(DECK_MODES).optional(),
  questionIds: z.array(id).max(100).optional(),
});
export type StoryInput = z.infer<typeof StoryInputSchema>;
export const StoryPatchSchema = StoryInputSchema.partial();
export type StoryPatch = z.infer<typeof StoryPatchSchema>;

/** What the library adds to an attempt: its place in a thread and a session, and the user's note. */
export const AttemptLinkSchema = z.strictObject({
  attemptId: id,
  /** The answer this one follows up on (a twist answer); null for a first answer. */
  parentAttemptId: id.nullable(),
  twistId: z.string().nullable(),
  twistText: z.string().nullable(),
  sessionId: id.nullable(),
  storyId: id.nullable(),
  note: z.string().nullable(),
});
export type AttemptLink = z.infer<typeof AttemptLinkSchema>;

export const LinkAttemptSchema = z.strictObject({
  attemptId: id,
  parentAttemptId: id.optional(),
  twistId: z.string().max(100).optional(),
  twistText: line(500).optional(),
  sessionId: id.optional(),
  storyId: id.optional(),
});
export type LinkAttempt = z.infer<typeof LinkAttemptSchema>;

export const ChosenTwistSchema = z.strictObject({
  twistId: z.string(),
  text: z.string(),
  gap: z.enum(TWIST_GAPS),
  because: z.string(),
  /** The follow-up answer's window (30–60 s). */
  window: WindowSchema,
});
export type ChosenTwistView = z.infer<typeof ChosenTwistSchema>;

export const SESSION_KINDS = ['drill', 'mock'] as const;
export const SESSION_ORDER_NAMES = ['shuffled', 'weakest', 'due'] as const;

export const SessionOptionsSchema = z.strictObject({
  kind: z.enum(SESSION_KINDS),
  order: z.enum(SESSION_ORDER_NAMES),
  count: z.int().min(1).max(30),
  /** A chime at the end of the window. */
  chime: z.boolean(),
  /** Stop the recording at the length's hard cap. */
  autoStop: z.boolean(),
  /** Offer a twist after each answer. */
  twists: z.boolean(),
  /** A mock interview's overall budget, in minutes. */
  budgetMin: z.int().min(5).max(120).optional(),
  /** Only these questions (tags or ids picked in the library); absent → the whole active library. */
  questionIds: z.array(id).max(500).optional(),
});
export type SessionOptions = z.infer<typeof SessionOptionsSchema>;

export const SessionItemSchema = z.strictObject({
  questionId: id,
  text: z.string(),
  mode: z.enum(DECK_MODES),
  length: z.enum(DRILL_LENGTHS),
  window: WindowSchema,
  hardCapSec: z.number(),
});
export type SessionItem = z.infer<typeof SessionItemSchema>;

export const DrillSessionSchema = z.strictObject({
  id,
  options: SessionOptionsSchema,
  items: z.array(SessionItemSchema),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type DrillSession = z.infer<typeof DrillSessionSchema>;

const marks = z.strictObject({
  inWindow: z.boolean().nullable(),
  number: z.boolean().nullable(),
  result: z.boolean().nullable(),
  ownership: z.boolean().nullable(),
  reflection: z.boolean().nullable(),
});

export const SummaryAnswerSchema = z.strictObject({
  attemptId: id,
  questionId: id,
  text: z.string(),
  /** The twist this answers; null for a first answer. */
  twistText: z.string().nullable(),
  parentAttemptId: id.nullable(),
  durationSec: z.number().nullable(),
  window: WindowSchema,
  status: z.string(),
  marks,
  grade: z.number().nullable(),
});

export const SessionSummarySchema = z.strictObject({
  sessionId: id,
  kind: z.enum(SESSION_KINDS),
  answers: z.array(SummaryAnswerSchema),
  /** Minutes spoken, over all answers. */
  minutesSpoken: z.number(),
  /** A mock interview's budget and whether the run kept to it. */
  budgetMin: z.number().nullable(),
  withinBudget: z.boolean().nullable(),
  /** Items still to be scored (transcription pending). */
  pending: z.number(),
  /** What to drill next: the weakest answers first, each with the reason. */
  drillNext: z.array(z.strictObject({ questionId: id, text: z.string(), reason: z.string() })),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const ImportPreviewSchema = z.strictObject({
  format: z.enum(['json', 'markdown']),
  questionsAdded: z.array(z.string()),
  questionsSkipped: z.array(z.string()),
  followUpsAdded: z.number(),
  storiesAdded: z.array(z.string()),
  storiesSkipped: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

// A story's page: the story × length matrix and the compression check (computed in native/library/readiness.ts).

const STAR_SECTION_NAMES = ['situation', 'task', 'action', 'result', 'reflection'] as const;

/** The three marks of a matrix cell; null when a mark does not apply (no key number set, a mode without reflection). */
export const CellMarksSchema = z.strictObject({
  inWindow: z.boolean().nullable(),
  carriedNumber: z.boolean().nullable(),
  reflection: z.boolean().nullable(),
});
export type CellMarks = z.infer<typeof CellMarksSchema>;

export const MarkedAttemptSchema = z.strictObject({
  attemptId: id,
  startedAt: z.string(),
  grade: z.number(),
  marks: CellMarksSchema,
  green: z.boolean(),
});
export type MarkedAttempt = z.infer<typeof MarkedAttemptSchema>;

export const ReadinessCellSchema = z.strictObject({
  length: z.enum(DRILL_LENGTHS),
  attemptCount: z.number(),
  /** The highest-graded attempt (the latest of equals). */
  best: MarkedAttemptSchema.nullable(),
  latest: MarkedAttemptSchema.nullable(),
});
export type ReadinessCell = z.infer<typeof ReadinessCellSchema>;

export const ReadinessSchema = z.strictObject({
  cells: z.strictObject({ elevator: ReadinessCellSchema, full: ReadinessCellSchema, deep: ReadinessCellSchema }),
  /** Every length's latest attempt is green. */
  ready: z.boolean(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

export const CompressionCheckSchema = z.strictObject({
  /** The 30 s attempt compared, and the long one (the deep dive, or the full answer when no deep dive exists). */
  shortAttemptId: id,
  longAttemptId: id,
  longLength: z.enum(DRILL_LENGTHS),
  sections: z.array(z.strictObject({ name: z.enum(STAR_SECTION_NAMES), inShort: z.boolean(), inLong: z.boolean() })),
  /** The story's key numbers in each version (null: the key number holds no figure to check). */
  keyNumbers: z.array(z.strictObject({ keyNumber: z.string(), inShort: z.boolean().nullable(), inLong: z.boolean().nullable() })),
  /** STAR sections and key numbers still there in the 30 s version. */
  survives: z.strictObject({ sections: z.array(z.enum(STAR_SECTION_NAMES)), keyNumbers: z.array(z.string()) }),
  /** What only the long version has: sections, key numbers and any other figures said. */
  onlyLong: z.strictObject({
    sections: z.array(z.enum(STAR_SECTION_NAMES)),
    keyNumbers: z.array(z.string()),
    otherNumbers: z.array(z.string()),
  }),
});
export type CompressionCheck = z.infer<typeof CompressionCheckSchema>;

export const StoryPageSchema = z.strictObject({
  story: StorySchema,
  readiness: ReadinessSchema,
  compression: CompressionCheckSchema.nullable(),
});
export type StoryPage = z.infer<typeof StoryPageSchema>;

export const TwistAnswerSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('pending') }),
  z.strictObject({ state: z.literal('none') }),
  z.strictObject({ state: z.literal('ready'), twist: ChosenTwistSchema }),
]);
export type TwistAnswer = z.infer<typeof TwistAnswerSchema>;

/** "Did you say your number?": an attempt against the key numbers of each story linked to its question. */
export const AttemptNumbersSchema = z.array(
  z.strictObject({
    storyId: id,
    title: z.string(),
    /** Per key number: said (true/false), or null when it holds no figure to check ("p95"). */
    checks: z.array(z.strictObject({ keyNumber: z.string(), said: z.boolean().nullable() })),
  }),
);
export type AttemptNumbers = z.infer<typeof AttemptNumbersSchema>;
