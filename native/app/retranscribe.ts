// Re-transcription as the user asks for it (issue 11, provenance): one attempt from replay, or many at once,
// with the model in use. Never automatic: a change of model leaves older numbers alone until the user asks.
// Each attempt is one job of the processing queue, queued only when the previous one is through, so a new
// recording made during a long run waits for one attempt at most. Progress goes out as
// `retranscribeProgress` events; a run can be cancelled, and the attempt then in hand keeps its old result.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { RetranscribePreview, RetranscribeProgress, RetranscribeScope } from '../../common/retranscribe';
import { AppError } from '../../common/errors';
import { SAMPLE_RATE } from '../audio/format';
import { decodeOggOpusAsync } from '../audio/decode-off-thread';
import { retranscribeAttempt } from '../pipeline/retranscribe-attempt';
import { previewOf, selectForRetranscribe, type RetranscribeCandidate } from '../pipeline/retranscribe-scope';
import type { Store } from '../store';
import type { Emit } from './events';
import { NO_LOG, type ErrorLog } from './error-log';
import { modelStatusOf } from './models';
import { modelUnusableSentence } from './pipeline';
import type { SettingsService } from './settings';
import { StretchProgress } from './stretch-progress';
import type { TranscriberHost } from './transcription';

/** What the attempt says after a crash cut its re-transcription short. */
export const INTERRUPTED_SENTENCE = 'Voicedrill closed before re-transcribing this attempt finished.';

export interface RetranscribeOptions {
  store: Store;
  settings: SettingsService;
  host: TranscriberHost;
  /** Runs one job in the processing queue (Pipeline.schedule), after the work already queued. */
  schedule: (job: () => Promise<void>) => Promise<void>;
  emit: Emit;
  log?: ErrorLog;
}

interface Run {
  id: string;
  model: string;
  modelPath: string;
  total: number;
  done: number;
  failed: number;
  abort: AbortController;
  finished: Promise<void>;
}

type RunCounts = Pick<RetranscribeProgress, 'runId' | 'state' | 'total' | 'done' | 'failed' | 'model'>;
type AttemptPart = Omit<RetranscribeProgress, keyof RunCounts>;

/** The sentence a failed re-transcription keeps: an AppError's own, else a plain one (the detail goes to the log). */
function failureSentence(error: unknown): string {
  const reason = error instanceof AppError && error.code !== 'internal' ? error.message : 'Transcription stopped unexpectedly.';
  return `${reason} The earlier transcript and scores are kept.`;
}

export class RetranscribeService {
  private readonly runs = new Map<string, Run>();
  private readonly log: ErrorLog;

  constructor(private readonly options: RetranscribeOptions) {
    this.log = options.log ?? NO_LOG;
  }

  /** At launch: a re-transcription a crash cut short says so, on its attempt and once in a notice. */
  recoverInterrupted(): number {
    const cut = this.options.store.failInterruptedRetranscriptions(`${INTERRUPTED_SENTENCE} The earlier transcript is kept.`);
    if (cut > 0) {
      const which = cut === 1 ? '1 attempt' : `${cut} attempts`;
      this.options.emit('notice', {
        level: 'info',
        message: `Voicedrill closed while re-transcribing: ${which} kept ${cut === 1 ? 'its' : 'their'} earlier transcript. Re-transcribe ${cut === 1 ? 'it' : 'them'} again when you like.`,
      });
    }
    return cut;
  }

  preview(scope: RetranscribeScope): RetranscribePreview {
    const model = this.activeModelName();
    return previewOf(this.select(scope, model), model);
  }

  /** Starts a run over the scope; refused when no usable model is chosen or nothing in the scope can be re-transcribed. */
  async start(scope: RetranscribeScope): Promise<{ runId: string; total: number }> {
    const status = await modelStatusOf(this.options.settings.get().modelPath);
    if (status.state !== 'ready')
      throw new AppError(status.state === 'missing' ? 'model-missing' : 'model-invalid', modelUnusableSentence(status));
    const { candidates, skipped } = this.select(scope, status.name);
    if (candidates.length === 0) throw new AppError('invalid-argument', nothingToDo(scope, skipped));
    this.options.store.markRetranscribing(
      candidates.map((candidate) => candidate.id),
      status.name,
    );
    const run: Run = {
      id: randomUUID(),
      model: status.name,
      modelPath: status.path,
      total: candidates.length,
      done: 0,
      failed: 0,
      abort: new AbortController(),
      finished: Promise.resolve(),
    };
    this.runs.set(run.id, run);
    this.emit(run, 'running', { attemptId: null, questionId: null, stage: null });
    for (const candidate of candidates) this.emit(run, 'running', attemptPart(candidate, 'queued'));
    run.finished = this.process(run, candidates).finally(() => this.runs.delete(run.id));
    return { runId: run.id, total: run.total };
  }

