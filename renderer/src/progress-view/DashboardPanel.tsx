// The dashboard: the practice habit, how much of the story bank is ready, and where to practise next (what
// the review schedule says is due, each one click from practising it).
import { DRILL_LENGTH_TABLE } from '../../../common/drill-lengths';
import type { Dashboard, DashboardItem, DueItem, ReadinessCoverage } from '../../../common/progress';

interface DashboardPanelProps {
  dashboard: Dashboard;
  formatDate: (iso: string) => string;
  onOpenQuestion: (questionId: number) => void;
  /** Leaves Progress for the question's drill screen. */
  onPractise: (questionId: number) => void;
}

const READY_MEANS =
  'A story is ready when, at every length, its latest attempt is in the window, carries the story’s number and has a reflection where the mode asks for one.';

function Readiness({ readiness }: { readiness: ReadinessCoverage }) {
  if (readiness.stories === 0) {
    return <p className="muted">No stories yet: add them under Library &amp; drills. {READY_MEANS}</p>;
  }
  return (
    <>
      <p data-testid="readiness-coverage" title={READY_MEANS}>
        <strong>
          {readiness.ready} of {readiness.stories}
        </strong>{' '}
        stor{readiness.stories === 1 ? 'y' : 'ies'} ready · {readiness.greenCells} of {readiness.cells} story × length cells green
      </p>
      <p className="muted">{READY_MEANS}</p>
      {readiness.notReady.length > 0 ? (
        <ul className="dashboard-list" data-testid="not-ready">
          {readiness.notReady.map((story) => (
            <li key={story.storyId}>
              {story.title}{' '}
              <span className="muted">
                — not green yet: {story.missing.map((length) => DRILL_LENGTH_TABLE[length].label).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function overdueText(item: DueItem): string {
  return item.overdueDays === 0 ? 'due today' : `${item.overdueDays} day${item.overdueDays === 1 ? '' : 's'} overdue`;
}

function DueList({ due, total, onPractise }: { due: DueItem[]; total: number; onPractise: (questionId: number) => void }) {
  if (due.length === 0) {
    return (
      <p className="muted" data-testid="due-empty">
        Nothing is due. A question comes back a day after you first practise it, then after six days, then at growing intervals;
        an answer that misses three marks starts it again.
      </p>
    );
  }
  return (
    <>
      <ol className="dashboard-list" data-testid="due-list">
        {due.map((item) => (
          <li key={item.questionId} data-testid="due-item" data-question-id={item.questionId}>
            {item.text} <span className="muted">{overdueText(item)}</span>{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => onPractise(item.questionId)}
              aria-label={`Practise: ${item.text}`}
            >
              Practise
            </button>
          </li>
        ))}
      </ol>
      {total > due.length ? (
        <p className="muted">…and {total - due.length} more. A drill session ordered “due” takes them most overdue first.</p>
      ) : null}
    </>
  );
}

function ItemList({
  items,
  detail,
  onOpen,
  empty,
}: {
  items: DashboardItem[];
  detail: (item: DashboardItem) => string;
  onOpen: (id: number) => void;
  empty: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="dashboard-list">
      {items.map((item) => (
        <li key={item.questionId}>
          <button type="button" className="link-button" onClick={() => onOpen(item.questionId)}>
            {item.text}
          </button>{' '}
          <span className="muted">{detail(item)}</span>
        </li>
      ))}
    </ol>
  );
}

export function DashboardPanel({ dashboard, formatDate, onOpenQuestion, onPractise }: DashboardPanelProps) {
  return (
    <section className="dashboard" aria-labelledby="dashboard-title" data-testid="dashboard">
      <h2 id="dashboard-title">Your practice</h2>
      <dl className="dashboard-figures">
        <div>
          <dt>Streak</dt>
          <dd data-testid="streak">
            {dashboard.streakDays} day{dashboard.streakDays === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>This week</dt>
          <dd>
            {Math.round(dashboard.minutesThisWeek)} min in {dashboard.sessionsThisWeek} session
            {dashboard.sessionsThisWeek === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{dashboard.totalAttempts}</dd>
        </div>
      </dl>
      <h3>Due now</h3>
      <DueList due={dashboard.due} total={dashboard.dueTotal} onPractise={onPractise} />
      <h3>Story readiness</h3>
      <Readiness readiness={dashboard.readiness} />
      <h3>Least consistent lately</h3>
      <ItemList
        items={dashboard.highestVariance}
        onOpen={onOpenQuestion}
        empty="Three attempts of a question are needed to tell."
        detail={(item) => `duration varies ${Math.round((item.durationCv ?? 0) * 100)} % (last ${Math.min(item.attempts, 5)})`}
      />
      <h3>Left longest</h3>
      <ItemList
        items={dashboard.longestUnpractised}
        onOpen={onOpenQuestion}
        empty="Nothing practised yet."
        detail={(item) => (item.lastAttemptAt ? `last ${formatDate(item.lastAttemptAt)}` : '')}
      />
    </section>
  );
}
