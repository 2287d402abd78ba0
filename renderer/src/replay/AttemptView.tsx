// One attempt opened: its status, the waveform with the transcript following playback, and the scores.
// Shown right after Stop (filling in as transcription and scoring finish) and for any attempt from history.
import { useEffect, useMemo, useRef } from 'react';
import type { TargetWindow } from '../../../electron/contract';
import type { AttemptDetail } from '../../../native/store/types';
import { formatWhen } from '../format/time';
import { useShortcut } from '../keyboard/useShortcut';
import { AttemptStatus } from './AttemptStatus';
import { PlayerControls } from './PlayerControls';
import { buildScores, durationScore, type ScoreItem } from './scores';
import { Scores } from './Scores';
import { displayStage, type DisplayStage, type StageProgress } from './stage';
import { Transcript } from './Transcript';
import { wordKinds } from './transcript';
import { useAttemptDetail } from './useAttemptDetail';
import { useWaveform } from './useWaveform';

interface AttemptViewProps {
  attemptId: number;
  progress: StageProgress | undefined;
  modelReady: boolean;
  playbackRate: number;
  onPlaybackRateChange: (rate: number) => void;
  /** False while recording: playback would leak into the microphone. */
  playbackAllowed: boolean;
}

export function AttemptView(props: AttemptViewProps) {
  const { attemptId, progress, modelReady, playbackRate, onPlaybackRateChange, playbackAllowed } = props;
  const { detail, error } = useAttemptDetail(attemptId, progress?.stage ?? '');
  const stage: DisplayStage | null = detail ? displayStage(detail.status, progress) : null;
  const audioReady = detail !== null && detail.hasRecording && stage !== 'saving';

  const waveformBox = useRef<HTMLDivElement>(null);
  const player = useWaveform(waveformBox, attemptId, audioReady, playbackRate);
  useShortcut('toggle-playback', player.playPause, playbackAllowed && player.status === 'ready');
  const { pause } = player;
  useEffect(() => {
    if (!playbackAllowed) pause();
  }, [playbackAllowed, pause]);

  const words = detail ? (detail.report?.transcript.words ?? detail.words) : [];
  const kinds = useMemo(
    () => (detail?.report ? wordKinds(detail.report, words.length) : words.map(() => null)),
    [detail?.report, words],
  );

  return (
    <section className="card attempt-view" data-testid="attempt-view" data-attempt-id={attemptId} aria-label="Attempt">
      <header className="attempt-header">
        <h2 className="card-title">
          {detail ? formatWhen(detail.startedAt) : 'Attempt'}
          {detail?.recovered ? (
            <span className="badge badge-warn" data-testid="recovered-badge" title="Interrupted, then restored when Voicedrill started">
              Recovered
            </span>
          ) : null}
        </h2>
        {stage ? (
          <AttemptStatus
            stage={stage}
            scored={detail !== null && detail.report !== null}
            message={statusMessage(detail, stage, progress, modelReady)}
          />
        ) : null}
      </header>

      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      {!detail && !error ? <p className="muted">Loading attempt…</p> : null}

      {detail?.hasRecording || stage === 'saving' ? (
        <div className="player">
          <div
            className="waveform"
            data-testid="waveform"
            data-status={player.status}
            tabIndex={player.status === 'ready' ? 0 : -1}
            aria-label="Waveform. Left and right arrows skip 5 seconds."
            onKeyDown={(event) => {
              if (event.key === 'ArrowLeft') player.skip(-5);
              if (event.key === 'ArrowRight') player.skip(5);
            }}
          >
            {/* wavesurfer owns this element's children; React keeps to the placeholder beside it. */}
            <div className="waveform-canvas" ref={waveformBox} />
            {player.status === 'loading' || player.status === 'idle' ? (
              <div className="waveform-placeholder muted">
                {player.status === 'loading'
                  ? `Loading audio${player.loadPercent > 0 && player.loadPercent < 100 ? ` ${player.loadPercent}%` : '…'}`
                  : 'Saving audio…'}
              </div>
            ) : null}
          </div>
          {player.status === 'error' ? (
            <div className="inline-error" role="alert">
              <span>{player.error}</span>
              <button type="button" className="button" aria-label="Load the recording again" onClick={player.retry}>
                Try again
              </button>
            </div>
          ) : null}
          <PlayerControls player={player} rate={playbackRate} onRateChange={onPlaybackRateChange} />
        </div>
      ) : null}

      {detail ? (
        words.length > 0 ? (
          <>
            <Transcript
              words={words}
              kinds={kinds}
              clock={player.clock}
              onWordClick={player.status === 'ready' && playbackAllowed ? player.playFrom : null}
            />
            {detail.report ? <Legend /> : null}
          </>
        ) : (
          <p className="transcript-empty muted" data-testid="transcript-empty">
            {emptyTranscriptText(detail, stage, modelReady)}
          </p>
        )
      ) : null}

      {detail ? <Scores items={scoreItems(detail)} note={scoresNote(detail, stage, modelReady)} /> : null}
    </section>
  );
}

function Legend() {
  return (
    <p className="legend" aria-label="Highlight legend">
      <span className="legend-item" data-kind="filler">filler</span>
      <span className="legend-item" data-kind="metric">metric</span>
      <span className="legend-item" data-kind="reflection">reflection</span>
      <span className="muted">Click a word to play from there.</span>
    </p>
  );
}

function targetOf(detail: AttemptDetail): TargetWindow {
  return { minSec: detail.targetMinSec, maxSec: detail.targetMaxSec };
}

function scoreItems(detail: AttemptDetail): ScoreItem[] {
  if (detail.report) return buildScores(detail.report, targetOf(detail));
  return detail.durationSec === null ? [] : [durationScore(detail.durationSec, targetOf(detail))];
}

function statusMessage(
  detail: AttemptDetail | null,
  stage: DisplayStage,
  progress: StageProgress | undefined,
  modelReady: boolean,
): string | null {
  if (progress?.message) return progress.message;
  if (stage === 'failed') return detail?.error ?? null;
  if (stage === 'recorded' && !modelReady) return 'Choose a Whisper model to transcribe it.';
  return null;
}

function emptyTranscriptText(detail: AttemptDetail, stage: DisplayStage | null, modelReady: boolean): string {
  if (stage === 'saving' || stage === 'transcribing' || stage === 'scoring') return 'The transcript will appear here in a few seconds.';
  if (stage === 'failed') return 'No transcript: transcription failed.';
  if (!detail.report && !modelReady) return 'No transcript: transcription needs a Whisper model (see the banner above).';
  if (!detail.report) return 'Not transcribed yet.';
  return 'No words were recognised in this recording. Was the microphone muted?';
}

function scoresNote(detail: AttemptDetail, stage: DisplayStage | null, modelReady: boolean): string | null {
  if (detail.report) return null;
  if (stage === 'saving' || stage === 'transcribing' || stage === 'scoring') return 'Pace, fillers and content checks follow the transcript.';
  return modelReady ? null : 'Pace, fillers and content checks need the transcript.';
}
