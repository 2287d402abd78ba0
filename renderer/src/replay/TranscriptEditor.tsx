// The transcript as editable text. Saving sends it to main, which matches it to Whisper's timings and
// re-scores the attempt. Its own keys (Ctrl/Cmd+Enter, Esc) are handled here and kept from the app's
// shortcuts, and Space is typing in a textarea, so editing never starts or discards a recording.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AttemptDetail } from '../../../common/library';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import { Kbd } from '../ui/Kbd';
import { canSaveCorrection, editorKey, saveKeyLabel } from './transcriptEdit';

interface TranscriptEditorProps {
  attemptId: number;
  initial: string;
  onSaved: (detail: AttemptDetail) => void;
  onCancel: () => void;
}

export function TranscriptEditor({ attemptId, initial, onSaved, onCancel }: TranscriptEditorProps) {
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const changed = canSaveCorrection(initial, text);

  useEffect(() => box.current?.focus(), []);

  const save = (): void => {
    if (!changed || saving) return;
    setSaving(true);
    setError(null);
    api()
      .correctTranscript({ attemptId, text: text.trim() })
      .then(onSaved)
      .catch((e: unknown) => {
        setError(errorMessage(e));
        setSaving(false);
      });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const key = editorKey(event);
    if (!key) return;
    // Marks the key as handled, so the window's shortcut listener (Esc discards a recording) leaves it.
    event.preventDefault();
    if (key === 'save') save();
    else if (!saving) onCancel();
  };

  return (
    <div className="transcript-edit">
      <textarea
        ref={box}
        className="textarea transcript-editor"
        data-testid="transcript-editor"
        aria-label="Transcript"
        aria-describedby="transcript-edit-help"
        rows={6}
        value={text}
        readOnly={saving}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="transcript-edit-foot">
        <span className="muted small" id="transcript-edit-help">
          Fix what Whisper misheard. The words are matched to the recording again and the answer is re-scored.
        </span>
        <span className="hint">
          <Kbd>{saveKeyLabel(navigator.userAgent)}</Kbd> save · <Kbd>Esc</Kbd> cancel
        </span>
        <button
          type="button"
          className="button"
          data-testid="cancel-transcript"
          aria-label="Cancel editing"
          disabled={saving}
          onClick={onCancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="save-transcript"
          aria-label="Save the corrected transcript"
          disabled={!changed || saving}
          aria-busy={saving}
          onClick={save}
        >
          {saving ? 'Re-scoring…' : 'Save'}
        </button>
      </div>
    </div>
  );
}
