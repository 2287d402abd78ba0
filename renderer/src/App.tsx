// The window: the question sidebar on the left, the practice panel on the right (or the first-run screen
// while no model is set up), settings and models in dialogs.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { DrillSession, SessionOptions } from '../../common/practice';
import { useVoicedrillEvent } from './api';
import { DrillSessionScreen } from './drill/DrillSessionScreen';
import { LibraryScreen } from './library/LibraryScreen';
import { practiceApi, practiceKeys } from './library/practiceApi';
import { FirstRun } from './models/FirstRun';
import { ModelsDialog } from './models/ModelsDialog';
import { showFirstRun } from './models/downloads';
import { useModels } from './models/useModels';
import { Kbd } from './ui/Kbd';
import { PracticePanel } from './practice/PracticePanel';
import { ProgressView } from './progress-view/ProgressView';
import { useAttemptProgress } from './progress/useAttemptProgress';
import { AddQuestionForm } from './questions/AddQuestionForm';
import { QuestionList } from './questions/QuestionList';
import { findQuestion } from './questions/questionTree';
import { useQuestions } from './questions/useQuestions';
import { ModelBanner } from './settings/ModelBanner';
import { RescoreStatus } from './notices/RescoreStatus';
import { SettingsDialog } from './settings/SettingsDialog';
import { useModelStatus } from './settings/useModelStatus';
import { useSettings } from './settings/useSettings';

