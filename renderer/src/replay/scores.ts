// The score tiles of an attempt: value, verdict and a plain-language hint for each one that is off.
// Pure, so the thresholds and wording are unit-tested.
import type { TargetWindow } from '../../../common/contract';
import { spanLabel } from '../../../common/span-label';
import type { AnswerMode, Report, Span, Verdict as ReportVerdict, VerdictId } from '../../../common/report';
import { verdictOf } from '../../../common/verdict-marks';
import { formatClock, formatPerMinute, formatSeconds, formatWindow } from '../format/time';
import { durationVerdict } from '../recorder/target';
import type { StoredReport } from './report';

export const PACE_RANGE = { min: 120, max: 170 } as const;
export const MAX_FILLERS_PER_MINUTE = 4;
export const MAX_FIRST_WORD_SEC = 3;

export type ScoreId = 'duration' | 'speaking' | 'wpm' | 'first-word' | 'fillers' | 'metric' | 'reflection' | 'ownership';
export type Verdict = 'good' | 'warn' | 'bad' | 'neutral';

export interface ScoreItem {
  id: ScoreId;
  label: string;
  /** Machine-readable value for data-value. */
  value: string;
  display: string;
  detail: string | null;
  verdict: Verdict;
  hint: string | null;
  /** Extra data attributes, e.g. a filler rate beside the filler count. */
  data?: Record<string, string>;
}

export function durationScore(durationSec: number, target: TargetWindow): ScoreItem {
  const verdict = durationVerdict(durationSec, target);
  const hint =
    verdict === 'short'
      ? `${Math.ceil(target.minSec - durationSec)} s short — add the result or one more detail.`
      : verdict === 'long'
        ? `${Math.ceil(durationSec - target.maxSec)} s over — trim the setup and get to the action.`
        : null;
  return {
    id: 'duration',
    label: 'Duration',
    value: durationSec.toFixed(1),
    display: formatClock(durationSec),
    detail: `target ${formatWindow(target.minSec, target.maxSec)}`,
    verdict: verdict === 'inside' ? 'good' : verdict === 'long' ? 'bad' : 'warn',
    hint,
  };
}

/** "um ×3, like ×2": which fillers, most frequent first. */
export function fillerTally(items: readonly Pick<Span, 'text'>[]): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const text = spanLabel(item.text).toLowerCase();
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([text, n]) => (n > 1 ? `${text} ×${n}` : text))
    .join(', ');
}

function listSpans(items: readonly Pick<Span, 'text'>[], max: number): string {
  const texts = items.map((s) => spanLabel(s.text));
  const shown = texts.slice(0, max).join(', ');
  return texts.length > max ? `${shown} +${texts.length - max}` : shown;
}

function quote(text: string, maxChars: number): string {
  const trimmed = spanLabel(text);
  return `“${trimmed.length > maxChars ? `${trimmed.slice(0, maxChars - 1).trimEnd()}…` : trimmed}”`;
}

/** The figures the tiles show: the report's first-version fields, so every stored report has them. */
export type ScoredFigures = Pick<
  StoredReport,
  | 'durationSec'
  | 'speakingSec'
  | 'wordsPerMinute'
  | 'timeToFirstWordSec'
  | 'fillers'
  | 'metrics'
  | 'reflection'
  | 'ownership'
  | 'transcript'
> & {
  /** From analysis 2 on: what each tile says. */
  verdicts?: readonly ReportVerdict[];
  mode?: AnswerMode;
  pace?: Report['pace'] | null;
};

/**
 * A tile as its verdict says: state, and the verdict's fix as the hint. Tiles of reports before analysis 2
 * (no verdicts) keep the reading below, so old attempts still show.
 */
function fromVerdict(
  tile: ScoreItem,
  verdict: ReportVerdict | undefined,
  display?: (verdict: ReportVerdict) => Partial<ScoreItem>,
): ScoreItem {
  if (verdict === undefined) return tile;
  return {
    ...tile,
    verdict: verdict.state,
    hint: verdict.fix,
    ...(display ? display(verdict) : {}),
    data: { ...(tile.data ?? {}), 'verdict-id': verdict.id },
  };
}

const MODE_WORDS: Record<string, string> = {
  design: 'a design answer',
  incident: 'an incident answer',
  product: 'a product answer',
  motivation: 'a motivation answer',
  pitch: 'a pitch',
  general: 'this answer',
  behavioral: 'a story',
};

function check(verdict: ReportVerdict, mode: string | undefined): Partial<ScoreItem> {
  if (verdict.state === 'neutral') {
    return {
      display: '–',
      value: 'n/a',
      detail: verdict.applies ? null : `not asked in ${MODE_WORDS[mode ?? 'general'] ?? 'this answer'}`,
    };
  }
  return { display: verdict.state === 'good' ? '✓' : '✗', value: String(verdict.state === 'good') };
}

