// The end of a session: each answer with its marks and length, minutes spoken, a mock's budget, and
// what to drill next.
import type { SessionSummary } from '../../../common/practice';
import { formatSeconds, formatWindow } from '../format/time';

interface SessionSummaryViewProps {
  summary: SessionSummary;
  onDrillAgain: (questionIds: number[]) => void;
  onClose: () => void;
}

const MARKS = [
  ['inWindow', 'In the window'],
  ['number', 'A number'],
  ['result', 'The outcome'],
  ['ownership', '“I”, not “we”'],
  ['reflection', 'A reflection'],
] as const;

function mark(value: boolean | null): string {
  return value === null ? '–' : value ? '✓' : '✗';
}

export function SessionSummaryView({ summary, onDrillAgain, onClose }: SessionSummaryViewProps) {
  const firstAnswers = summary.answers.filter((answer) => answer.parentAttemptId === null);
  return (
    <section className="session-summary" data-testid="session-summary" aria-labelledby="summary-title">
      <h1 id="summary-title">{summary.kind === 'mock' ? 'Mock interview done' : 'Session done'}</h1>
      <p className="muted" data-testid="summary-totals">
        {firstAnswers.length} {firstAnswers.length === 1 ? 'answer' : 'answers'}, {summary.answers.length - firstAnswers.length}{' '}
        follow-up
        {summary.answers.length - firstAnswers.length === 1 ? '' : 's'}, {summary.minutesSpoken} min spoken
        {summary.budgetMin !== null ? ` of a ${summary.budgetMin} min budget${summary.withinBudget ? '' : ' — over budget'}` : ''}
        {summary.pending > 0 ? ` · ${summary.pending} still being scored` : ''}
      </p>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col">Length</th>
            {MARKS.map(([, label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.answers.map((answer) => (
            <tr key={answer.attemptId} data-testid="summary-row" data-follow-up={answer.parentAttemptId !== null}>
              <th scope="row" className={answer.parentAttemptId === null ? '' : 'summary-follow-up'}>
                {answer.parentAttemptId === null ? answer.text : `↳ ${answer.twistText ?? 'Follow-up'}`}
              </th>
              <td>
                {answer.durationSec === null ? '—' : formatSeconds(answer.durationSec)}{' '}
                <span className="muted small">({formatWindow(answer.window.minSec, answer.window.maxSec)})</span>
              </td>
              {MARKS.map(([key, label]) => (
                <td key={key} aria-label={`${label}: ${answer.grade === null ? 'not scored yet' : mark(answer.marks[key])}`}>
                  {answer.grade === null ? '…' : mark(answer.marks[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Drill next</h2>
      {summary.drillNext.length === 0 ? (
        <p className="muted">Nothing stands out — try the next length up.</p>
      ) : (
        <ul className="drill-next" data-testid="drill-next">
          {summary.drillNext.map((item) => (
            <li key={item.questionId}>
              <strong>{item.text}</strong> <span className="muted">— {item.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="row-end">
        <button type="button" className="button button-ghost" onClick={onClose}>
          Back to the library
        </button>
        {summary.drillNext.length > 0 ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => onDrillAgain(summary.drillNext.map((item) => item.questionId))}
          >
            Drill these again
          </button>
        ) : null}
      </div>
    </section>
  );
}