  /** Stops a run. Unknown ids (a run already over) are ignored: the user's intent is met either way. */
  cancel(runId: string): void {
    this.runs.get(runId)?.abort.abort();
  }

  /** At close: every run stops; the attempts keep what they have. */
  cancelAll(): void {
    for (const run of this.runs.values()) run.abort.abort();
  }

  /** Forgets a failed re-transcription's notice; a pending one is left to its run. */
  dismissFailure(attemptId: number): void {
    const attempt = this.options.store.getAttempt(attemptId);
    if (!attempt) throw new AppError('not-found', `attempt ${attemptId} does not exist (it may have been deleted)`);
    if (attempt.retranscription?.state === 'failed') this.options.store.clearRetranscription(attemptId);
  }

  /** Waits for every run to end. */
  async idle(): Promise<void> {
    await Promise.all([...this.runs.values()].map((run) => run.finished));
  }

  private activeModelName(): string | null {
    const modelPath = this.options.settings.get().modelPath;
    return modelPath === null ? null : path.basename(modelPath);
  }

  private select(scope: RetranscribeScope, model: string | null) {
    return this.options.store.read((db) => selectForRetranscribe(db, scope, model));
  }

  private async process(run: Run, candidates: RetranscribeCandidate[]): Promise<void> {
    for (const candidate of candidates) {
      // One queue job per attempt: recordings stopped meanwhile go in between.
      await this.options.schedule(() => this.processOne(run, candidate));
    }
    this.emit(run, run.abort.signal.aborted ? 'cancelled' : 'finished', { attemptId: null, questionId: null, stage: null });
  }

  private async processOne(run: Run, candidate: RetranscribeCandidate): Promise<void> {
    const { store, settings, host } = this.options;
    const send = (part: AttemptPart): void => this.emit(run, 'running', part);
    if (run.abort.signal.aborted) {
      this.settle(run, candidate, 'cancelled');
      return;
    }
    const progress = new StretchProgress();
    progress.onChange = () => send({ ...attemptPart(candidate, 'transcribing'), ...progress.counts() });
    try {
      send(attemptPart(candidate, 'transcribing'));
      const outcome = await retranscribeAttempt(candidate.id, {
        store,
        transcriber: host.forModel(run.modelPath),
        model: run.model,
        fillerWords: settings.get().fillerWords,
        decode: decodeOggOpusAsync,
        onSamples: (samples) => {
          progress.push(samples, SAMPLE_RATE);
          progress.finish();
          send({ ...attemptPart(candidate, 'transcribing'), ...progress.counts() });
        },
        onStretch: (report) => progress.record(report),
        onScoring: () => send(attemptPart(candidate, 'scoring')),
        signal: run.abort.signal,
      });
      this.settle(run, candidate, outcome === 'done' ? 'done' : 'cancelled');
    } catch (error) {
      this.log.error(error, `re-transcribing attempt ${candidate.id}`);
      const message = failureSentence(error);
      if (store.getAttempt(candidate.id)) store.failRetranscription(candidate.id, message);
      run.failed += 1;
      run.done += 1;
      send({ ...attemptPart(candidate, 'failed'), message });
    }
  }

  /** An attempt is through: stored, or left as it was (its pending mark dropped, so it can be asked for again). */
  private settle(run: Run, candidate: RetranscribeCandidate, stage: 'done' | 'cancelled'): void {
    const { store } = this.options;
    if (stage === 'cancelled' && store.getAttempt(candidate.id)) store.clearRetranscription(candidate.id);
    run.done += 1;
    this.emit(run, 'running', attemptPart(candidate, stage));
  }

  private emit(run: Run, state: RetranscribeProgress['state'], part: AttemptPart): void {
    const counts: RunCounts = { runId: run.id, state, total: run.total, done: run.done, failed: run.failed, model: run.model };
    this.options.emit('retranscribeProgress', { ...counts, ...part });
  }
}

function attemptPart(candidate: RetranscribeCandidate, stage: NonNullable<RetranscribeProgress['stage']>): AttemptPart {
  return { attemptId: candidate.id, questionId: candidate.questionId, stage };
}

function nothingToDo(scope: RetranscribeScope, skipped: number): string {
  if (scope.kind === 'attempts' && scope.attemptIds.length === 1)
    return 'This attempt cannot be re-transcribed now: it is not scored yet, its recording is not kept, or it is being re-transcribed already.';
  if (skipped > 0)
    return `None of these ${skipped} attempts can be re-transcribed now (not scored yet, without a recording, or queued already).`;
  return scope.kind === 'attempts' || scope.kind === 'question'
    ? 'There are no scored attempts to re-transcribe here.'
    : 'Every attempt was transcribed with the model in use: there is nothing to re-transcribe.';
}
