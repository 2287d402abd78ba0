// One attempt in the history: when, how long (coloured against its window), pace, fillers, the two
// content checks and the status. Click or Enter opens it.
import type { AttemptSummary } from '../../../common/library';
import type { VerdictState } from '../../../common/report';
import type { AttemptLink } from '../../../common/practice';
import { formatClock, formatPerMinute, formatWhen } from '../format/time';
import { durationVerdict } from '../recorder/target';
import { displayStage, isBusy, stageLabel, type StageProgress } from '../replay/stage';
import { TrashIcon } from '../ui/Icons';

interface HistoryRowProps {
  /** `marks`: the verdict states of the attempt's report (analysis 2 on), which the marks then show. */
  attempt: AttemptSummary;
  /** 1 for a follow-up answer, shown under the answer it followed up on. */
  depth: 0 | 1;
  link: AttemptLink | null;
  progress: StageProgress | undefined;
  selected: boolean;
  onOpen: (attemptId: number) => void;
  onDelete: (attempt: AttemptSummary) => void;
}

function check(value: boolean | null, state: VerdictState | undefined): { text: string; className: string; label: string } {
  // The verdict, when the report has one, so the history says what the scorecard says.
  if (state === 'neutral') return { text: '–', className: 'muted', label: 'not asked' };
  if (state === 'good') return { text: '✓', className: 'ok-text', label: 'yes' };
  if (state === 'warn' || state === 'bad') return { text: '✗', className: 'bad-text', label: 'no' };
  if (value === null) return { text: '–', className: 'muted', label: 'not checked' };
  return value ? { text: '✓', className: 'ok-text', label: 'yes' } : { text: '✗', className: 'bad-text', label: 'no' };
}

const STATE_CLASS: Record<VerdictState, string> = { good: 'ok-text', warn: 'warn-text', bad: 'bad-text', neutral: '' };

export function HistoryRow({ attempt, depth, link, progress, selected, onOpen, onDelete }: HistoryRowProps) {
  const stage = displayStage(attempt.status, progress);
  const when = formatWhen(attempt.startedAt);
  const verdict =
    attempt.durationSec === null
      ? null
      : durationVerdict(attempt.durationSec, { minSec: attempt.targetMinSec, maxSec: attempt.targetMaxSec });
  const marks = attempt.marks;
  const metric = check(attempt.metricPresent, marks.metric);
  const reflection = check(attempt.reflectionPresent, marks.reflection);
  const paceClass = marks.pace === undefined ? '' : STATE_CLASS[marks.pace];
  const fillerClass = marks.fillers === undefined ? '' : STATE_CLASS[marks.fillers];

  return (
    <li
      className={`history-row ${selected ? 'is-selected' : ''} ${depth === 1 ? 'history-follow-up' : ''}`}
      data-testid="history-row"
      data-attempt-id={attempt.id}
      data-stage={stage}
      data-recovered={attempt.recovered}
      data-depth={depth}
      aria-current={selected ? 'true' : undefined}
      aria-label={`Attempt ${when}`}
      tabIndex={0}
      onClick={() => onOpen(attempt.id)}
      onKeyDown={(event) => {
        // Enter or Space opens the row; handled here so Space never reaches the recording shortcut.
        if ((event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) {
          event.preventDefault();
          onOpen(attempt.id);
        }
      }}
    >
      <span className="h-when">
        {depth === 1 ? '↳ ' : ''}
        {when}
        {attempt.recovered ? <span className="badge badge-warn">Recovered</span> : null}
      </span>
      <span
        className={`h-duration duration-${verdict ?? 'none'}`}
        data-value={attempt.durationSec ?? ''}
        title={`Target ${attempt.targetMinSec}–${attempt.targetMaxSec} s`}
      >
        {attempt.durationSec === null ? '–' : formatClock(attempt.durationSec)}
      </span>
      <span className={`h-num ${paceClass}`} title="Words per minute" data-testid="history-pace" data-verdict={marks.pace ?? ''}>
        {attempt.wordsPerMinute === null ? '–' : Math.round(attempt.wordsPerMinute)}
      </span>
      <span
        className={`h-num ${fillerClass}`}
        title="Fillers per minute"
        data-testid="history-fillers"
        data-verdict={marks.fillers ?? ''}
      >
        {attempt.fillersPerMinute === null ? '–' : formatPerMinute(attempt.fillersPerMinute)}
      </span>
      <span
        className={`h-check ${metric.className}`}
        data-testid="history-metric"
        title={`Metric: ${metric.label}`}
        aria-label={`Metric: ${metric.label}`}
      >
        {metric.text}
      </span>
      <span
        className={`h-check ${reflection.className}`}
        data-testid="history-reflection"
        title={`Reflection: ${reflection.label}`}
        aria-label={`Reflection: ${reflection.label}`}
      >
        {reflection.text}
      </span>
      <span className={`h-status stage-${stage}`} data-scored={attempt.status === 'scored'}>
        {isBusy(stage) ? <span className="spinner" aria-hidden="true" /> : null}
        {stageLabel(stage, attempt.status === 'scored', true)}
      </span>
      <button
        type="button"
        className="icon-button h-delete"
        data-testid="delete-attempt"
        aria-label={`Delete attempt from ${when}`}
        title="Delete attempt"
        onClick={(event) => {
          event.stopPropagation();
          onDelete(attempt);
        }}
      >
        <TrashIcon />
      </button>
      {link?.twistText ? (
        <span className="h-thread muted small" data-testid="history-twist">
          Follow-up: {link.twistText}
        </span>
      ) : null}
      {link?.note ? (
        <span className="h-note small" data-testid="history-note">
          Note: {link.note}
        </span>
      ) : null}
    </li>
  );
}
