// Creating or editing a question: its text, mode (the user's choice overrides the one read from the
// words), tags, company and default length. Follow-ups are questions with a parent.
import { useState } from 'react';
import { DECK_MODES, type DeckMode } from '../../../common/deck';
import { DRILL_LENGTH_TABLE, DRILL_LENGTHS, type DrillLength } from '../../../common/drill-lengths';
import type { LibraryQuestion } from '../../../common/practice';
import { splitTags, type QuestionDraft } from './drafts';
import { FormActions } from '../ui/FormActions';

interface QuestionEditorProps {
  initial: LibraryQuestion | null;
  /** The question a new follow-up goes under. */
  parentText?: string;
  onSave: (draft: QuestionDraft) => Promise<void>;
  onCancel: () => void;
}

export function QuestionEditor({ initial, parentText, onSave, onCancel }: QuestionEditorProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [mode, setMode] = useState<DeckMode | null>(initial?.modeOverridden ? initial.mode : null);
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [company, setCompany] = useState(initial?.company ?? '');
  const [defaultLength, setDefaultLength] = useState<DrillLength>(initial?.defaultLength ?? 'full');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="card editor"
      data-testid="question-editor"
      aria-label={initial ? 'Edit question' : parentText ? 'New follow-up' : 'New question'}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setError('Write the question first.');
          return;
        }
        setSaving(true);
        onSave({
          text: text.trim(),
          mode,
          tags: splitTags(tags),
          company: company.trim() === '' ? null : company.trim(),
          defaultLength,
        })
          .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
          .finally(() => setSaving(false));
      }}
    >
      {parentText ? <p className="muted small">Follow-up to: {parentText}</p> : null}
      <label className="field field-grow">
        <span className="field-label">Question</span>
        <input
          className="textarea"
          data-testid="question-text"
          value={text}
          maxLength={500}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">Mode</span>
        <select
          className="select"
          data-testid="question-mode"
          value={mode ?? ''}
          onChange={(event) => setMode(event.target.value === '' ? null : (event.target.value as DeckMode))}
        >
          <option value="">Automatic{initial && !initial.modeOverridden ? ` (${initial.mode})` : ''}</option>
          {DECK_MODES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Default length</span>
        <select
          className="select"
          value={defaultLength}
          onChange={(event) => setDefaultLength(event.target.value as DrillLength)}
        >
          {DRILL_LENGTHS.map((value) => (
            <option key={value} value={value}>
              {DRILL_LENGTH_TABLE[value].label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Tags (comma-separated)</span>
        <input className="textarea" value={tags} onChange={(event) => setTags(event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Company</span>
        <input className="textarea" value={company} onChange={(event) => setCompany(event.target.value)} />
      </label>
      <FormActions error={error} saving={saving} onCancel={onCancel} saveTestId="question-save" />
    </form>
  );
}
