// The note on an attempt ("what I'd change next time"), kept with it and shown in the history.
import { useState } from 'react';
import { practiceApi } from './practiceApi';

interface AttemptNoteProps {
  attemptId: number;
  note: string | null;
  onSaved: () => void;
}

export function AttemptNote({ attemptId, note, onSaved }: AttemptNoteProps) {
  const [text, setText] = useState(note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = text.trim() !== (note ?? '');
  return (
    <form
      className="card attempt-note"
      data-testid="attempt-note"
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        setError(null);
        practiceApi()
          .setAttemptNote({ attemptId, note: text })
          .then(onSaved)
          .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
          .finally(() => setSaving(false));
      }}
    >
      <label className="field field-grow">
        <span className="field-label">Note — what I’d change</span>
        <textarea
          className="textarea"
          rows={2}
          data-testid="attempt-note-text"
          value={text}
          maxLength={5000}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row-end">
        <button type="submit" className="button button-small" data-testid="attempt-note-save" disabled={saving || !changed}>
          Save note
        </button>
      </div>
    </form>
  );
}
