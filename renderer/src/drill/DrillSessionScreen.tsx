// A drill session or mock interview in progress: for each item a 3-second countdown, the answer (with a
// chime at the window's end and a stop at the hard cap when asked for), then the twist, threaded under
// the answer; after the last item, the session summary.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { DrillSession, SessionSummary } from '../../../common/practice';
import { formatClock, formatWindow } from '../format/time';
import { practiceApi, practiceKeys } from '../library/practiceApi';
import { RecordingTimer } from '../recorder/RecordingTimer';
import { useRecorder } from '../recorder/useRecorder';
import type { RecorderOutcome } from '../recorder/recordingController';
import { playChime } from './chime';
import { SessionSummaryView } from './SessionSummaryView';
import { currentWindow, drillReducer, recordingCue, startDrill, type DrillState } from './sessionMachine';
import { TwistOffer } from './TwistOffer';
import '../library/library.css';

interface DrillSessionScreenProps {
  session: DrillSession;
  deviceId: string;
  onClose: () => void;
  onDrillAgain: (questionIds: number[]) => void;
}

function useTwist(state: DrillState) {
  const attemptId = state.phase.kind === 'awaiting-twist' ? state.phase.attemptId : null;
  return useQuery({
    queryKey: practiceKeys.twist(attemptId ?? 0),
    queryFn: () => practiceApi().getTwist({ attemptId: attemptId! }),
    enabled: attemptId !== null,
    // Scoring takes a few seconds; ask again until the answer is scored.
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? 750 : false),
  });
}

