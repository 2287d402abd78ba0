// Re-transcribing stored attempts with the model in use now (issue 11, provenance): which attempts a request
// covers, what the user is shown before confirming, and the progress of a run. The contract spreads
// RETRANSCRIBE_CALLS into its call table and RETRANSCRIBE_EVENTS into its events.
import { z } from 'zod';

const id = z.int().positive();
const count = z.int().nonnegative();

/** The most attempts one request may name: far beyond any library, a bound on what one call can ask. */
export const MAX_NAMED_ATTEMPTS = 10_000;

/**
 * Which attempts to re-transcribe. Only scored attempts with their recording are covered: one that failed or
 * was never transcribed is the Retry's business.
 * - attempts: the ones named (one attempt from replay, several from the CLI);
 * - question: every attempt of one question or story; `otherModelsOnly` skips those the model in use made;
 * - otherModels: every attempt made with a model other than the one in use (or an unknown one).
 */
export const RetranscribeScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('attempts'), attemptIds: z.array(id).min(1).max(MAX_NAMED_ATTEMPTS) }),
  z.strictObject({ kind: z.literal('question'), questionId: id, otherModelsOnly: z.boolean() }),
  z.strictObject({ kind: z.literal('otherModels') }),
]);
export type RetranscribeScope = z.infer<typeof RetranscribeScopeSchema>;

/** What a request would do, for the confirmation: "12 attempts were transcribed with base.en…". */
export interface RetranscribePreview {
  /** Attempts that would be re-transcribed. */
  total: number;
  /** Of those, how many each model made (null: a model not recorded), most first. */
  byModel: { model: string | null; count: number }[];
  /** Of those, how many carry the user's correction (kept, and re-timed to the new words). */
  corrected: number;
  /** Attempts in the scope left out: not scored yet, without their recording, or being re-transcribed already. */
  skipped: number;
  /** The model in use, that would transcribe them; null when none is chosen. */
  model: string | null;
}

/** Where one attempt of a run stands. */
export const RETRANSCRIBE_STAGES = ['queued', 'transcribing', 'scoring', 'done', 'failed', 'cancelled'] as const;
export type RetranscribeStage = (typeof RETRANSCRIBE_STAGES)[number];

/** A re-transcription that did not complete, kept with the attempt until the user retries or dismisses it. */
export interface RetranscriptionState {
  /** pending: queued or running now; failed: it stopped (a failure, or the app closed) and the old result stayed. */
  state: 'pending' | 'failed';
  /** The model it was (or is) made with. */
  model: string;
  /** Why it failed, for the user; null while pending. */
  error: string | null;
}

export const RetranscribeProgressSchema = z.strictObject({
  runId: z.string().max(64),
  state: z.enum(['running', 'finished', 'cancelled']),
  /** Attempts in the run, and how many are through (re-transcribed, failed or skipped at cancel). */
  total: count,
  done: count,
  failed: count,
  /** The model the run uses. */
  model: z.string(),
  /** The attempt this event is about; null for an event about the run alone (its start and end). */
  attemptId: id.nullable(),
  questionId: id.nullable(),
  stage: z.enum(RETRANSCRIBE_STAGES).nullable(),
  message: z.string().optional(),
  stretchesDone: count.optional(),
  stretchesTotal: count.optional(),
  etaSec: z.number().nonnegative().optional(),
});
export type RetranscribeProgress = z.infer<typeof RetranscribeProgressSchema>;

function call<const A extends z.ZodTuple, const R extends z.ZodType>(args: A, result: R): { args: A; result: R } {
  return { args, result };
}

export const RETRANSCRIBE_CALLS = {
  /** What re-transcribing a scope would do: how many attempts, made with which models, how many corrected. */
  retranscribePreview: call(z.tuple([RetranscribeScopeSchema]), z.custom<RetranscribePreview>()),
  /**
   * Re-transcribes the scope with the model in use, through the processing queue; progress arrives as
   * `retranscribeProgress` events. Each attempt keeps its transcript and scores until the new ones are stored.
   */
  retranscribe: call(z.tuple([RetranscribeScopeSchema]), z.strictObject({ runId: z.string(), total: count })),
  /** Stops a run: the attempt being transcribed keeps its old result, and the ones not started are left as they are. */
  cancelRetranscribe: call(z.tuple([z.string().min(1).max(64)]), z.void()),
  /** Forgets a failed re-transcription's notice; the attempt keeps the result it has. */
  dismissRetranscribeFailure: call(z.tuple([id]), z.void()),
};

export const RETRANSCRIBE_EVENTS = {
  /** A re-transcription run: its counts, and the attempt that just moved on. */
  retranscribeProgress: RetranscribeProgressSchema,
};
