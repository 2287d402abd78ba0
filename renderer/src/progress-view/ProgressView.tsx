// The Progress screen: the dashboard, transcript search, and for a chosen question (or all) at a chosen
// length: one small chart per metric, the timing strip, two attempts compared, and the calibration of the
// user's own predictions.
import { useDeferredValue, useMemo, useState } from 'react';
import { DRILL_LENGTHS, DRILL_LENGTH_TABLE, type DrillLength } from '../../../common/drill-lengths';
import type { Question, QuestionWithFollowUps } from '../../../common/library';
import type { ProgressScope, SearchHit } from '../../../common/progress';
import { errorMessage } from '../format/errors';
import { CalibrationPanel } from './CalibrationPanel';
import { ChartGrid } from './ChartGrid';
import { formatMetric } from './chart-model';
import { CompareView } from './CompareView';
import { DashboardPanel } from './DashboardPanel';
import { ExportPanel } from './ExportPanel';
import { formatAttemptDate } from './dates';
import { HitPlayer } from './HitPlayer';
import { SearchResults } from './SearchResults';
import { TimingStrip } from './TimingStrip';
import {
  useCalibration,
  useComparison,
  useDashboard,
  useProgressHistory,
  useProgressRefresh,
  useTranscriptSearch,
} from './useProgress';
import './progress-view.css';
import { RetranscribeBulk } from '../retranscribe/RetranscribeBulk';

interface ProgressViewProps {
  /** Top-level questions and stories as the sidebar has them (follow-ups nested, when listed). */
  questions: readonly Question[];
  initialQuestionId: number | null;
  /** Leaves Progress to practise a question (the dashboard's due list). */
  onPractise: (questionId: number) => void;
}

function withFollowUps(questions: readonly Question[]): Question[] {
  return questions.flatMap((question) => [question, ...((question as Partial<QuestionWithFollowUps>).followUps ?? [])]);
}

