// The recording card: microphone and target pickers, the live level, the record button and the timer.
// Space starts and stops, Esc discards (with an Undo while the take is kept for UNDO_MS).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TargetWindow } from '../../../common/contract';
import { formatClock } from '../format/time';
import { useShortcut, useSingleKeyShortcuts } from '../keyboard/useShortcut';
import { Kbd } from '../ui/Kbd';
import { DeviceSelect } from './DeviceSelect';
import { LevelMeter } from './LevelMeter';
import { LiveView } from './LiveView';
import type { RecorderOutcome } from './recordingController';
import { RecordingTimer } from './RecordingTimer';
import { drillLengthFor } from '../../../common/drill-lengths';
import { LengthPicker } from '../drill/LengthPicker';
import { useInputDevices } from './useInputDevices';
import { useRecorder } from './useRecorder';

interface RecorderProps {
  questionId: number;
  target: TargetWindow;
  onTargetChange: (target: TargetWindow) => void;
  savedDeviceId: string | null;
  onDeviceChange: (deviceId: string | null) => void;
  onRecorded: (attemptId: number, questionId: number) => void;
  onActiveChange: (active: boolean) => void;
  /** Show the words, fillers and pace while recording, and chime at the end of the window. */
  liveView: boolean;
}

const NOTE_MS = 3000;

export function Recorder(props: RecorderProps) {
  const { questionId, target, onTargetChange, savedDeviceId, onDeviceChange, onRecorded, onActiveChange } = props;
  const [deviceId, setDeviceId] = useState(savedDeviceId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [undoable, setUndoable] = useState(false);
  const spaceRecords = useSingleKeyShortcuts();
  const undoableRef = useRef(undoable);
  useEffect(() => {
    undoableRef.current = undoable;
  });

  const handleOutcome = useCallback(
    (outcome: RecorderOutcome) => {
      setUndoable(outcome.kind === 'discard-pending');
      switch (outcome.kind) {
        case 'stopped':
          setNote(null);
          onRecorded(outcome.attemptId, outcome.questionId);
          return;
        case 'cut-short':
          setError(
            `Recording stopped early — ${outcome.reason.replace(/\.$/, '')}. The first ${formatClock(outcome.keptSec)} were saved.`,
          );
          onRecorded(outcome.attemptId, outcome.questionId);
          return;
        case 'discard-pending':
          setNote(`Recording discarded. Undo within ${Math.round(outcome.undoMs / 1000)} seconds to keep it.`);
          return;
        case 'discarded':
          setNote('Recording discarded');
          return;
        case 'too-short':
          setError(
            `Not saved: the take lasted ${outcome.sec.toFixed(1)} s, and a take must last at least ${outcome.minSec} second. Press Record and answer for longer.`,
          );
          return;
        case 'failed':
          setError(outcome.message);
          return;
      }
    },
    [onRecorded],
  );

  const recorder = useRecorder(deviceId, handleOutcome);
  const { mic, snapshot } = recorder;
  const devices = useInputDevices(mic.status);
  const phase = snapshot.phase;
  const active = phase !== 'idle';
  const micReady = mic.status === 'open';

  useEffect(() => onActiveChange(active), [active, onActiveChange]);

  // The timer keeps showing the last answer's length, but only for the question it belongs to.
  const { clearElapsed } = recorder;
  // A note with Undo stays: the discarded take can still be kept from another question.
  useEffect(() => {
    clearElapsed();
    setError(null);
    setNote((current) => (undoableRef.current ? current : null));
  }, [questionId, clearElapsed]);

  useEffect(() => {
    if (!note || undoable) return;
    const timer = window.setTimeout(() => setNote(null), NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [note, undoable]);

  const toggle = (): void => {
    if (phase === 'idle') {
      if (!micReady) return;
      setError(null);
      setNote(null);
      recorder.start(questionId, target);
    } else if (phase === 'starting' || phase === 'recording') {
      recorder.stop();
    }
  };

  useShortcut('toggle-recording', toggle, micReady || active);
  useShortcut('discard-recording', recorder.discard, phase === 'starting' || phase === 'recording');

  const chooseDevice = (id: string): void => {
    setDeviceId(id);
    onDeviceChange(id === '' ? null : id);
  };

  return (
    <section className="card recorder" aria-label="Recorder" data-phase={phase}>
      <div className="recorder-controls">
        <DeviceSelect
          options={devices}
          value={mic.status === 'open' ? mic.deviceId : deviceId}
          onChange={chooseDevice}
          disabled={active}
        />
        <LengthPicker
          length={drillLengthFor(target)}
          window={target}
          onChange={(_length, window) => onTargetChange(window)}
          disabled={active}
        />
      </div>

      <LevelMeter store={recorder.level} active={micReady} />
      {mic.status === 'open' && mic.fallback ? (
        <p className="muted small">The saved microphone isn’t connected; using the system default.</p>
      ) : null}
      {mic.status === 'error' ? (
        <div className="inline-error" role="alert" data-testid="mic-error" data-kind={mic.problem.kind}>
          <span>{mic.problem.message}</span>
          <button type="button" className="button" data-testid="mic-retry" onClick={recorder.retryMic}>
            Try again
          </button>
        </div>
      ) : null}

      <div className="recorder-main">
        <button
          type="button"
          className={`record-button ${active ? 'is-recording' : ''}`}
          data-testid="record-button"
          data-state={phase}
          disabled={phase === 'stopping' || (!active && !micReady)}
          onClick={toggle}
        >
          <span className="record-icon" aria-hidden="true" />
          <span>{phase === 'stopping' ? 'Saving…' : active ? 'Stop' : 'Record'}</span>
        </button>
        <RecordingTimer elapsedSec={snapshot.elapsedSec} target={target} active={active} />
      </div>
      {props.liveView ? <LiveView active={phase === 'recording'} elapsedSec={snapshot.elapsedSec} target={target} /> : null}

      <div className="recorder-foot">
        <span className="hint">
          {spaceRecords ? (
            <>
              <Kbd>Space</Kbd> {active ? 'stop' : 'record'}
            </>
          ) : null}
          {active ? (
            <>
              {spaceRecords ? ' · ' : ''}
              <Kbd>Esc</Kbd> discard
            </>
          ) : null}
        </span>
        {active ? (
          <span className="recording-indicator" aria-live="polite">
            <span className="dot" aria-hidden="true" /> Recording
          </span>
        ) : null}
        <span className="note" data-testid="recorder-note" role="status">
          {note}
          {undoable ? (
            <button type="button" className="button button-small" data-testid="undo-discard" onClick={recorder.undoDiscard}>
              Undo
            </button>
          ) : null}
        </span>
      </div>
      {error ? (
        <p className="inline-error" data-testid="recorder-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
