// The scorecard, the summary, the STAR caption and the history row, rendered for answers in each verdict
// state: they read one verdict source, so they must never contradict each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import type { AttemptSummary } from '../../../common/library';
import type { Report, Verdict } from '../../../common/report';
import { verdictMarks } from '../../../common/verdict-marks';
import { DEFAULT_FILLER_WORDS, score } from '../../../native/analysis/score';
import { normalizeReport } from '../../../renderer/src/replay/report';
import { buildScores, type ScoreItem } from '../../../renderer/src/replay/scores';
import { timed } from '../analysis/words';

// The components are compiled with the classic JSX runtime under the test loader, which needs React in scope;
// they are loaded by URL because the Node type-check (no JSX, no DOM) does not compile renderer components.
Object.assign(globalThis, { React });
type View<P> = React.ComponentType<P>;
async function view<P>(file: string, name: string): Promise<View<P>> {
  const module: unknown = await import(new URL(`../../../renderer/src/${file}`, import.meta.url).href);
  const component: unknown = (module as Record<string, unknown>)[name];
  assert.equal(typeof component, 'function', `${file} exports ${name}`);
  return component as View<P>;
}
const noop = (): void => undefined;
const Summary = await view<{ strengths: Report['summary']['strengths']; fixes: Report['summary']['fixes']; onPlay: null }>(
  'replay/Summary.tsx',
  'Summary',
);
const StarBar = await view<{ star: NonNullable<ReturnType<typeof normalizeReport>['star']>; durationSec: number; onPlay: null }>(
  'replay/StarBar.tsx',
  'StarBar',
);
const HistoryRow = await view<{
  attempt: AttemptSummary & { marks: ReturnType<typeof verdictMarks> };
  progress: undefined;
  selected: boolean;
  onOpen: () => void;
  onDelete: () => void;
}>('history/HistoryRow.tsx', 'HistoryRow');

const WINDOW = { minSec: 25, maxSec: 60 };

interface Case {
  name: string;
  question: string;
  answer: string;
  durationSec: number;
}

const STORY =
  'At my last job checkout was slow at peak and we were losing orders every single weekend. My task was to make it fast. ' +
  'I profiled it, I found twelve calls per page, and I added a batch endpoint. As a result, we cut p99 by 40%. ' +
  'Looking back, I would have load tested first.';

const CASES: readonly Case[] = [
  { name: 'a strong story', question: 'Tell me about a time you improved performance.', answer: STORY, durationSec: 26 },
  {
    name: 'a story far too short and too fast',
    question: 'Tell me about a time you improved performance.',
    answer: STORY,
    durationSec: 12,
  },
  {
    name: 'a weak story',
    question: 'Tell me about a time you fixed a problem.',
    answer:
      'Um, so, like, we had a problem with the system and, uh, we talked about it a lot. We kind of fixed it, I think, maybe, and we were happy. We moved on. So yeah.',
    durationSec: 14,
  },
  {
    name: 'a design answer',
    question: 'How would you design a job queue for emails?',
    answer:
      "I'd start with the requirements: two million emails a day. The constraint is latency. If a worker fails, the job is retried with backoff. I'd watch queue depth on a dashboard. That's the design.",
    durationSec: 30,
  },
  {
    name: 'a motivation answer',
    question: 'Why do you want to work here?',
    answer:
      "I've used your product for three years, and I've built sync engines before, so I can bring that from day one. That's why I applied.",
    durationSec: 27,
  },
];

function reportOf(item: Case): Report {
  return score(
    timed(item.answer, 0.5),
    { durationSec: item.durationSec },
    { fillerWords: DEFAULT_FILLER_WORDS, question: item.question, window: WINDOW },
  );
}

function attemptOf(report: Report): AttemptSummary & { marks: ReturnType<typeof verdictMarks> } {
  return {
    id: 1,
    questionId: 1,
    startedAt: '2026-11-27T14:00:00.000Z',
    drillLength: 'elevator',
    durationSec: report.durationSec,
    targetMinSec: WINDOW.minSec,
    targetMaxSec: WINDOW.maxSec,
    status: 'scored',
    recovered: false,
    selfEstimate: null,
    wordsPerMinute: report.pace.overallWpm,
    fillersPerMinute: report.fillers.perMinute,
    fillerCount: report.fillers.count,
    metricPresent: report.metrics.present,
    reflectionPresent: report.reflection.present,
    marks: verdictMarks(report.verdicts),
  };
}

