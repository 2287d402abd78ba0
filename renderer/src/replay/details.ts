// The scorecard's details under the tiles: one group per flag, each with a verdict, a one-line headline,
// a hint when it is off, and the moments it comes from. Pure, so thresholds and wording are unit-tested.
import { spanLabel } from '../../../common/span-label';
import type { EndingKind, Pause, TimedWord, VerdictId } from '../../../common/report';
import { verdictOf } from '../../../common/verdict-marks';
import { formatPerMinute, formatSeconds } from '../format/time';
import { momentEvidence, spanEvidence, type Evidence } from './evidence';
import type { ShownReport } from './report';
import { MAX_FILLERS_PER_MINUTE, PACE_RANGE, type Verdict } from './scores';

export type DetailId = 'ending' | 'metrics' | 'reflection' | 'fillers' | 'vocalized-fillers' | 'pauses' | 'hedges' | 'pace';

export interface DetailItem {
  evidence: Evidence;
  /** Said beside the moment: a pause's length, a stretch's pace. */
  caption: string | null;
  /** The one to look at first: the longest pause, a cluster of fillers, a stretch outside the pace range. */
  emphasis: boolean;
}

export interface DetailGroup {
  id: DetailId;
  label: string;
  verdict: Verdict;
  headline: string;
  hint: string | null;
  items: DetailItem[];
  data?: Record<string, string>;
}

/** A pause longer than this mid-answer sounds like losing the thread. */
export const LONG_PAUSE_SEC = 3;
/** Coefficient of variation of the stretches' pace above which the pace reads as uneven. */
export const MAX_PACE_VARIATION = 0.3;
/** Hedges are fine once; from here they start to undercut the answer. */
export const MAX_HEDGES = 2;

const item = (evidence: Evidence, caption: string | null = null, emphasis = false): DetailItem => ({
  evidence,
  caption,
  emphasis,
});

const ENDINGS: Record<EndingKind, string> = {
  result: 'Ends on the result',
  decision: 'Ends on a decision',
  summary: 'Ends with a summary',
  reflection: 'Ends on a reflection',
  'trailing-off': 'Trails off',
  filler: 'Ends on a filler',
  none: 'No clear ending',
};

function endingGroup(ending: NonNullable<ShownReport['ending']>): DetailGroup {
  return {
    id: 'ending',
    label: 'Ending',
    verdict: ending.crisp ? 'good' : 'warn',
    headline: ENDINGS[ending.kind],
    hint: ending.crisp ? null : 'Finish on the result or what you learned, then stop.',
    items: ending.evidence ? [item(spanEvidence(ending.evidence))] : [],
    data: { crisp: String(ending.crisp), kind: ending.kind },
  };
}

function metricsGroup(metrics: ShownReport['metrics']): DetailGroup {
  const n = metrics.items.length;
  return {
    id: 'metrics',
    label: 'Numbers',
    verdict: metrics.present ? 'good' : 'bad',
    headline: metrics.present ? `${n} concrete ${n === 1 ? 'number' : 'numbers'}` : 'No concrete number',
    hint: metrics.present ? null : 'Add one number: how much, how many, how fast.',
    items: metrics.items.map((span) => item(spanEvidence(span))),
  };
}

function reflectionGroup(reflection: ShownReport['reflection']): DetailGroup {
  return {
    id: 'reflection',
    label: 'Reflection',
    verdict: reflection.present ? 'good' : 'bad',
    headline: !reflection.present ? 'None' : reflection.atEnd ? 'Present · closes the answer' : 'Present',
    hint: reflection.present ? null : 'Say what you learned or would do differently.',
    items: reflection.items.map((span) => item(spanEvidence(span))),
  };
}

function fillersGroup(fillers: ShownReport['fillers']): DetailGroup {
  const clustered = fillers.clusters.length > 0;
  const often = fillers.perMinute > MAX_FILLERS_PER_MINUTE;
  const fillersIn = (first: number, last: number): number =>
    fillers.items.filter((f) => f.firstWord >= first && f.lastWord <= last).length;
  return {
    id: 'fillers',
    label: 'Filler words',
    verdict: often || clustered ? 'warn' : 'good',
    headline:
      fillers.count === 0
        ? 'None'
        : `${fillers.count} · ${formatPerMinute(fillers.perMinute)} / min · ${formatPerMinute(fillers.per100Words)} / 100 words`,
    // The rate's hint is on the Fillers tile already; clusters are what only this card can point at.
    hint: clustered
      ? `${fillers.clusters.length === 1 ? 'A cluster' : `${fillers.clusters.length} clusters`} of fillers — that part needs a plan.`
      : null,
    items: [
      ...fillers.clusters.map((c) =>
        item(momentEvidence(c), `${fillersIn(c.firstWord, c.lastWord)} in ${formatSeconds(c.end - c.start)}`, true),
      ),
      ...fillers.items.map((span) => item(spanEvidence(span))),
    ],
    data: { clusters: String(fillers.clusters.length) },
  };
}

function vocalizedGroup(vocalized: NonNullable<ShownReport['vocalizedFillers']>): DetailGroup {
  const often = vocalized.perMinute > MAX_FILLERS_PER_MINUTE / 2;
  return {
    id: 'vocalized-fillers',
    label: '“Um”s not transcribed',
    verdict: vocalized.count === 0 ? 'good' : often ? 'warn' : 'neutral',
    headline: vocalized.count === 0 ? 'None heard' : `${vocalized.count} · ${formatPerMinute(vocalized.perMinute)} / min`,
    hint: often ? 'Sounds between words — marked on the waveform. Try a silent pause instead.' : null,
    items: vocalized.items.map((span) => item(momentEvidence(span))),
    data: { count: String(vocalized.count) },
  };
}