export function DrillSessionScreen({ session, deviceId, onClose, onDrillAgain }: DrillSessionScreenProps) {
  const [state, dispatch] = useReducer(drillReducer, session, (value) => startDrill(value.items, value.options.twists));
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<SessionSummary | null>(null);
  const client = useQueryClient();
  const latest = useRef(state);
  latest.current = state;

  const onOutcome = useCallback(
    (outcome: RecorderOutcome) => {
      const phase = latest.current.phase;
      if (outcome.kind !== 'stopped' && outcome.kind !== 'cut-short') {
        if (outcome.kind === 'failed') setError(outcome.message);
        dispatch({ type: 'retry' });
        return;
      }
      const target = phase.kind === 'recording' ? phase.target : null;
      practiceApi()
        .linkAttempt({
          attemptId: outcome.attemptId,
          sessionId: session.id,
          ...(target?.kind === 'twist'
            ? { parentAttemptId: target.parentAttemptId, twistId: target.twist.twistId, twistText: target.twist.text }
            : {}),
        })
        .then(() => dispatch({ type: 'recorded', attemptId: outcome.attemptId }))
        .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
    },
    [session.id],
  );
  const recorder = useRecorder(deviceId, onOutcome);
  // A mock interview runs against its overall budget: a clock from the start of the run.
  const mock = session.options.kind === 'mock';
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const running = state.phase.kind !== 'done';
  useEffect(() => {
    if (!mock || !running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [mock, running]);
  const budgetSec = (session.options.budgetMin ?? 0) * 60;
  const spentSec = (now - startedAt) / 1000;
  const limits = currentWindow(state);
  const item = state.items[state.index];

  // The countdown: one tick a second.
  useEffect(() => {
    if (state.phase.kind !== 'countdown') return;
    const timer = setTimeout(() => dispatch({ type: 'tick' }), 1000);
    return () => clearTimeout(timer);
  }, [state.phase]);

  // Recording starts when the countdown ends: once per recording phase (each is a new object).
  const recording = state.phase.kind === 'recording';
  const startRecording = recorder.start;
  const startedFor = useRef<DrillState['phase'] | null>(null);
  useEffect(() => {
    if (state.phase.kind !== 'recording' || startedFor.current === state.phase || item === undefined || limits === null) return;
    startedFor.current = state.phase;
    startRecording(item.questionId, limits.window);
  }, [state.phase, item, limits, startRecording]);

  // Chime at the window's end, stop at the hard cap.
  const previous = useRef(0);
  const elapsed = recorder.snapshot.elapsedSec;
  const stopRecording = recorder.stop;
  useEffect(() => {
    const before = previous.current;
    previous.current = elapsed;
    if (!recording || limits === null) return;
    const cue = recordingCue(before, elapsed, limits, session.options);
    if (cue === 'chime') playChime();
    if (cue === 'stop') stopRecording();
  }, [elapsed, recording, limits, session.options, stopRecording]);

  const twist = useTwist(state);
  useEffect(() => {
    const answer = twist.data;
    if (state.phase.kind !== 'awaiting-twist' || answer === undefined || answer.state === 'pending') return;
    dispatch({ type: 'twist', twist: answer.state === 'ready' ? answer.twist : null });
  }, [twist.data, state.phase.kind]);

  // The summary, fetched again while answers are still being scored.
  const done = state.phase.kind === 'done';
  useEffect(() => {
    if (!done) return;
    let live = true;
    const load = (first: boolean): void => {
      (first ? practiceApi().endDrillSession(session.id) : practiceApi().getSessionSummary(session.id))
        .then((value) => {
          if (!live) return;
          setSummary(value);
          void client.invalidateQueries({ queryKey: practiceKeys.all });
          if (value.pending > 0) setTimeout(() => load(false), 1000);
        })
        .catch((failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)));
    };
    load(true);
    return () => {
      live = false;
    };
  }, [done, session.id, client]);

  if (done) {
    return summary ? (
      <SessionSummaryView summary={summary} onClose={onClose} onDrillAgain={onDrillAgain} />
    ) : (
      <p className="muted">Adding it up…</p>
    );
  }
  const phase = state.phase;
  const twistTarget =
    (phase.kind === 'countdown' || phase.kind === 'recording') && phase.target.kind === 'twist' ? phase.target.twist : null;
  return (
    <section
      className="drill-session"
      data-testid="drill-session"
      data-phase={phase.kind}
      data-countdowns={state.countdowns}
      aria-label={session.options.kind === 'mock' ? 'Mock interview' : 'Drill session'}
    >
      <header className="question-header">
        <p className="muted small" data-testid="drill-progress">
          {session.options.kind === 'mock' ? 'Mock interview' : 'Drill'} · question {state.index + 1} of {state.items.length}
        </p>
        {mock ? (
          <p
            className={spentSec > budgetSec ? 'warn-text small' : 'muted small'}
            data-testid="mock-clock"
            role="timer"
            aria-label={`${formatClock(spentSec)} of a ${formatClock(budgetSec)} budget`}
          >
            {formatClock(spentSec)} of {formatClock(budgetSec)}
            {spentSec > budgetSec ? ' — over budget: keep the answers short' : ''}
          </p>
        ) : null}
        <h1 className="question-text" data-testid="drill-question">
          {twistTarget ? twistTarget.text : item?.text}
        </h1>
        {twistTarget ? <p className="muted small">Follow-up to: {item?.text}</p> : null}
        {limits ? <p className="muted small">Aim for {formatWindow(limits.window.minSec, limits.window.maxSec)}</p> : null}
      </header>
      {phase.kind === 'countdown' ? (
        <p className="countdown" data-testid="countdown" role="timer" aria-live="assertive">
          {phase.remaining}
        </p>
      ) : null}
      {phase.kind === 'recording' && limits ? (
        <div className="drill-recording">
          <RecordingTimer elapsedSec={elapsed} target={limits.window} active={recorder.snapshot.phase === 'recording'} />
          <button
            type="button"
            className="button button-primary"
            data-testid="drill-stop"
            onClick={recorder.stop}
            disabled={recorder.snapshot.phase !== 'recording'}
          >
            Stop · {formatClock(elapsed)}
          </button>
        </div>
      ) : null}
      {phase.kind === 'awaiting-twist' ? (
        <div className="drill-waiting" data-testid="awaiting-twist">
          <p className="muted">Listening back to find the follow-up…</p>
          <button type="button" className="button button-ghost" onClick={() => dispatch({ type: 'skip-twist' })}>
            Skip the follow-up
          </button>
        </div>
      ) : null}
      {phase.kind === 'twist-offered' ? (
        <TwistOffer
          twist={phase.twist}
          onAnswer={() => dispatch({ type: 'accept-twist' })}
          onSkip={() => dispatch({ type: 'skip-twist' })}
        />
      ) : null}
      {recorder.mic.status === 'error' ? (
        <p className="inline-error" role="alert">
          {recorder.mic.problem.message}
        </p>
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row-end">
        <button
          type="button"
          className="button button-ghost"
          data-testid="drill-finish"
          onClick={() => dispatch({ type: 'finish' })}
          disabled={phase.kind === 'recording'}
        >
          End the session
        </button>
      </div>
    </section>
  );
}
