// Ties the microphone to the recording controller for the Recorder component: opens the chosen device,
// feeds every block to the level meter and to the recording, and exposes start/stop/discard/undo.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TargetWindow } from '../../../common/contract';
import { api } from '../api';
import { LevelMeterStore } from './levelMeterStore';
import type { MicProblem } from './micErrors';
import { Microphone, MicrophoneError } from './microphone';
import { RecordingController, type RecorderOutcome, type RecorderSnapshot } from './recordingController';

export type MicState =
  | { status: 'opening' }
  /** `fallback`: the saved device is gone, so the system default is in use. */
  | { status: 'open'; deviceId: string; fallback: boolean }
  | { status: 'error'; problem: MicProblem };

export interface Recorder {
  mic: MicState;
  level: LevelMeterStore;
  snapshot: RecorderSnapshot;
  start: (questionId: number, target: TargetWindow) => void;
  stop: () => void;
  discard: () => void;
  /** Brings back the take discarded with Esc, while its undo window lasts. */
  undoDiscard: () => void;
  clearElapsed: () => void;
  retryMic: () => void;
}

const DISCONNECTED: MicProblem = {
  kind: 'busy',
  message: 'The microphone was disconnected. Anything recorded before that has been kept.',
};

export function useRecorder(deviceId: string, onOutcome: (outcome: RecorderOutcome) => void): Recorder {
  const latestOutcome = useRef(onOutcome);
  useEffect(() => {
    latestOutcome.current = onOutcome;
  });
  const [snapshot, setSnapshot] = useState<RecorderSnapshot>({ phase: 'idle', elapsedSec: 0 });
  const [mic, setMic] = useState<MicState>({ status: 'opening' });
  const [retries, setRetries] = useState(0);
  const [level] = useState(() => new LevelMeterStore());
  const [controller] = useState(
    () =>
      new RecordingController(api(), {
        onChange: setSnapshot,
        onOutcome: (outcome) => latestOutcome.current(outcome),
      }),
  );
  const [microphone] = useState(
    () =>
      new Microphone({
        onBlock: (block) => {
          level.push(block, performance.now());
          controller.push(block);
        },
        onEnded: () => {
          level.reset();
          setMic({ status: 'error', problem: DISCONNECTED });
          void controller.stop();
        },
      }),
  );

  useEffect(() => {
    let live = true;
    setMic({ status: 'opening' });
    const open = async (): Promise<MicState> => {
      try {
        await microphone.open(deviceId);
        return { status: 'open', deviceId, fallback: false };
      } catch (error) {
        const missing = error instanceof MicrophoneError && error.problem.kind === 'no-device';
        if (!missing || deviceId === '') throw error;
        await microphone.open('');
        return { status: 'open', deviceId: '', fallback: true };
      }
    };
    open()
      .then((state) => {
        if (live) setMic(state);
      })
      .catch((error: unknown) => {
        if (!live) return;
        level.reset();
        const problem: MicProblem = error instanceof MicrophoneError ? error.problem : { kind: 'other', message: String(error) };
        setMic({ status: 'error', problem });
      });
    return () => {
      live = false;
    };
  }, [deviceId, retries, microphone, level]);

  useEffect(
    () => () => {
      void controller.dispose();
      microphone.close();
    },
    [controller, microphone],
  );

  const start = useCallback(
    (questionId: number, target: TargetWindow) => void controller.start(questionId, target),
    [controller],
  );
  const stop = useCallback(() => void controller.stop(), [controller]);
  const discard = useCallback(() => void controller.discard(), [controller]);
  const undoDiscard = useCallback(() => void controller.undoDiscard(), [controller]);
  const clearElapsed = useCallback(() => controller.clearElapsed(), [controller]);
  const retryMic = useCallback(() => setRetries((n) => n + 1), []);

  return { mic, level, snapshot, start, stop, discard, undoDiscard, clearElapsed, retryMic };
}
