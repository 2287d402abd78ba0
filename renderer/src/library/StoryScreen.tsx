// One story: its notes, key numbers and questions, the length matrix and the compression check.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { STAR_SECTIONS } from '../../../common/deck';
import type { DrillLength } from '../../../common/drill-lengths';
import type { LibraryQuestion, LibraryQuestionTree } from '../../../common/practice';
import { practiceApi, practiceKeys } from './practiceApi';
import { StoryEditor } from './StoryEditor';
import { StoryMatrix } from './StoryMatrix';

interface StoryScreenProps {
  storyId: number;
  questions: readonly LibraryQuestionTree[];
  onBack: () => void;
  /** Opens a question on the practice screen. */
  onPractise: (question: LibraryQuestion) => void;
}

const TITLES = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', reflection: 'Reflection' } as const;

export function StoryScreen({ storyId, questions, onBack, onPractise }: StoryScreenProps) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const page = useQuery({ queryKey: practiceKeys.storyPage(storyId), queryFn: () => practiceApi().getStoryPage(storyId) });
  if (page.error) {
    return (
      <p className="inline-error" role="alert">
        {page.error instanceof Error ? page.error.message : String(page.error)}
      </p>
    );
  }
  if (!page.data) return <p className="muted">Loading…</p>;
  const { story } = page.data;
  const linked = questions.filter((question) => story.questionIds.includes(question.id));
  // Drilling the story at a length: its first question, set to that length, on the practice screen.
  const drill = async (question: LibraryQuestion, length: DrillLength): Promise<void> => {
    const updated = await practiceApi().rememberQuestionLength({ questionId: question.id, length, window: null });
    await client.invalidateQueries({ queryKey: practiceKeys.all });
    onPractise(updated);
  };
  return (
    <section className="story-screen" data-testid="story-screen" aria-labelledby="story-title">
      <button type="button" className="link-button" onClick={onBack}>
        ← Library
      </button>
      <h1 id="story-title">{story.title}</h1>
      {editing ? (
        <StoryEditor
          initial={story}
          questions={questions}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            await practiceApi().updateStory({ id: story.id, patch });
            await client.invalidateQueries({ queryKey: practiceKeys.all });
            setEditing(false);
          }}
        />
      ) : (
        <>
          <StoryMatrix
            page={page.data}
            {...(linked[0] ? { onDrill: (length: DrillLength) => void drill(linked[0]!, length) } : {})}
          />
          <dl className="story-notes">
            {STAR_SECTIONS.filter((section) => story.notes[section] !== '').map((section) => (
              <div key={section}>
                <dt>{TITLES[section]}</dt>
                <dd className="story-note-text">{story.notes[section]}</dd>
              </div>
            ))}
          </dl>
          <p>
            <strong>Key numbers:</strong> {story.keyNumbers.join(', ') || 'none yet'}
          </p>
          <p>
            <strong>Answers:</strong> {linked.map((question) => question.text).join(' · ') || 'no linked questions yet'}
          </p>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit the story
          </button>
        </>
      )}
    </section>
  );
}
