// The library screen's lists: questions with their follow-ups under them, and stories; each with its
// actions. Presentational: the screen passes the data and what each button does.
import { DRILL_LENGTH_TABLE } from '../../../common/drill-lengths';
import type { LibraryQuestion, LibraryQuestionTree, Story } from '../../../common/practice';

interface QuestionListProps {
  questions: readonly LibraryQuestionTree[];
  onPractise: (question: LibraryQuestion) => void;
  onEdit: (question: LibraryQuestion) => void;
  onAddFollowUp: (question: LibraryQuestionTree) => void;
  onArchive: (question: LibraryQuestion, archived: boolean) => void;
}

function QuestionRow({
  question,
  followUp,
  ...actions
}: { question: LibraryQuestion; followUp: boolean } & Omit<QuestionListProps, 'questions' | 'onAddFollowUp'>) {
  return (
    <div
      className={`library-row${followUp ? ' library-follow-up' : ''}`}
      data-testid={followUp ? 'library-follow-up' : 'library-question'}
      data-archived={question.archived}
    >
      <div className="library-row-text">
        <span>
          {followUp ? '↳ ' : ''}
          {question.text}
        </span>
        <span className="question-item-meta">
          <span className="tag">{question.mode}</span>
          <span className="tag">{DRILL_LENGTH_TABLE[question.lastLength ?? question.defaultLength].label}</span>
          {question.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
          {question.company ? <span className="tag">{question.company}</span> : null}
          <span className="muted small">
            {question.attemptCount === 0
              ? 'not practised'
              : `${question.attemptCount} attempt${question.attemptCount === 1 ? '' : 's'}`}
          </span>
        </span>
      </div>
      <div className="library-row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => actions.onPractise(question)}
          aria-label={`Practise: ${question.text}`}
        >
          Practise
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          onClick={() => actions.onEdit(question)}
          aria-label={`Edit: ${question.text}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          onClick={() => actions.onArchive(question, !question.archived)}
          aria-label={`${question.archived ? 'Restore' : 'Archive'}: ${question.text}`}
        >
          {question.archived ? 'Restore' : 'Archive'}
        </button>
      </div>
    </div>
  );
}

export function LibraryQuestionList({ questions, onAddFollowUp, ...actions }: QuestionListProps) {
  if (questions.length === 0) return <p className="muted">No questions match.</p>;
  return (
    <ul className="library-list" aria-label="Questions">
      {questions.map((question) => (
        <li key={question.id}>
          <QuestionRow question={question} followUp={false} {...actions} />
          {question.followUps.length > 0 ? (
            <ul className="library-follow-ups" aria-label={`Follow-ups to ${question.text}`}>
              {question.followUps.map((followUp) => (
                <li key={followUp.id}>
                  <QuestionRow question={followUp} followUp {...actions} />
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link-button small" onClick={() => onAddFollowUp(question)}>
            + follow-up
          </button>
        </li>
      ))}
    </ul>
  );
}

interface StoryListProps {
  stories: readonly Story[];
  onOpen: (story: Story) => void;
  onArchive: (story: Story, archived: boolean) => void;
}

export function LibraryStoryList({ stories, onOpen, onArchive }: StoryListProps) {
  if (stories.length === 0) return <p className="muted">No stories yet. Write one, or import your STAR notes as Markdown.</p>;
  return (
    <ul className="library-list" aria-label="Stories">
      {stories.map((story) => (
        <li key={story.id} className="library-row" data-testid="library-story" data-archived={story.archived}>
          <div className="library-row-text">
            <span>{story.title}</span>
            <span className="question-item-meta">
              {story.keyNumbers.map((number) => (
                <span key={number} className="tag">
                  {number}
                </span>
              ))}
              <span className="muted small">
                {story.questionIds.length} question{story.questionIds.length === 1 ? '' : 's'}
              </span>
            </span>
          </div>
          <div className="library-row-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => onOpen(story)}
              aria-label={`Open story: ${story.title}`}
            >
              Open
            </button>
            <button
              type="button"
              className="button button-small button-ghost"
              onClick={() => onArchive(story, !story.archived)}
              aria-label={`${story.archived ? 'Restore' : 'Archive'} story: ${story.title}`}
            >
              {story.archived ? 'Restore' : 'Archive'}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
