// One attempt opened: its status, the five-second summary, the waveform (with its marks and STAR bar) and
// the transcript following playback, the score tiles and the evidence behind every flag. Shown right after
// Stop (filling in as transcription and scoring finish) and for any attempt from history.
import { useEffect, useMemo, useRef } from 'react';
import type { TargetWindow } from '../../../common/contract';
import type { AttemptDetail } from '../../../common/library';
import { formatWhen } from '../format/time';
import { useShortcut } from '../keyboard/useShortcut';
import { AttemptPlayer } from './AttemptPlayer';
import { AttemptStatus } from './AttemptStatus';
import { Checklist } from './Checklist';
import { buildDetails } from './details';
import { Details } from './Details';
import { FailedAttempt } from './FailedAttempt';
import { normalizeReport, type ShownReport } from './report';
import { buildScores, durationScore, type ScoreItem } from './scores';
import { Scores } from './Scores';
import { displayStage, type DisplayStage, type StageProgress } from './stage';
import { Summary } from './Summary';
import { wordKinds } from './transcript';
import { TranscriptPanel } from './TranscriptPanel';
import { useAttemptDetail } from './useAttemptDetail';
import { useWaveform } from './useWaveform';
import { isSealed, SealedScorecard } from '../progress-view/SealedScorecard';
import { RetranscribeAttempt } from '../retranscribe/RetranscribeAttempt';

interface AttemptViewProps {
  attemptId: number;
  progress: StageProgress | undefined;
  modelReady: boolean;
  playbackRate: number;
  onPlaybackRateChange: (rate: number) => void;
  /** False while recording: playback would leak into the microphone. */
  playbackAllowed: boolean;
  /** The attempt's scores changed (a corrected transcript): the history re-reads them. */
  onChanged: () => void;
  onOpenModels: () => void;
  /** The user's setting: a fresh attempt's scorecard stays sealed until they predict or skip. */
  sealScorecard: boolean;
}

export function AttemptView(props: AttemptViewProps) {
  const {
    attemptId,
    progress,
    modelReady,
    playbackRate,
    onPlaybackRateChange,
    playbackAllowed,
    onChanged,
    onOpenModels,
    sealScorecard,
  } = props;
  const { detail, error, replace } = useAttemptDetail(attemptId);
  const stage: DisplayStage | null = detail ? displayStage(detail.status, progress) : null;
  // The audio is stored before Stop returns, so replay never waits for transcription or scoring.
  const audioReady = detail !== null && detail.hasRecording;

  const waveformBox = useRef<HTMLDivElement>(null);
  const player = useWaveform(waveformBox, attemptId, audioReady, playbackRate);
  useShortcut('toggle-playback', player.playPause, playbackAllowed && player.status === 'ready');
  const { pause } = player;
  useEffect(() => {
    if (!playbackAllowed) pause();
  }, [playbackAllowed, pause]);

  const report = useMemo(() => (detail?.report ? normalizeReport(detail.report) : null), [detail?.report]);
  const words = useMemo(() => (detail ? (report?.transcript.words ?? detail.words) : []), [detail, report]);
  const kinds = useMemo(() => (report ? wordKinds(report, words.length) : words.map(() => null)), [report, words]);
  const details = useMemo(() => (report ? buildDetails(report, words) : []), [report, words]);
  const playFrom = player.status === 'ready' && playbackAllowed ? player.playFrom : null;
  const sealed = detail !== null && isSealed(detail, sealScorecard);

  return (
    <section className="card attempt-view" data-testid="attempt-view" data-attempt-id={attemptId} aria-label="Attempt">
      <header className="attempt-header">
        <h2 className="card-title">
          {detail ? formatWhen(detail.startedAt) : 'Attempt'}
          {detail?.recovered ? (
            <span
              className="badge badge-warn"
              data-testid="recovered-badge"
              title="Interrupted, then restored when Voicedrill started"
            >
              Recovered
            </span>
          ) : null}
        </h2>
        {stage ? (
          <AttemptStatus
            stage={stage}
            scored={detail !== null && detail.report !== null}
            message={statusMessage(detail, stage, progress, modelReady)}
            progress={progress}
          />
        ) : null}
      </header>

      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      {!detail && !error ? <p className="muted">Loading attempt…</p> : null}
      {detail && stage === 'failed' ? (
        <FailedAttempt attemptId={attemptId} reason={progress?.message ?? detail.error} onOpenModels={onOpenModels} />
      ) : null}

      {report && !sealed ? <Summary strengths={report.summary.strengths} fixes={report.summary.fixes} onPlay={playFrom} /> : null}

      {detail?.hasRecording || stage === 'saving' ? (
        <AttemptPlayer
          player={player}
          waveformBox={waveformBox}
          report={report}
          onPlay={playFrom}
          rate={playbackRate}
          onRateChange={onPlaybackRateChange}
        />
      ) : null}

      {detail ? (
        <SealedScorecard attempt={detail} enabled={sealScorecard}>
          <TranscriptPanel
            detail={detail}
            words={words}
            kinds={kinds}
            clock={player.clock}
            onWordClick={playFrom}
            legend={{ hedges: (report?.hedges?.count ?? 0) > 0, marks: (report?.vocalizedFillers?.count ?? 0) > 0 }}
            emptyText={emptyTranscriptText(detail, stage, modelReady)}
            onCorrected={(next) => {
              replace(next);
              onChanged();
            }}
          />
          <RetranscribeAttempt detail={detail} onOpenModels={onOpenModels} />
          <Scores items={scoreItems(detail, report)} note={scoresNote(detail, stage, modelReady)} />
          {report ? <Checklist mode={report.mode} items={report.checklist} onPlay={playFrom} /> : null}
          <Details groups={details} onPlay={playFrom} />
        </SealedScorecard>
      ) : null}
    </section>
  );
}

function targetOf(detail: AttemptDetail): TargetWindow {
  return { minSec: detail.targetMinSec, maxSec: detail.targetMaxSec };
}

function scoreItems(detail: AttemptDetail, report: ShownReport | null): ScoreItem[] {
  if (report) return buildScores(report, targetOf(detail));
  return detail.durationSec === null ? [] : [durationScore(detail.durationSec, targetOf(detail))];
}

function statusMessage(
  detail: AttemptDetail | null,
  stage: DisplayStage,
  progress: StageProgress | undefined,
  modelReady: boolean,
): string | null {
  // A failure's sentence is shown with its Retry, below.
  if (stage === 'failed') return null;
  if (progress?.message) return progress.message;
  if (stage === 'recorded' && !modelReady) return 'Choose a Whisper model to transcribe it.';
  return null;
}

function emptyTranscriptText(detail: AttemptDetail, stage: DisplayStage | null, modelReady: boolean): string {
  if (stage === 'saving' || stage === 'transcribing' || stage === 'scoring')
    return 'The transcript will appear here in a few seconds.';
  if (stage === 'failed') return 'No transcript: transcription failed.';
  if (!detail.report && !modelReady) return 'No transcript: transcription needs a Whisper model (see the banner above).';
  if (!detail.report) return 'Not transcribed yet.';
  return 'No words were recognised in this recording. Was the microphone muted?';
}

function scoresNote(detail: AttemptDetail, stage: DisplayStage | null, modelReady: boolean): string | null {
  if (detail.report) return null;
  if (stage === 'saving' || stage === 'transcribing' || stage === 'scoring')
    return 'Pace, fillers and content checks follow the transcript.';
  return modelReady ? null : 'Pace, fillers and content checks need the transcript.';
}