function pauseCaption(pause: Pause, words: readonly TimedWord[]): string {
  const before = words[pause.afterWord];
  const where = before ? ` after “${spanLabel(before.text)}”` : ' before the first word';
  return `${formatSeconds(pause.durationSec)}${where}`;
}

function pausesGroup(pauses: readonly Pause[], longestSec: number, words: readonly TimedWord[]): DetailGroup {
  const longest = pauses.reduce<Pause | null>((a, p) => (a === null || p.durationSec > a.durationSec ? p : a), null);
  return {
    id: 'pauses',
    label: 'Pauses ≥ 1 s',
    verdict: longestSec > LONG_PAUSE_SEC ? 'warn' : 'neutral',
    headline: pauses.length === 0 ? 'None' : `${pauses.length} · longest ${formatSeconds(longestSec)}`,
    hint: longestSec > LONG_PAUSE_SEC ? 'A long pause mid-answer sounds lost — pause between points instead.' : null,
    // Each plays from the word before the silence, so the pause is heard in context.
    items: pauses.map((p) =>
      item({ start: words[p.afterWord]?.start ?? p.start, end: p.end, quote: null }, pauseCaption(p, words), p === longest),
    ),
    data: { longest: longestSec.toFixed(1) },
  };
}

function hedgesGroup(hedges: NonNullable<ShownReport['hedges']>): DetailGroup {
  return {
    id: 'hedges',
    label: 'Hedges',
    verdict: hedges.count === 0 ? 'good' : hedges.count >= MAX_HEDGES ? 'warn' : 'neutral',
    headline: hedges.count === 0 ? 'None' : String(hedges.count),
    hint: hedges.count >= MAX_HEDGES ? '“I think”, “kind of” soften what you did — say it plainly.' : null,
    items: hedges.items.map((span) => item(spanEvidence(span))),
    data: { count: String(hedges.count) },
  };
}

function paceGroup(pace: NonNullable<ShownReport['pace']>): DetailGroup {
  const uneven = pace.variation > MAX_PACE_VARIATION;
  return {
    id: 'pace',
    label: 'Pace by stretch',
    verdict: uneven ? 'warn' : 'good',
    headline: `${Math.round(pace.articulationWpm)} wpm speaking · ${Math.round(pace.overallWpm)} overall`,
    hint: uneven ? 'Your pace swings from stretch to stretch — keep it steady.' : null,
    items: pace.segments.map((s) =>
      item(momentEvidence(s), `${Math.round(s.wpm)} wpm`, s.wpm < PACE_RANGE.min || s.wpm > PACE_RANGE.max),
    ),
  };
}

/** The verdict each group shows, from analysis 2 on: the same one the tiles and the summary read. */
const GROUP_VERDICTS: Readonly<Record<DetailId, VerdictId>> = {
  ending: 'ending',
  metrics: 'metric',
  reflection: 'reflection',
  fillers: 'fillers',
  'vocalized-fillers': 'hums',
  pauses: 'pauses',
  hedges: 'hedges',
  pace: 'pace',
};

function withVerdict(group: DetailGroup, report: ShownReport): DetailGroup {
  const verdict = verdictOf(report.verdicts, GROUP_VERDICTS[group.id]);
  if (verdict === undefined) return group;
  // A reflection a design answer was never asked for is not "None" in red.
  const headline = verdict.state === 'neutral' && !verdict.applies ? 'Not asked for this kind of answer' : group.headline;
  return { ...group, verdict: verdict.state, hint: verdict.fix, headline };
}

/** Checklist items that already show a flag's evidence, so the flag's own group would repeat it. */
const COVERED_BY_CHECKLIST: Partial<Record<DetailId, string>> = { metrics: 'metric', reflection: 'reflection' };

/**
 * Content first (how the answer ends, its numbers, its lesson), then delivery; sections a report lacks are
 * left out. I-vs-we has no moments to point at, so its flag stays on its tile.
 */
export function buildDetails(report: ShownReport, words: readonly TimedWord[]): DetailGroup[] {
  const groups: (DetailGroup | null)[] = [
    report.ending ? endingGroup(report.ending) : null,
    metricsGroup(report.metrics),
    reflectionGroup(report.reflection),
    fillersGroup(report.fillers),
    report.vocalizedFillers ? vocalizedGroup(report.vocalizedFillers) : null,
    report.pauses ? pausesGroup(report.pauses, report.longestPauseSec ?? 0, words) : null,
    report.hedges ? hedgesGroup(report.hedges) : null,
    report.pace && report.pace.segments.length > 0 ? paceGroup(report.pace) : null,
  ];
  const checklistIds = new Set(report.checklist.map((c) => c.id));
  return groups
    .filter((g): g is DetailGroup => {
      if (g === null) return false;
      const covering = COVERED_BY_CHECKLIST[g.id];
      return covering === undefined || !checklistIds.has(covering);
    })
    .map((group) => withVerdict(group, report));
}

/** The first `max` items, plus any emphasized one further on: the longest pause is never hidden. */
export function visibleItems(items: readonly DetailItem[], max: number): DetailItem[] {
  return items.filter((entry, index) => index < max || entry.emphasis);
}