export function ProgressView({ questions, initialQuestionId, onPractise }: ProgressViewProps) {
  const [scope, setScope] = useState<ProgressScope>({ questionId: initialQuestionId, drillLength: null });
  const [windowSize, setWindowSize] = useState(5);
  const [query, setQuery] = useState('');
  const [playing, setPlaying] = useState<SearchHit | null>(null);
  const [pair, setPair] = useState<{ a: number; b: number } | null>(null);
  const formatDate = formatAttemptDate;
  const all = useMemo(() => withFollowUps(questions), [questions]);

  useProgressRefresh();
  // The charts are what the user opened the view for: the rest is asked for once their data is in, so main's
  // synchronous queries for the dashboard and calibration never hold up the charts' reply.
  const history = useProgressHistory(scope, windowSize);
  const chartsIn = !history.isPending;
  const dashboard = useDashboard(chartsIn);
  const calibration = useCalibration(scope, chartsIn);
  const comparison = useComparison(pair);
  const search = useTranscriptSearch(query);

  const points = useMemo(() => history.data?.attempts ?? [], [history.data]);
  const dates = useMemo(() => points.map((point) => point.startedAt), [points]);
  // When the data arrives, the sections below the charts (most of the screen's elements, all off screen)
  // follow it a render later, in the background: the frame that draws the charts does not wait for them.
  // Opening the view on cached data draws everything at once: a render deferred then only came later.
  const later = useDeferredValue(history.data);
  const laterPoints = useMemo(() => later?.attempts ?? [], [later]);
  const laterCalibration = useDeferredValue(calibration.data);
  const timing = later?.timing ?? null;
  const best = later?.pair ?? null;
  const charts = useMemo(
    () => history.data?.charts.filter((chart) => chart.values.some((value) => value !== null)) ?? [],
    [history.data],
  );
  // Every attempt's position, once: the selects label each of thousands of attempts by it.
  const positions = useMemo(() => new Map(laterPoints.map((point, index) => [point.attemptId, index])), [laterPoints]);
  const pointLabel = (attemptId: number): string => {
    const index = positions.get(attemptId);
    const point = index === undefined ? undefined : laterPoints[index];
    return point && index !== undefined
      ? `#${index + 1} · ${formatDate(point.startedAt)} · ${formatMetric(point.durationSec, 's')}`
      : `attempt ${attemptId}`;
  };
  const changeScope = (next: ProgressScope) => {
    setScope(next);
    setPair(null);
  };

  return (
    <div className="progress-view" data-testid="progress-view">
      <h1>Progress</h1>
      {dashboard.data ? (
        <DashboardPanel
          dashboard={dashboard.data}
          formatDate={formatDate}
          onOpenQuestion={(id) => changeScope({ ...scope, questionId: id })}
          onPractise={onPractise}
        />
      ) : dashboard.error ? (
        <p className="inline-error" role="alert">
          {errorMessage(dashboard.error)}
        </p>
      ) : null}

      <section aria-labelledby="search-title" className="progress-search">
        <h2 id="search-title">Search your answers</h2>
        <label>
          <span className="visually-hidden">Words to find in your transcripts</span>
          <input
            type="search"
            className="input"
            placeholder="Words you said…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="search-input"
          />
        </label>
        {search.error ? (
          <p className="inline-error" role="alert">
            {errorMessage(search.error)}
          </p>
        ) : null}
        <SearchResults hits={search.data ?? []} query={search.data ? query : ''} formatDate={formatDate} onPlay={setPlaying} />
        {playing ? <HitPlayer hit={playing} /> : null}
      </section>

      <section aria-labelledby="trends-title">
        <h2 id="trends-title">Trends</h2>
        <div className="progress-toolbar">
          <label>
            Question or story
            <select
              className="select"
              value={scope.questionId ?? ''}
              onChange={(event) =>
                changeScope({ ...scope, questionId: event.target.value === '' ? null : Number(event.target.value) })
              }
              data-testid="scope-question"
            >
              <option value="">All questions and stories</option>
              {all.map((question) => (
                <option key={question.id} value={question.id}>
                  {question.parentId === null ? '' : '↳ '}
                  {question.text}
                </option>
              ))}
            </select>
          </label>
          <label>
            Length
            <select
              className="select"
              value={scope.drillLength ?? ''}
              onChange={(event) =>
                changeScope({ ...scope, drillLength: event.target.value === '' ? null : (event.target.value as DrillLength) })
              }
            >
              <option value="">All lengths</option>
              {DRILL_LENGTHS.map((length) => (
                <option key={length} value={length}>
                  {DRILL_LENGTH_TABLE[length].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Compare the last
            <select className="select" value={windowSize} onChange={(event) => setWindowSize(Number(event.target.value))}>
              {[3, 5, 8, 10].map((n) => (
                <option key={n} value={n}>
                  {n} with the {n} before
                </option>
              ))}
            </select>
          </label>
        </div>
        {history.error ? (
          <p className="inline-error" role="alert">
            {errorMessage(history.error)}
          </p>
        ) : null}
        {history.data && points.length === 0 ? <p className="muted">No scored attempts here yet.</p> : null}
        {history.data && points.length > 0 ? (
          <ChartGrid charts={charts} dates={dates} provenance={history.data.provenance} formatDate={formatDate} />
        ) : null}
        {history.data && history.data.provenance.length > 0 ? (
          <p className="muted">
            Dashed amber lines mark where the model, prompt or analysis changed:{' '}
            {history.data.provenance
              .map((change) => `#${change.index + 1} (${change.what.join(', ')}${change.model ? `: ${change.model}` : ''})`)
              .join('; ')}
            .
          </p>
        ) : null}
        {scope.questionId !== null ? (
          <RetranscribeBulk
            scope={{ kind: 'question', questionId: scope.questionId, otherModelsOnly: true }}
            title="Attempts here made with another model"
            testId="retranscribe-question"
          />
        ) : null}
      </section>

      {/* The strip compares one question's answers; across every question it would be a wall of bars. */}
      {timing && scope.questionId !== null ? (
        <>
          <TimingStrip
            rows={timing.rows}
            formatDate={formatDate}
            onOpen={(id) => setPair((current) => ({ a: current?.b ?? id, b: id }))}
          />
          {timing.total > timing.rows.length ? (
            <p className="muted">
              The last {timing.rows.length} of {timing.total} attempts.
            </p>
          ) : null}
        </>
      ) : null}

      {scope.questionId !== null && laterPoints.length >= 2 ? (
        <section aria-labelledby="compare-title" className="progress-compare">
          <h2 id="compare-title">Compare two attempts</h2>
          <div className="progress-toolbar">
            <button
              type="button"
              className="button"
              disabled={!best}
              onClick={() => best && setPair({ a: best.bestId, b: best.latestId })}
              data-testid="latest-vs-best"
            >
              Latest against best
            </button>
            {(['a', 'b'] as const).map((side) => (
              <label key={side}>
                {side === 'a' ? 'First' : 'Second'}
                <select
                  className="select"
                  value={pair?.[side] ?? ''}
                  onChange={(event) => {
                    const id = Number(event.target.value);
                    const other =
                      side === 'a' ? (pair?.b ?? laterPoints.at(-1)!.attemptId) : (pair?.a ?? laterPoints[0]!.attemptId);
                    setPair(side === 'a' ? { a: id, b: other } : { a: other, b: id });
                  }}
                  data-testid={`compare-${side}`}
                >
                  <option value="" disabled>
                    Choose an attempt
                  </option>
                  {laterPoints.map((point) => (
                    <option key={point.attemptId} value={point.attemptId}>
                      {pointLabel(point.attemptId)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {comparison.error ? (
            <p className="inline-error" role="alert">
              {errorMessage(comparison.error)}
            </p>
          ) : null}
          {comparison.data && pair ? (
            <CompareView comparison={comparison.data} titleA={pointLabel(pair.a)} titleB={pointLabel(pair.b)} />
          ) : null}
        </section>
      ) : null}

      {laterCalibration ? <CalibrationPanel summary={laterCalibration} formatDate={formatDate} /> : null}

      <ExportPanel questionId={scope.questionId} points={laterPoints} attemptLabel={pointLabel} />
    </div>
  );
}
