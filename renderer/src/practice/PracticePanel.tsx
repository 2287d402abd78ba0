// The main panel for the selected question: its text, the recorder, the open attempt and the history.
import { useCallback, useState } from 'react';
import type { Settings, TargetWindow } from '../../../common/contract';
import type { Question } from '../../../common/library';
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

export function PracticePanel(props: PracticePanelProps) {
  const { question, settings, updateSettings, modelReady, progress, onRecordingChange, onAttemptsChanged } = props;
  const toast = useToast();
  const { attempts, error, reload } = useAttempts(question.id);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [recording, setRecording] = useState(false);

  // Until the user picks one, the newest attempt of the question is the one shown.
  const shownAttemptId =
    selection?.questionId === question.id ? selection.attemptId : (attempts?.[0]?.id ?? null);

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
      reload();
      onAttemptsChanged();
    },
    [reload, onAttemptsChanged],
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
        <h1 className="question-text" data-testid="question-text">
          {question.text}
        </h1>
      </header>

      <Recorder
        questionId={question.id}
        target={settings.target}
        onTargetChange={(target: TargetWindow) => save({ target })}
        savedDeviceId={settings.inputDeviceId}
        onDeviceChange={(inputDeviceId) => save({ inputDeviceId })}
        onRecorded={onRecorded}
        onActiveChange={onActiveChange}
        liveView={settings.liveView}
      />

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

      <History
        attempts={attempts}
        error={error}
        progress={progress}
        selectedId={shownAttemptId}
        onOpen={(attemptId) => setSelection({ questionId: question.id, attemptId })}
        onDeleted={onDeleted}
      />
    </div>
  );
}
