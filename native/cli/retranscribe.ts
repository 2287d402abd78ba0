// `voicedrill retranscribe`: stored attempts transcribed again with a model the user picks, through the same
// per-attempt steps as the app (retranscribe-attempt.ts), one progress line per step. Ctrl-C stops cleanly:
// the attempt in hand and the ones not started keep their old transcript and scores.
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { SAMPLE_RATE } from '../audio/format';
import type { RetranscribeScope } from '../../common/retranscribe';
import { retranscribeAttempt } from '../pipeline/retranscribe-attempt';
import { selectForRetranscribe } from '../pipeline/retranscribe-scope';
import type { Store } from '../store/store';
import type { StretchTranscriber } from '../transcriber/streaming';
import { UsageError } from './args';
import { resolveQuestion } from './progress-commands';
import type { QuestionRef } from './progress-args';

export const RETRANSCRIBE_USAGE = `       voicedrill retranscribe (<ATTEMPT-ID…> | --question TEXT | --question-id N | --all-other-models) [--model NAME|PATH]

  retranscribe  transcribes stored attempts again with the model (default: the one chosen in the app) and
                scores them; each keeps its old transcript until the new one is stored, and a correction
                you made is kept, re-timed to the new words. --question takes that question's attempts made
                with another model, --all-other-models every such attempt; Ctrl-C stops at once and the
                attempt in hand keeps its old result`;

/** Which attempts (a question by text or id is resolved against the library later), and the model flag. */
export interface RetranscribeCommand {
  target: { kind: 'attempts'; attemptIds: number[] } | { kind: 'question'; question: QuestionRef } | { kind: 'otherModels' };
  model: string | null;
}

export function parseRetranscribeCommand(args: string[]): RetranscribeCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        question: { type: 'string' },
        'question-id': { type: 'string' },
        'all-other-models': { type: 'boolean' },
        model: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  const chosen = [
    positionals.length > 0,
    values.question !== undefined,
    values['question-id'] !== undefined,
    values['all-other-models'] === true,
  ].filter(Boolean).length;
  if (chosen !== 1)
    throw new UsageError('retranscribe needs exactly one of: attempt ids, --question TEXT, --question-id N, --all-other-models');
  const model = values.model ?? null;
  if (values['all-other-models']) return { target: { kind: 'otherModels' }, model };
  if (values.question !== undefined) {
    if (values.question.trim() === '') throw new UsageError('--question must not be empty');
    return { target: { kind: 'question', question: { text: values.question } }, model };
  }
  if (values['question-id'] !== undefined)
    return { target: { kind: 'question', question: { id: wholeNumber(values['question-id'], '--question-id') } }, model };
  return { target: { kind: 'attempts', attemptIds: positionals.map((id) => wholeNumber(id, 'an attempt id')) }, model };
}

function wholeNumber(value: string, what: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || !Number.isSafeInteger(n))
    throw new UsageError(`${what} must be a whole number from 1, got '${value}'`);
  return n;
}

export function scopeOf(db: Database.Database, target: RetranscribeCommand['target']): RetranscribeScope {
  // By question, the attempts this model made already are left alone; name them to transcribe them again.
  if (target.kind === 'question')
    return { kind: 'question', questionId: resolveQuestion(db, target.question).id, otherModelsOnly: true };
  return target;
}

export interface RetranscribeCliContext {
  store: Store;
  transcriber: StretchTranscriber;
  /** The model's file name, stored with each attempt. */
  model: string;
  fillerWords: string[];
  decode: (bytes: Uint8Array) => Promise<Float32Array>;
  /** Aborted by Ctrl-C. */
  signal: AbortSignal;
  progress(line: string, final: boolean): void;
}

export interface RetranscribeCliResult {
  model: string;
  retranscribed: number[];
  failed: { attemptId: number; error: string }[];
  /** Attempts in the scope that could not be re-transcribed (not scored, no recording, queued in the app). */
  skipped: number;
  /** Left as they were by Ctrl-C. */
  cancelled: number[];
}

export async function runRetranscribe(scope: RetranscribeScope, context: RetranscribeCliContext): Promise<RetranscribeCliResult> {
  const { store, model, signal } = context;
  const { candidates, skipped } = store.read((db) => selectForRetranscribe(db, scope, model));
  const result: RetranscribeCliResult = { model, retranscribed: [], failed: [], skipped, cancelled: [] };
  if (candidates.length === 0) {
    throw new AppError(
      'invalid-argument',
      skipped > 0
        ? `none of these ${skipped} attempts can be re-transcribed (not scored yet, without a recording, or queued in the app)`
        : `there is nothing to re-transcribe: no scored attempt here was made with a model other than ${model}`,
    );
  }
  store.markRetranscribing(
    candidates.map((candidate) => candidate.id),
    model,
  );
  for (const [index, candidate] of candidates.entries()) {
    const name = `[${index + 1}/${candidates.length}] attempt ${candidate.id}`;
    if (signal.aborted) {
      store.clearRetranscription(candidate.id);
      result.cancelled.push(candidate.id);
      continue;
    }
    try {
      let audioSec = 0;
      let doneSec = 0;
      context.progress(`${name}: transcribing 0 %`, false);
      const outcome = await retranscribeAttempt(candidate.id, {
        store,
        transcriber: context.transcriber,
        model,
        fillerWords: context.fillerWords,
        decode: context.decode,
        onSamples: (samples) => (audioSec = samples.length / SAMPLE_RATE),
        onStretch: (stretch) => {
          doneSec = Math.max(doneSec, stretch.end);
          context.progress(`${name}: transcribing ${Math.round((doneSec / Math.max(audioSec, 1e-9)) * 100)} %`, false);
        },
        onScoring: () => context.progress(`${name}: scoring`, false),
        signal,
      });
      if (outcome === 'done') {
        result.retranscribed.push(candidate.id);
        context.progress(`${name}: done (${candidate.model ?? 'unknown model'} → ${model})`, true);
      } else {
        store.clearRetranscription(candidate.id);
        result.cancelled.push(candidate.id);
        context.progress(`${name}: ${outcome === 'gone' ? 'deleted meanwhile' : 'cancelled, old transcript kept'}`, true);
      }
    } catch (error) {
      const message =
        error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      store.failRetranscription(candidate.id, `${message}. The earlier transcript and scores are kept.`);
      result.failed.push({ attemptId: candidate.id, error: message });
      context.progress(`${name}: failed: ${message}`, true);
    }
  }
  return result;
}
