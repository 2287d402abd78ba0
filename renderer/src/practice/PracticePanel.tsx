// The main panel for the selected question: its text, the recorder, the open attempt and the history.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Settings, TargetWindow } from '../../../common/contract';
import { drillLengthFor, windowOf } from '../../../common/drill-lengths';
import type { Question } from '../../../common/library';
import type { ChosenTwistView } from '../../../common/practice';
import { AnswerTwist } from '../drill/AnswerTwist';
import { AttemptNote } from '../library/AttemptNote';
import { AttemptNumbers } from '../library/AttemptNumbers';
import { practiceApi, practiceKeys } from '../library/practiceApi';
import { useAttemptLinks, useLibraryQuestion } from '../library/usePractice';
import { errorMessage } from '../format/errors';
import { History } from '../history/History';
import { useAttempts } from '../history/useAttempts';
import { useToast } from '../notices/ToastProvider';
import { Recorder } from '../recorder/Recorder';
import { AttemptView } from '../replay/AttemptView';
import type { StageProgress } from '../replay/stage';
import type { SettingsPatch } from '../settings/useSettings';
import { markFreshAttempt } from '../progress-view/SealedScorecard';

interface PracticePanelProps {
  question: Question;
  settings: Settings;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
  modelReady: boolean;
  progress: ReadonlyMap<number, StageProgress>;
  playbackRate: number;
  onPlaybackRateChange: (rate: number) => void;
  onRecordingChange: (active: boolean) => void;
  /** Attempt counts changed: the sidebar re-reads the questions. */
  onAttemptsChanged: () => void;
  onOpenModels: () => void;
}

interface Selection {
  questionId: number;
  attemptId: number;
}

/** The follow-up being answered: the next recording is its answer, threaded under the first. */
interface TwistAnswer {
  questionId: number;
  parentAttemptId: number;
  twist: ChosenTwistView;
}

