// "+ Add question": a one-line form at the foot of the sidebar. Kept closed until asked for, so the list
// stays the focus.
import { useEffect, useRef, useState } from 'react';
import type { Question, QuestionKind } from '../../../common/library';
import { errorMessage } from '../format/errors';

interface AddQuestionFormProps {
  onAdd: (text: string, kind: QuestionKind) => Promise<Question>;
  onAdded: (question: Question) => void;
}

export function AddQuestionForm({ onAdd, onAdded }: AddQuestionFormProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<QuestionKind>('question');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    setText('');
    setError(null);
  };

  const submit = (event?: { preventDefault(): void }): void => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setError(null);
    onAdd(trimmed, kind)
      .then((question) => {
        close();
        onAdded(question);
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button button-ghost add-question-toggle"
        data-testid="add-question"
        onClick={() => setOpen(true)}
      >
        + Add question
      </button>
    );
  }

  return (
    <form className="add-question" onSubmit={submit} aria-label="Add a question">
      <textarea
        ref={input}
        className="textarea"
        data-testid="add-question-input"
        aria-label="Question text"
        placeholder="Tell me about a time you…"
        rows={3}
        maxLength={500}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds, Shift+Enter breaks the line, Esc gives up: the usual single-field editor keys.
          if (event.key === 'Enter' && !event.shiftKey) submit(event);
          if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <div className="add-question-row">
        <select
          className="select select-small"
          data-testid="add-question-kind"
          aria-label="Kind"
          value={kind}
          onChange={(event) => setKind(event.target.value === 'story' ? 'story' : 'question')}
        >
          <option value="question">Question</option>
          <option value="story">Story</option>
        </select>
        <button type="button" className="button button-ghost" aria-label="Cancel adding a question" onClick={close}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          data-testid="add-question-submit"
          aria-label="Add this question"
          disabled={!text.trim() || busy}
        >
          {busy ? 'Adding…' : 'Add'}
        </button>
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
