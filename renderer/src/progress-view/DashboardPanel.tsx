// The dashboard: the practice habit and where to practise next.
import type { Dashboard, DashboardItem } from '../../../common/progress';

interface DashboardPanelProps {
  dashboard: Dashboard;
  formatDate: (iso: string) => string;
  onOpenQuestion: (questionId: number) => void;
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

export function DashboardPanel({ dashboard, formatDate, onOpenQuestion }: DashboardPanelProps) {
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