export function PracticePanel(props: PracticePanelProps) {
  const { question, settings, updateSettings, modelReady, progress, onRecordingChange, onAttemptsChanged } = props;
  const toast = useToast();
  const { attempts, error, reload } = useAttempts(question.id);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [recording, setRecording] = useState(false);
  const client = useQueryClient();
  const entry = useLibraryQuestion(question.id);
  const { links, reload: reloadLinks } = useAttemptLinks(question.id);
  const [answering, setAnswering] = useState<TwistAnswer | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const twist = answering?.questionId === question.id ? answering : null;
  // Each question keeps its own length: the one last picked for it, else its default. A twist answer has its own window.
  const ownTarget: TargetWindow = entry
    ? (entry.lastWindow ?? windowOf(entry.lastLength ?? entry.defaultLength))
    : settings.target;
  // The window just picked shows at once, before the library has stored it.
  const [picked, setPicked] = useState<{ questionId: number; window: TargetWindow } | null>(null);
  const target = twist ? twist.twist.window : picked?.questionId === question.id ? picked.window : ownTarget;
  const latest = attempts?.[0] ?? null;
  const latestLink = latest ? links.get(latest.id) : undefined;
  const followedUp = latest !== null && [...links.values()].some((link) => link.parentAttemptId === latest.id);
  const offerTwist =
    latest !== null &&
    latestLink !== undefined &&
    latestLink.parentAttemptId === null &&
    !followedUp &&
    !dismissed.has(latest.id) &&
    twist === null &&
    !recording;

  // Until the user picks one, the newest attempt of the question is the one shown.
  const shownAttemptId = selection?.questionId === question.id ? selection.attemptId : (attempts?.[0]?.id ?? null);

  const save = useCallback(
    (patch: SettingsPatch) => {
      updateSettings(patch).catch((e: unknown) => toast('error', errorMessage(e)));
    },
    [updateSettings, toast],
  );

  const onRecorded = useCallback(
    (attemptId: number, questionId: number) => {
      markFreshAttempt(attemptId);
      setSelection({ questionId, attemptId });
      const finish = (): void => {
        reload();
        reloadLinks();
        onAttemptsChanged();
      };
      if (twist === null || twist.questionId !== questionId) {
        finish();
        return;
      }
      setAnswering(null);
      practiceApi()
        .linkAttempt({
          attemptId,
          parentAttemptId: twist.parentAttemptId,
          twistId: twist.twist.twistId,
          twistText: twist.twist.text,
        })
        .catch((e: unknown) => toast('error', errorMessage(e)))
        .finally(finish);
    },
    [reload, reloadLinks, onAttemptsChanged, twist, toast],
  );

  const rememberTarget = useCallback(
    (window: TargetWindow) => {
      setPicked({ questionId: question.id, window });
      practiceApi()
        .rememberQuestionLength({ questionId: question.id, length: drillLengthFor(window), window })
        .then(() => client.invalidateQueries({ queryKey: practiceKeys.all }))
        .catch((e: unknown) => toast('error', errorMessage(e)));
    },
    [question.id, client, toast],
  );

  const onActiveChange = useCallback(
    (active: boolean) => {
      setRecording(active);
      onRecordingChange(active);
    },
    [onRecordingChange],
  );

  const onDeleted = (attemptId: number): void => {
    if (selection?.attemptId === attemptId) setSelection(null);
    reload();
    onAttemptsChanged();
    toast('info', 'Attempt deleted.');
  };

  return (
    <div className="practice">
      <header className="question-header">
        <span className="tag">{question.kind === 'story' ? 'Story' : question.parentId !== null ? 'Follow-up' : 'Question'}</span>
        {entry ? <span className="tag">{entry.mode}</span> : null}
        <h1 className="question-text" data-testid="question-text">
          {twist ? twist.twist.text : question.text}
        </h1>
        {twist ? (
          <p className="muted small" data-testid="answering-twist">
            Follow-up to your answer — {twist.twist.because}{' '}
            <button type="button" className="link-button" onClick={() => setAnswering(null)} disabled={recording}>
              Cancel
            </button>
          </p>
        ) : null}
      </header>

      <Recorder
        questionId={question.id}
        target={target}
        onTargetChange={rememberTarget}
        savedDeviceId={settings.inputDeviceId}
        onDeviceChange={(inputDeviceId) => save({ inputDeviceId })}
        onRecorded={onRecorded}
        onActiveChange={onActiveChange}
        liveView={settings.liveView}
      />

      {offerTwist && latest ? (
        <AnswerTwist
          attemptId={latest.id}
          onAnswer={(chosen) => setAnswering({ questionId: question.id, parentAttemptId: latest.id, twist: chosen })}
          onSkip={() => setDismissed(new Set([...dismissed, latest.id]))}
        />
      ) : null}

      {shownAttemptId !== null ? (
        <AttemptView
          key={shownAttemptId}
          attemptId={shownAttemptId}
          progress={progress.get(shownAttemptId)}
          modelReady={modelReady}
          playbackRate={props.playbackRate}
          onPlaybackRateChange={props.onPlaybackRateChange}
          playbackAllowed={!recording}
          onChanged={reload}
          onOpenModels={props.onOpenModels}
          sealScorecard={settings.sealScorecard}
        />
      ) : null}

      {shownAttemptId !== null ? (
        <AttemptNumbers
          attemptId={shownAttemptId}
          scored={attempts?.find((attempt) => attempt.id === shownAttemptId)?.status === 'scored'}
        />
      ) : null}

      {shownAttemptId !== null ? (
        <AttemptNote
          key={`${shownAttemptId}-${links.get(shownAttemptId)?.note ?? ''}`}
          attemptId={shownAttemptId}
          note={links.get(shownAttemptId)?.note ?? null}
          onSaved={reloadLinks}
        />
      ) : null}

      <History
        attempts={attempts}
        links={links}
        error={error}
        progress={progress}
        selectedId={shownAttemptId}
        onOpen={(attemptId) => setSelection({ questionId: question.id, attemptId })}
        onDeleted={onDeleted}
      />
    </div>
  );
}
