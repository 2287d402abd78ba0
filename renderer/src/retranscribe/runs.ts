// The re-transcription runs main reports on, folded from its events: each run's counts and, per attempt, where
// it stands. Plain TypeScript (no React) so the folding and the sentences are tested under Node.
import type { RetranscribePreview, RetranscribeProgress, RetranscribeStage } from '../../../common/retranscribe';

export interface RunView {
  runId: string;
  state: RetranscribeProgress['state'];
  total: number;
  done: number;
  failed: number;
  model: string;
  /** The attempt being transcribed or scored now, with its stretch counts. */
  current: RetranscribeProgress | null;
  /** The latest stage of each attempt of the run. */
  stages: ReadonlyMap<number, RetranscribeStage>;
}

export type Runs = ReadonlyMap<string, RunView>;

const BUSY: readonly RetranscribeStage[] = ['transcribing', 'scoring'];

/** The runs after one more event (a new map; the old one is left as it was). */
export function applyProgress(runs: Runs, event: RetranscribeProgress): Runs {
  const previous = runs.get(event.runId);
  const stages = new Map(previous?.stages ?? []);
  if (event.attemptId !== null && event.stage !== null) stages.set(event.attemptId, event.stage);
  const next = new Map(runs);
  next.set(event.runId, {
    runId: event.runId,
    state: event.state,
    total: event.total,
    done: event.done,
    failed: event.failed,
    model: event.model,
    current: currentAfter(previous?.current ?? null, event),
    stages,
  });
  return next;
}

/** The attempt in hand: the one this event shows busy; none once it is through or the run starts or ends. */
function currentAfter(current: RetranscribeProgress | null, event: RetranscribeProgress): RetranscribeProgress | null {
  if (event.stage === null) return null;
  if (BUSY.includes(event.stage)) return event;
  return current?.attemptId === event.attemptId ? null : current;
}

/** The running run that holds this attempt, and where the attempt stands in it. */
export function attemptInRuns(
  runs: Runs,
  attemptId: number,
): { run: RunView; stage: RetranscribeStage; current: RetranscribeProgress | null } | null {
  for (const run of runs.values()) {
    const stage = run.stages.get(attemptId);
    if (run.state === 'running' && stage !== undefined && (stage === 'queued' || BUSY.includes(stage)))
      return { run, stage, current: run.current?.attemptId === attemptId ? run.current : null };
  }
  return null;
}

/** A run of several attempts still going, if any (the bulk control shows one at a time). */
export function activeBulkRun(runs: Runs): RunView | null {
  return [...runs.values()].find((run) => run.state === 'running' && run.total > 1) ?? null;
}

function attempts(n: number): string {
  return `${n} attempt${n === 1 ? '' : 's'}`;
}

function modelName(model: string | null): string {
  return model ?? 'an unrecorded model';
}

/** "12 attempts were transcribed with base.en and 3 with tiny.en." */
export function previewSentence(preview: RetranscribePreview): string {
  const [first, ...rest] = preview.byModel;
  if (!first) return 'Every attempt was transcribed with the model in use.';
  const others = rest.map((entry) => `${entry.count} with ${modelName(entry.model)}`);
  const verb = first.count === 1 ? 'was' : 'were';
  return `${attempts(first.count)} ${verb} transcribed with ${[modelName(first.model), ...others].join(', ').replace(/, ([^,]*)$/, ' and $1')}.`;
}

/** What the user is told about their corrections before confirming. */
export function correctionSentence(corrected: number): string | null {
  if (corrected === 0) return null;
  return `${corrected === 1 ? 'One of them has' : `${corrected} of them have`} your corrected transcript: it is kept, re-timed to the new words, and stays what is scored.`;
}

/** The outcome of a run that ended: "Re-transcribed 10 of 12; 2 failed and kept their earlier results." */
export function runSummary(run: RunView): string {
  const succeeded = run.done - run.failed - (run.state === 'cancelled' ? cancelledCount(run) : 0);
  const parts = [`Re-transcribed ${succeeded} of ${attempts(run.total)} with ${run.model}.`];
  if (run.failed > 0)
    parts.push(`${attempts(run.failed)} failed and kept ${run.failed === 1 ? 'its' : 'their'} earlier results.`);
  const left = cancelledCount(run);
  if (run.state === 'cancelled')
    parts.push(`Cancelled: ${attempts(left)} ${left === 1 ? 'was left as it was' : 'were left as they were'}.`);
  return parts.join(' ');
}

function cancelledCount(run: RunView): number {
  return [...run.stages.values()].filter((stage) => stage === 'cancelled').length;
}
