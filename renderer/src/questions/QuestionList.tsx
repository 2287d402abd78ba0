// The sidebar list: top-level questions and stories with their follow-ups indented under them.
import { useEffect, useRef } from 'react';
import type { Question } from '../../../common/library';
import { formatWhen } from '../format/time';
import { questionRows } from './questionTree';

interface QuestionListProps {
  questions: Question[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** While recording, the question cannot change: the recording belongs to the one on screen. */
  locked: boolean;
}

export function QuestionList({ questions, selectedId, onSelect, locked }: QuestionListProps) {
  const list = useRef<HTMLUListElement>(null);

  // A question added at the end of a long list is selected off-screen; bring it into view.
  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, questions.length]);

  if (questions.length === 0) {
    return <p className="muted sidebar-empty">No questions yet. Add the first one below.</p>;
  }
  return (
    <ul className="question-list" aria-label="Questions" ref={list}>
      {questionRows(questions).map(({ question, depth }) => {
        const selected = question.id === selectedId;
        return (
          <li key={question.id}>
            <button
              type="button"
              className={`question-item depth-${depth}`}
              data-testid="question-item"
              data-question-id={question.id}
              data-selected={selected}
              aria-current={selected ? 'true' : undefined}
              disabled={locked && !selected}
              title={locked && !selected ? 'Stop the recording first' : undefined}
              onClick={() => onSelect(question.id)}
            >
              <span className="question-item-text">{question.text}</span>
              <span className="question-item-meta">
                {question.kind === 'story' ? <span className="tag">Story</span> : null}
                {depth === 1 ? <span className="tag">Follow-up</span> : null}
                <span>
                  {question.attemptCount === 0
                    ? 'Not practised yet'
                    : `${question.attemptCount} ${question.attemptCount === 1 ? 'attempt' : 'attempts'}`}
                  {question.lastAttemptAt ? ` · ${formatWhen(question.lastAttemptAt)}` : ''}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
