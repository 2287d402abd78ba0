// Creating or editing a story: its title, notes per STAR section, the key numbers it must carry, and the
// questions it answers.
import { useState } from 'react';
import { STAR_SECTIONS, type StarSection } from '../../../common/deck';
import type { LibraryQuestionTree, Story, StoryInput } from '../../../common/practice';
import { splitKeyNumbers } from './drafts';
import { FormActions } from '../ui/FormActions';

const SECTION_TITLES: Readonly<Record<StarSection, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

interface StoryEditorProps {
  initial: Story | null;
  questions: readonly LibraryQuestionTree[];
  onSave: (input: StoryInput) => Promise<void>;
  onCancel: () => void;
}

export function StoryEditor({ initial, questions, onSave, onCancel }: StoryEditorProps) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [notes, setNotes] = useState<Record<StarSection, string>>(
    initial?.notes ?? { situation: '', task: '', action: '', result: '', reflection: '' },
  );
  const [numbers, setNumbers] = useState(initial?.keyNumbers.join('\n') ?? '');
  const [linked, setLinked] = useState<Set<number>>(new Set(initial?.questionIds ?? []));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="card editor"
      data-testid="story-editor"
      aria-label={initial ? 'Edit story' : 'New story'}
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() === '') {
          setError('Give the story a title.');
          return;
        }
        setSaving(true);
        onSave({ title: title.trim(), notes, keyNumbers: splitKeyNumbers(numbers), questionIds: [...linked] })
          .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
          .finally(() => setSaving(false));
      }}
    >
      <label className="field field-grow">
        <span className="field-label">Title</span>
        <input
          className="textarea"
          data-testid="story-title"
          value={title}
          maxLength={500}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      {STAR_SECTIONS.map((section) => (
        <label key={section} className="field field-grow">
          <span className="field-label">{SECTION_TITLES[section]}</span>
          <textarea
            className="textarea"
            rows={section === 'action' ? 4 : 2}
            value={notes[section]}
            onChange={(event) => setNotes({ ...notes, [section]: event.target.value })}
          />
        </label>
      ))}
      <label className="field field-grow">
        <span className="field-label">Key numbers (one per line)</span>
        <textarea
          className="textarea"
          data-testid="story-numbers"
          rows={2}
          value={numbers}
          onChange={(event) => setNumbers(event.target.value)}
        />
      </label>
      <fieldset className="field">
        <legend className="field-label">Answers these questions</legend>
        <div className="story-links">
          {questions.map((question) => (
            <label key={question.id}>
              <input
                type="checkbox"
                checked={linked.has(question.id)}
                onChange={(event) => {
                  const next = new Set(linked);
                  if (event.target.checked) next.add(question.id);
                  else next.delete(question.id);
                  setLinked(next);
                }}
              />{' '}
              {question.text}
            </label>
          ))}
        </div>
      </fieldset>
      <FormActions error={error} saving={saving} onCancel={onCancel} saveTestId="story-save" />
    </form>
  );
}
