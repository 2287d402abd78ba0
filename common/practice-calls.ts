// The practice library's calls, as entries for the contract's call table (common/contract.ts spreads them
// into CALLS): argument schemas and result schemas, in the contract's own shape.
import { z } from 'zod';
import { DRILL_LENGTHS } from './drill-lengths';
import {
  AttemptLinkSchema,
  AttemptNumbersSchema,
  DrillSessionSchema,
  ImportPreviewSchema,
  LibraryQuestionSchema,
  LibraryQuestionTreeSchema,
  LinkAttemptSchema,
  ListFilterSchema,
  NewLibraryQuestionSchema,
  QuestionPatchSchema,
  SessionOptionsSchema,
  SessionSummarySchema,
  StoryInputSchema,
  StoryPageSchema,
  StoryPatchSchema,
  StorySchema,
  TwistAnswerSchema,
  WindowSchema,
} from './practice';

const id = z.int().positive();
const deckFile = z.strictObject({
  fileName: z.string().min(1).max(260),
  /** A deck is text; 5 MB is far beyond any real one and bounds what one call can make main parse. */
  text: z.string().max(5_000_000),
});

function call<const A extends z.ZodTuple, const R extends z.ZodType>(args: A, result: R): { args: A; result: R } {
  return { args, result };
}

export const PRACTICE_CALLS = {
  /** Top-level library questions, each with its follow-ups; filtered by a search over text, tags, company and follow-ups. */
  listLibrary: call(z.tuple([ListFilterSchema]), z.array(LibraryQuestionTreeSchema)),
  createLibraryQuestion: call(z.tuple([NewLibraryQuestionSchema]), LibraryQuestionSchema),
  updateLibraryQuestion: call(z.tuple([z.strictObject({ id, patch: QuestionPatchSchema })]), LibraryQuestionSchema),
  /** Archiving hides a question and its follow-ups; its attempts stay. */
  archiveLibraryQuestion: call(z.tuple([z.strictObject({ id, archived: z.boolean() })]), LibraryQuestionSchema),
  /** Remembers the length picked for a question (and its custom window, if any). */
  rememberQuestionLength: call(
    z.tuple([z.strictObject({ questionId: id, length: z.enum(DRILL_LENGTHS), window: WindowSchema.nullable() })]),
    LibraryQuestionSchema,
  ),

  listStories: call(z.tuple([ListFilterSchema]), z.array(StorySchema)),
  createStory: call(z.tuple([StoryInputSchema]), StorySchema),
  updateStory: call(z.tuple([z.strictObject({ id, patch: StoryPatchSchema })]), StorySchema),
  archiveStory: call(z.tuple([z.strictObject({ id, archived: z.boolean() })]), StorySchema),
  /** A story with its length matrix and compression check. */
  getStoryPage: call(z.tuple([id]), StoryPageSchema),

  /** The follow-up for an answer, chosen from what it lacked; 'pending' until it is scored. */
  getTwist: call(
    z.tuple([z.strictObject({ attemptId: id, askedIds: z.array(z.string().max(100)).max(100).optional() })]),
    TwistAnswerSchema,
  ),
  /** Threads an attempt under the answer it follows up on, and/or puts it in a session. */
  linkAttempt: call(z.tuple([LinkAttemptSchema]), AttemptLinkSchema),
  /** The note on an attempt ("what I'd change"); empty removes it. */
  setAttemptNote: call(z.tuple([z.strictObject({ attemptId: id, note: z.string().max(5000) })]), AttemptLinkSchema),
  /** "Did you say your number?": a scored attempt against its stories' key numbers (empty until scored). */
  getAttemptNumbers: call(z.tuple([id]), AttemptNumbersSchema),
  /** Threads, sessions and notes of a question's attempts, oldest first. */
  listAttemptLinks: call(z.tuple([id]), z.array(AttemptLinkSchema)),

  startDrillSession: call(z.tuple([SessionOptionsSchema]), DrillSessionSchema),
  endDrillSession: call(z.tuple([id]), SessionSummarySchema),
  getSessionSummary: call(z.tuple([id]), SessionSummarySchema),

  /** What importing a deck would add; changes nothing. A bad file fails with 'import-invalid' naming the line. */
  previewDeckImport: call(z.tuple([deckFile]), ImportPreviewSchema),
  /** Imports a deck in one transaction; a bad file changes nothing. */
  importDeck: call(z.tuple([deckFile]), ImportPreviewSchema),
  exportDeck: call(
    z.tuple([z.strictObject({ format: z.enum(['json', 'markdown']) })]),
    z.strictObject({ fileName: z.string(), text: z.string() }),
  ),
};

type PracticeCallTable = typeof PRACTICE_CALLS;
export type PracticeCallName = keyof PracticeCallTable;
/** The practice calls as the renderer sees them (a part of the contract's VoicedrillApi). */
export type PracticeApi = {
  [K in PracticeCallName]: (...args: z.infer<PracticeCallTable[K]['args']>) => Promise<z.infer<PracticeCallTable[K]['result']>>;
};