export function App() {
  const { settings, loadError, reload: reloadSettings, update } = useSettings();
  const model = useModelStatus();
  const catalogue = useModels(model);
  const questions = useQuestions();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [recording, setRecording] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [modelsOpen, setModelsOpen] = useState(false);
  const [firstRunDismissed, setFirstRunDismissed] = useState(false);
  const [playbackRate, setPlaybackRate] = useState(1);
  /** What the main area shows: one question's practice, progress, the library, or a drill session. */
  const [view, setView] = useState<
    { kind: 'practice' } | { kind: 'progress' } | { kind: 'library' } | { kind: 'session'; session: DrillSession }
  >({ kind: 'practice' });
  const client = useQueryClient();
  /** Bumped when the library is replaced (restored or deleted): the main area starts over on the new one. */
  const [libraryEpoch, setLibraryEpoch] = useState(0);
  useVoicedrillEvent('libraryReplaced', () => {
    setSelectedId(null);
    setView({ kind: 'practice' });
    setLibraryEpoch((epoch) => epoch + 1);
  });

  const reloadQuestions = questions.reload;
  const progress = useAttemptProgress((event) => {
    if (event.stage === 'done' || event.stage === 'failed') reloadQuestions();
  });
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const closeModels = useCallback(() => setModelsOpen(false), []);
  const openModels = useCallback(() => {
    setSettingsOpen(false);
    setModelsOpen(true);
  }, []);
  // Picking a question from the sidebar says "let me practise now", as "Later" does.
  const selectQuestion = useCallback((id: number) => {
    setFirstRunDismissed(true);
    setSelectedId(id);
    setView({ kind: 'practice' });
  }, []);
  const startSession = useCallback(async (options: SessionOptions) => {
    const session = await practiceApi().startDrillSession(options);
    setFirstRunDismissed(true);
    setView({ kind: 'session', session });
  }, []);
  const leaveSession = useCallback(() => {
    reloadQuestions();
    void client.invalidateQueries({ queryKey: practiceKeys.all });
    setView({ kind: 'library' });
  }, [client, reloadQuestions]);
  const firstRun = showFirstRun({
    status: model.status,
    models: catalogue.models,
    listFailed: catalogue.listError !== null,
    dismissed: firstRunDismissed,
  });

  const list = questions.questions;
  const selected = (list && selectedId !== null ? findQuestion(list, selectedId) : null) ?? list?.[0] ?? null;
  const inSession = view.kind === 'session';
  const failure = loadError ?? (list === null ? questions.error : null);

  if (failure) {
    return (
      <div className="fatal" role="alert">
        <h1>Voicedrill couldn’t load your library</h1>
        <p>{failure}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            reloadSettings();
            reloadQuestions();
          }}
        >
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className="app">
      <aside className="sidebar" aria-label="Question library">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Voicedrill</span>
        </div>
        <nav className="app-nav" aria-label="Views">
          <button
            type="button"
            className="button button-small"
            data-testid="nav-library"
            aria-current={view.kind === 'library' ? 'page' : undefined}
            disabled={recording || inSession}
            onClick={() => {
              setFirstRunDismissed(true);
              setView({ kind: 'library' });
            }}
          >
            Library &amp; drills
          </button>
        </nav>
        <div className="sidebar-scroll">
          {list ? (
            <QuestionList
              questions={list}
              selectedId={view.kind === 'practice' ? (selected?.id ?? null) : null}
              onSelect={selectQuestion}
              locked={recording}
            />
          ) : (
            <p className="muted sidebar-empty">Loading questions…</p>
          )}
        </div>
        <div className="sidebar-foot">
          <AddQuestionForm
            onAdd={questions.add}
            onAdded={(q) => {
              if (!recording) setSelectedId(q.id);
            }}
          />
          <div className="sidebar-tools">
            <button
              type="button"
              className="button button-ghost"
              data-testid="progress-button"
              aria-pressed={view.kind === 'progress'}
              onClick={() => {
                setFirstRunDismissed(true);
                setView(view.kind === 'progress' ? { kind: 'practice' } : { kind: 'progress' });
              }}
              disabled={recording || !list}
            >
              Progress
            </button>
            <button
              type="button"
              className="button button-ghost"
              data-testid="settings-button"
              onClick={() => setSettingsOpen(true)}
              disabled={!settings}
            >
              Settings
            </button>
            <span className="hint">
              <Kbd>Space</Kbd> record · <Kbd>P</Kbd> play
            </span>
          </div>
        </div>
      </aside>

      <main className="main" key={libraryEpoch}>
        {firstRun ? (
          <FirstRun catalogue={catalogue} model={model} onOpenModels={openModels} onLater={() => setFirstRunDismissed(true)} />
        ) : (
          <ModelBanner model={model} catalogue={catalogue} onOpenModels={openModels} />
        )}
        <RescoreStatus />
        {firstRun ? null : !settings || !list ? (
          <p className="muted">Loading…</p>
        ) : view.kind === 'progress' ? (
          <ProgressView questions={list} initialQuestionId={selected?.id ?? null} onPractise={selectQuestion} />
        ) : view.kind === 'session' ? (
          <DrillSessionScreen
            key={view.session.id}
            session={view.session}
            deviceId={settings.inputDeviceId ?? ''}
            onClose={leaveSession}
            onDrillAgain={(questionIds) => {
              void startSession({
                ...view.session.options,
                kind: 'drill',
                order: 'weakest',
                count: questionIds.length,
                questionIds,
              }).catch(leaveSession);
            }}
          />
        ) : view.kind === 'library' ? (
          <LibraryScreen onPractise={(question) => selectQuestion(question.id)} onStartSession={startSession} />
        ) : selected ? (
          <PracticePanel
            question={selected}
            settings={settings}
            updateSettings={update}
            modelReady={model.status?.state === 'ready'}
            progress={progress}
            playbackRate={playbackRate}
            onPlaybackRateChange={setPlaybackRate}
            onRecordingChange={setRecording}
            onAttemptsChanged={reloadQuestions}
            onOpenModels={openModels}
          />
        ) : (
          <div className="empty-state">
            <h1>Add a question to practise</h1>
            <p className="muted">Use “+ Add question” in the sidebar, then answer it out loud.</p>
          </div>
        )}
      </main>

      {settings ? (
        <SettingsDialog
          open={settingsOpen}
          onClose={closeSettings}
          settings={settings}
          update={update}
          model={model}
          onOpenModels={openModels}
        />
      ) : null}
      <ModelsDialog open={modelsOpen} onClose={closeModels} catalogue={catalogue} model={model} />
    </div>
  );
}