export function buildScores(report: ScoredFigures, target: TargetWindow): ScoreItem[] {
  const tiles = figureScores(report, target);
  const verdicts = report.verdicts;
  const of = (id: VerdictId): ReportVerdict | undefined => verdictOf(verdicts, id);
  const length = of('length');
  const pace = of('pace');
  return tiles.map((tile) => {
    switch (tile.id) {
      // Length is judged when the window was known at scoring; otherwise the drill's window here decides.
      case 'duration':
        return length !== undefined && length.state !== 'neutral' ? fromVerdict(tile, length) : tile;
      case 'wpm':
        return fromVerdict(tile, pace, () => {
          const overall = report.pace ? Math.round(report.pace.overallWpm) : null;
          return overall === null
            ? {}
            : {
                value: String(overall),
                display: `${overall}`,
                detail: `words / min · ${Math.round(report.wordsPerMinute)} while speaking`,
              };
        });
      case 'first-word':
        return fromVerdict(tile, of('opening'));
      case 'fillers':
        return fromVerdict(tile, of('fillers'));
      case 'metric':
        return fromVerdict(tile, of('metric'), (verdict) => check(verdict, report.mode));
      case 'reflection':
        return fromVerdict(tile, of('reflection'), (verdict) => check(verdict, report.mode));
      case 'ownership':
        return fromVerdict(tile, of('ownership'));
      default:
        return tile;
    }
  });
}

function figureScores(report: ScoredFigures, target: TargetWindow): ScoreItem[] {
  const spoke = report.transcript.words.length > 0;
  const speakingShare = report.durationSec > 0 ? report.speakingSec / report.durationSec : 0;
  const wpm = Math.round(report.wordsPerMinute);
  const firstWord = report.timeToFirstWordSec;
  const { i, we } = report.ownership;
  // Reports of the first version have no flag; it then means what their tile said: "we" outnumbers "I".
  const mostlyWe = report.ownership.mostlyWe ?? we > i;

  return [
    durationScore(report.durationSec, target),
    {
      id: 'speaking',
      label: 'Speaking',
      value: report.speakingSec.toFixed(1),
      display: formatClock(report.speakingSec),
      detail: `${Math.round(speakingShare * 100)} % of the answer`,
      verdict: 'neutral',
      hint: spoke && report.durationSec >= 20 && speakingShare < 0.6 ? 'Long pauses — keep the story moving.' : null,
    },
    {
      id: 'wpm',
      label: 'Pace',
      value: String(wpm),
      display: spoke ? `${wpm}` : '—',
      detail: 'words / min',
      verdict: !spoke ? 'bad' : wpm < PACE_RANGE.min || wpm > PACE_RANGE.max ? 'warn' : 'good',
      hint: !spoke
        ? 'No speech was recognised.'
        : wpm < PACE_RANGE.min
          ? `Slow — aim for ${PACE_RANGE.min}–${PACE_RANGE.max} wpm.`
          : wpm > PACE_RANGE.max
            ? `Fast — aim for ${PACE_RANGE.min}–${PACE_RANGE.max} wpm; pause between points.`
            : null,
    },
    {
      id: 'first-word',
      label: 'First word',
      value: firstWord === null ? '' : firstWord.toFixed(1),
      display: firstWord === null ? '—' : formatSeconds(firstWord),
      detail: 'after start',
      verdict: firstWord === null ? 'neutral' : firstWord > MAX_FIRST_WORD_SEC ? 'warn' : 'good',
      hint: firstWord !== null && firstWord > MAX_FIRST_WORD_SEC ? 'Slow start — open with your headline.' : null,
    },
    {
      id: 'fillers',
      label: 'Fillers',
      value: String(report.fillers.count),
      display: String(report.fillers.count),
      detail:
        report.fillers.count > 0
          ? `${formatPerMinute(report.fillers.perMinute)} / min · ${fillerTally(report.fillers.items)}`
          : 'none',
      verdict: report.fillers.perMinute > MAX_FILLERS_PER_MINUTE ? 'warn' : 'good',
      hint: report.fillers.perMinute > MAX_FILLERS_PER_MINUTE ? 'Frequent fillers — a silent pause sounds more confident.' : null,
      data: { 'per-minute': report.fillers.perMinute.toFixed(1) },
    },
    {
      id: 'metric',
      label: 'Metric',
      value: String(report.metrics.present),
      display: report.metrics.present ? '✓' : '✗',
      detail: report.metrics.present ? listSpans(report.metrics.items, 3) : null,
      verdict: report.metrics.present ? 'good' : 'bad',
      hint: report.metrics.present ? null : 'No number — add a concrete metric.',
    },
    {
      id: 'reflection',
      label: 'Reflection',
      value: String(report.reflection.present),
      display: report.reflection.present ? '✓' : '✗',
      detail: report.reflection.items[0] ? quote(report.reflection.items[0].text, 48) : null,
      verdict: report.reflection.present ? 'good' : 'bad',
      hint: report.reflection.present ? null : 'No reflection — say what you learned or would do differently.',
    },
    {
      id: 'ownership',
      label: 'Ownership',
      value: `${i}:${we}`,
      display: `I ${i} · we ${we}`,
      detail: null,
      verdict: mostlyWe ? 'warn' : i === 0 ? 'neutral' : 'good',
      hint: mostlyWe ? '“We” outnumbers “I” — say what you did.' : null,
      data: { i: String(i), we: String(we), 'mostly-we': String(mostlyWe) },
    },
  ];
}
