// The library: questions (with their follow-ups under them) and stories, searchable; create, edit and
// archive both; import and export decks; start a drill session or mock interview from here.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LibraryQuestion, LibraryQuestionTree, SessionOptions, Story } from '../../../common/practice';
import { SessionSetup } from '../drill/SessionSetup';
import { errorMessage } from '../format/errors';
import { ImportPanel } from './ImportPanel';
import { LibraryQuestionList, LibraryStoryList } from './LibraryLists';
import { practiceApi, practiceKeys } from './practiceApi';
import { QuestionEditor } from './QuestionEditor';
import { questionPatch, type QuestionDraft } from './drafts';
import { StoryEditor } from './StoryEditor';
import { StoryScreen } from './StoryScreen';
import './library.css';

type Editing =
  | { kind: 'none' }
  | { kind: 'question'; question: LibraryQuestion | null; parent: LibraryQuestionTree | null }
  | { kind: 'story'; story: Story | null }
  | { kind: 'import' }
  | { kind: 'session' };

interface LibraryScreenProps {
  onPractise: (question: LibraryQuestion) => void;
  onStartSession: (options: SessionOptions) => Promise<void>;
}

/** Saves a file the user can keep, without a dialog in main: the browser's download of a blob. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function LibraryScreen({ onPractise, onStartSession }: LibraryScreenProps) {
  const client = useQueryClient();
  const [tab, setTab] = useState<'questions' | 'stories'>('questions');
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [openStory, setOpenStory] = useState<number | null>(null);
  const [sessionError, setSessionError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const questions = useQuery({
    queryKey: practiceKeys.library(search, showArchived),
    queryFn: () => practiceApi().listLibrary({ search, includeArchived: showArchived }),
  });
  const stories = useQuery({
    queryKey: practiceKeys.stories(search, showArchived),
    queryFn: () => practiceApi().listStories({ search, includeArchived: showArchived }),
  });
  const allQuestions = useQuery({ queryKey: practiceKeys.library('', false), queryFn: () => practiceApi().listLibrary({}) });
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: practiceKeys.all });
  const archiveQuestion = useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) => practiceApi().archiveLibraryQuestion({ id, archived }),
    onSuccess: refresh,
  });
  const archiveStory = useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) => practiceApi().archiveStory({ id, archived }),
    onSuccess: refresh,
  });

  const saveQuestion = async (draft: QuestionDraft): Promise<void> => {
    if (editing.kind !== 'question') return;
    if (editing.question === null) {
      await practiceApi().createLibraryQuestion({
        text: draft.text,
        tags: draft.tags,
        company: draft.company,
        defaultLength: draft.defaultLength,
        ...(draft.mode === null ? {} : { mode: draft.mode }),
        ...(editing.parent === null ? {} : { parentId: editing.parent.id }),
      });
    } else {
      await practiceApi().updateLibraryQuestion({ id: editing.question.id, patch: questionPatch(editing.question, draft) });
    }
    await refresh();
    setEditing({ kind: 'none' });
  };

  if (openStory !== null)
    return (
      <StoryScreen
        storyId={openStory}
        questions={allQuestions.data ?? []}
        onBack={() => setOpenStory(null)}
        onPractise={onPractise}
      />
    );

  const failure = questions.error ?? stories.error;
  return (
    <section className="library-screen" data-testid="library-screen" aria-labelledby="library-title">
      <header className="library-head">
        <h1 id="library-title">Library</h1>
        <div className="library-tools">
          <button
            type="button"
            className="button button-primary"
            data-testid="new-session"
            onClick={() => setEditing({ kind: 'session' })}
          >
            Drill session…
          </button>
          <button type="button" className="button" data-testid="import-deck" onClick={() => setEditing({ kind: 'import' })}>
            Import…
          </button>
          <ExportDeckButton format="markdown" label="Export Markdown" onError={setExportError} />
          <ExportDeckButton format="json" label="Export JSON" onError={setExportError} />
        </div>
      </header>
      {exportError ? (
        <p className="inline-error" role="alert">
          {exportError}
        </p>
      ) : null}
      {editing.kind === 'session' ? (
        <SessionSetup
          busy={busy}
          error={sessionError}
          onStart={(options) => {
            setBusy(true);
            setSessionError(null);
            onStartSession(options)
              .catch((error: unknown) => setSessionError(errorMessage(error)))
              .finally(() => setBusy(false));
          }}
        />
      ) : null}
      {editing.kind === 'import' ? (
        <ImportPanel
          preview={(fileName, text) => practiceApi().previewDeckImport({ fileName, text })}
          confirm={(fileName, text) => practiceApi().importDeck({ fileName, text })}
          onCancel={() => setEditing({ kind: 'none' })}
          onDone={() => {
            void refresh();
            setEditing({ kind: 'none' });
          }}
        />
      ) : null}
      {editing.kind === 'question' ? (
        <QuestionEditor
          initial={editing.question}
          {...(editing.parent ? { parentText: editing.parent.text } : {})}
          onSave={saveQuestion}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      ) : null}
      {editing.kind === 'story' ? (
        <StoryEditor
          initial={editing.story}
          questions={allQuestions.data ?? []}
          onCancel={() => setEditing({ kind: 'none' })}
          onSave={async (input) => {
            if (editing.story === null) await practiceApi().createStory(input);
            else await practiceApi().updateStory({ id: editing.story.id, patch: input });
            await refresh();
            setEditing({ kind: 'none' });
          }}
        />
      ) : null}
      <div className="library-filters">
        <div role="tablist" aria-label="Library">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'questions'}
            data-testid="tab-questions"
            onClick={() => setTab('questions')}
          >
            Questions
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'stories'}
            data-testid="tab-stories"
            onClick={() => setTab('stories')}
          >
            Stories
          </button>
        </div>
        <input
          className="textarea"
          type="search"
          data-testid="library-search"
          aria-label="Search the library"
          placeholder="Search text, tags, company…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <label className="small">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> Show
          archived
        </label>
        <button
          type="button"
          className="button"
          data-testid={tab === 'questions' ? 'new-question' : 'new-story'}
          onClick={() =>
            setEditing(tab === 'questions' ? { kind: 'question', question: null, parent: null } : { kind: 'story', story: null })
          }
        >
          {tab === 'questions' ? '+ Question' : '+ Story'}
        </button>
      </div>
      {failure ? (
        <p className="inline-error" role="alert">
          {errorMessage(failure)}
        </p>
      ) : null}
      {tab === 'questions' ? (
        questions.data ? (
          <LibraryQuestionList
            questions={questions.data}
            onPractise={onPractise}
            onEdit={(question) => setEditing({ kind: 'question', question, parent: null })}
            onAddFollowUp={(parent) => setEditing({ kind: 'question', question: null, parent })}
            onArchive={(question, archived) => archiveQuestion.mutate({ id: question.id, archived })}
          />
        ) : (
          <p className="muted">Loading…</p>
        )
      ) : stories.data ? (
        <LibraryStoryList
          stories={stories.data}
          onOpen={(story) => setOpenStory(story.id)}
          onArchive={(story, archived) => archiveStory.mutate({ id: story.id, archived })}
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}

/** Exports the library as a deck file; a failure is shown, not dropped. */
function ExportDeckButton({
  format,
  label,
  onError,
}: {
  format: 'markdown' | 'json';
  label: string;
  onError: (message: string | null) => void;
}) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        onError(null);
        practiceApi()
          .exportDeck({ format })
          .then(({ fileName, text }) => download(fileName, text, format === 'json' ? 'application/json' : 'text/markdown'))
          .catch((error: unknown) => onError(errorMessage(error)));
      }}
    >
      {label}
    </button>
  );
}