/** The text of the element carrying a test id, from server-rendered HTML. */
function textOf(html: string, testId: string): string | null {
  const match = new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html);
  return match?.[1] ?? null;
}

function attributeOf(html: string, testId: string, attribute: string): string | null {
  const match =
    new RegExp(`data-testid="${testId}"[^>]*?${attribute}="([^"]*)"`).exec(html) ??
    new RegExp(`${attribute}="([^"]*)"[^>]*data-testid="${testId}"`).exec(html);
  return match?.[1] ?? null;
}

const tile = (tiles: readonly ScoreItem[], id: ScoreItem['id']): ScoreItem => {
  const found = tiles.find((item) => item.id === id);
  assert.ok(found, `no ${id} tile`);
  return found;
};

const isOff = (verdict: Pick<Verdict, 'state'>): boolean => verdict.state === 'warn' || verdict.state === 'bad';

for (const item of CASES) {
  test(`${item.name}: tiles, summary, STAR caption and history agree`, () => {
    const report = reportOf(item);
    const shown = normalizeReport(report);
    const verdicts = report.verdicts ?? [];
    const tiles = buildScores(shown, WINDOW);
    const summary = renderToString(
      React.createElement(Summary, { strengths: shown.summary.strengths, fixes: shown.summary.fixes, onPlay: null }),
    );
    const history = renderToString(
      React.createElement(HistoryRow, {
        attempt: attemptOf(report),
        progress: undefined,
        selected: false,
        onOpen: noop,
        onDelete: noop,
      }),
    );
    const star =
      shown.star === null
        ? ''
        : renderToString(React.createElement(StarBar, { star: shown.star, durationSec: report.durationSec, onPlay: null }));

    // "Nothing to fix" exactly when no verdict is off, so never beside an amber or red tile.
    const offTiles = tiles.filter((item) => item.verdict === 'warn' || item.verdict === 'bad');
    assert.equal(summary.includes('Nothing to fix'), !verdicts.some(isOff));
    if (offTiles.length > 0) assert.ok(!summary.includes('Nothing to fix'), `${offTiles.map((t) => t.id).join(', ')} off`);
    for (const fix of shown.summary.fixes)
      assert.ok(
        verdicts.some((verdict) => isOff(verdict) && verdict.fix === fix.text),
        fix.text,
      );
    assert.equal(shown.summary.fixes.length, Math.min(3, verdicts.filter(isOff).length));
    // Every tile that is off says the same sentence as its verdict.
    for (const off of offTiles)
      assert.ok(
        verdicts.some((verdict) => verdict.fix === off.hint),
        `${off.id}: ${off.hint ?? ''}`,
      );

    // The history marks show the tiles' verdicts.
    assert.equal(textOf(history, 'history-metric'), tile(tiles, 'metric').display);
    assert.equal(textOf(history, 'history-reflection'), tile(tiles, 'reflection').display);
    assert.equal(attributeOf(history, 'history-pace', 'data-verdict'), tile(tiles, 'wpm').verdict);
    assert.equal(attributeOf(history, 'history-fillers', 'data-verdict'), tile(tiles, 'fillers').verdict);

    // The STAR caption names what is missing exactly when the story verdict is off, in the same words.
    const structure = verdicts.find((verdict) => verdict.id === 'structure');
    const missing = textOf(star, 'star-missing');
    if (structure !== undefined && structure.label === 'Story' && isOff(structure)) assert.equal(missing, structure.fix);
    else assert.equal(missing, null);

    // A design or motivation answer is never told it lacks a lesson or a story, anywhere.
    if (report.mode !== 'behavioral') {
      assert.ok(!/lesson|story/i.test(summary), 'summary');
      assert.equal(tile(tiles, 'reflection').verdict === 'bad' || tile(tiles, 'reflection').verdict === 'warn', false);
      assert.ok(!/lesson|story/i.test(star), 'STAR caption');
    }
  });
}

test('the states the cases cover: every tile state appears somewhere', () => {
  const states = new Set(CASES.flatMap((item) => buildScores(normalizeReport(reportOf(item)), WINDOW).map((t) => t.verdict)));
  assert.deepEqual([...states].sort(), ['bad', 'good', 'neutral', 'warn']);
});
