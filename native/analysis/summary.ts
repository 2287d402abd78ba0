// The five-second summary: up to three strengths and three fixes, most important first, each a short plain
// sentence pointing at the words it is about.

import { spanLabel } from '../../common/span-label';
import { spanOf, type Token } from './normalize';
import { weSpans } from './ownership';
import { roundTo } from './rounding';
import { sentenceOf, splitSentences } from './sentences';
import type { ChecklistItem, Finding, Report, Span } from '../../common/report';

export type ScoredReport = Omit<Report, 'summary'>;

const MAX_FINDINGS = 3;
const MIN_WORDS_TO_JUDGE = 15;
const MANY_FILLERS_PER_MINUTE = 4;
const FEW_FILLERS_PER_MINUTE = 2;
const MANY_HEDGES = 3;
const LONG_PAUSE_SEC = 3;
const MANY_VOCALIZED = 3;
const FAST_WPM = 190;
const SLOW_WPM = 110;
/** Words of context quoted before a metric, so "40%" reads as "cut p99 by 40%". */
const QUOTE_LEAD_WORDS = 3;

const CHECKLIST_FIXES: Readonly<Record<string, string>> = {
  reflection: 'Close with a lesson: say what you learned or would do differently.',
  requirements: 'Start from the requirements: say what the system must do.',
  constraints: 'Name the constraints: latency, scale or cost.',
  'failure-modes': 'Say what happens when a part fails.',
  'observability-rollback': 'Say how you would watch it and roll it back.',
  timeline: 'Walk through it in order: first, then, after.',
  hypotheses: 'State your hypotheses before the fix.',
  fix: 'Say how you would stop the damage.',
  prevention: 'Finish with prevention: how it will not happen again.',
  'user-value': 'Start from the user and their problem.',
  'success-metric': 'Say how you would measure success.',
  'smallest-step': 'Name the smallest next step.',
};

function quote(span: Span): string {
  return `"${spanLabel(span.text)}"`;
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

function starFix(report: ScoredReport): string | null {
  const missing = report.star.missing.filter((name) => name === 'situation' || name === 'action' || name === 'result');
  return missing.length === 0 ? null : `Tell it as a story: no ${missing.join(' or ')}.`;
}

function checklistFix(item: ChecklistItem, report: ScoredReport): Finding | null {
  if (item.met || item.id === 'metric' || item.id === 'ending') return null;
  const text = item.id === 'star' ? starFix(report) : CHECKLIST_FIXES[item.id];
  return text === undefined || text === null ? null : { text, evidence: [] };
}

function endingFix(report: ScoredReport): Finding | null {
  const { ending } = report;
  if (ending.crisp || ending.evidence === null) return null;
  if (ending.kind === 'filler') return { text: `End on your point, not on ${quote(ending.evidence)}.`, evidence: [ending.evidence] };
  if (ending.kind === 'trailing-off') return { text: `End on the result, not ${quote(ending.evidence)}.`, evidence: [ending.evidence] };
  return { text: 'End on a result, a decision or a summary.', evidence: [ending.evidence] };
}

function fillerFix(report: ScoredReport): Finding | null {
  const { fillers } = report;
  const cluster = fillers.clusters[0];
  if (cluster !== undefined) {
    const inside = fillers.items.filter((item) => item.firstWord >= cluster.firstWord && item.lastWord <= cluster.lastWord);
    const seconds = Math.max(1, Math.round(cluster.end - cluster.start));
    return { text: `Fillers bunch up: ${inside.length} in ${seconds} s.`, evidence: [...fillers.clusters] };
  }
  if (fillers.perMinute > MANY_FILLERS_PER_MINUTE) {
    return { text: `Cut the fillers: ${fillers.perMinute} a minute.`, evidence: [...fillers.items] };
  }
  return null;
}

/** The first few different hedges, quoted as spoken. */
function hedgeNames(items: readonly Span[]): string {
  const byWords = new Map<string, Span>();
  for (const item of items) {
    const key = spanLabel(item.text).toLowerCase();
    if (!byWords.has(key)) byWords.set(key, item);
  }
  return [...byWords.values()].slice(0, MAX_FINDINGS).map(quote).join(', ');
}

function pauseFix(report: ScoredReport, tokens: readonly Token[]): Finding | null {
  const longest = [...report.pauses].sort((a, b) => b.durationSec - a.durationSec)[0];
  if (longest === undefined || longest.durationSec < LONG_PAUSE_SEC) return null;
  const before = spanOf(tokens, longest.afterWord, longest.afterWord);
  return { text: `A ${longest.durationSec} s silence after ${quote(before)}.`, evidence: [before] };
}

function fixes(report: ScoredReport, tokens: readonly Token[]): Finding[] {
  const { ownership, hedges, pace, vocalizedFillers } = report;
  const candidates: (Finding | null)[] = [
    report.metrics.present ? null : { text: 'Lead with a number: no concrete metric.', evidence: [] },
    ...report.checklist.map((item) => checklistFix(item, report)),
    endingFix(report),
    fillerFix(report),
    ownership.mostlyWe
      ? { text: `Say what you did: "we" ${times(ownership.we)}, "I" ${times(ownership.i)}.`, evidence: weSpans(tokens) }
      : null,
    hedges.count >= MANY_HEDGES ? { text: `Drop the hedges: ${hedgeNames(hedges.items)}.`, evidence: [...hedges.items] } : null,
    pauseFix(report, tokens),
    vocalizedFillers.count >= MANY_VOCALIZED
      ? { text: `${vocalizedFillers.count} "um"s between words that the transcript leaves out.`, evidence: [] }
      : null,
    pace.articulationWpm > FAST_WPM ? { text: `Slow down: ${pace.articulationWpm} words a minute.`, evidence: [] } : null,
    pace.articulationWpm > 0 && pace.articulationWpm < SLOW_WPM
      ? { text: `Pick up the pace: ${pace.articulationWpm} words a minute.`, evidence: [] }
      : null,
  ];
  return candidates.filter((finding): finding is Finding => finding !== null);
}

/** The metric that best shows impact: one in the result, else the last one, quoted with the words before it. */
function metricStrength(report: ScoredReport, tokens: readonly Token[]): Finding | null {
  const result = report.star.sections.find((section) => section.name === 'result');
  const inResult = report.metrics.items.filter((item) => result !== undefined && item.firstWord >= result.firstWord && item.lastWord <= result.lastWord);
  const metric = inResult[0] ?? report.metrics.items[report.metrics.items.length - 1];
  if (metric === undefined) return null;
  const sentence = sentenceOf(splitSentences(tokens), metric.firstWord);
  const from = Math.max(sentence?.firstWord ?? metric.firstWord, metric.firstWord - QUOTE_LEAD_WORDS);
  return { text: `Concrete number: ${quote(spanOf(tokens, from, metric.lastWord))}.`, evidence: [metric] };
}

function strengths(report: ScoredReport, tokens: readonly Token[]): Finding[] {
  const { reflection, ending, ownership, fillers, checklist, star } = report;
  const firstReflection = reflection.items[0];
  const modeItems = checklist.filter((item) => item.id !== 'metric' && item.id !== 'ending' && item.id !== 'reflection');
  const fullStory = star.missing.every((name) => name === 'reflection') && checklist.some((item) => item.id === 'star');
  const candidates: (Finding | null)[] = [
    metricStrength(report, tokens),
    firstReflection === undefined ? null : { text: `Reflects: ${quote(firstReflection)}.`, evidence: [firstReflection] },
    ending.crisp && ending.kind !== 'reflection' && ending.evidence !== null
      ? { text: `Crisp close on a ${ending.kind}.`, evidence: [ending.evidence] }
      : null,
    fullStory
      ? { text: 'Clear story: situation, task, action, result.', evidence: star.sections.map((section) => spanOf(tokens, section.firstWord, section.lastWord)) }
      : null,
    modeItems.length > 1 && modeItems.every((item) => item.met) && !fullStory
      ? { text: `Covers ${modeItems.map((item) => item.label.toLowerCase()).join(', ')}.`, evidence: modeItems.flatMap((item) => item.evidence.slice(0, 1)) }
      : null,
    ownership.i >= 3 && ownership.i > 2 * ownership.we
      ? { text: `Owns the work: "I" ${times(ownership.i)}, "we" ${times(ownership.we)}.`, evidence: [] }
      : null,
    tokens.length >= MIN_WORDS_TO_JUDGE * 3 && fillers.perMinute <= FEW_FILLERS_PER_MINUTE
      ? { text: `Few fillers: ${fillers.count} in ${roundTo(report.durationSec, 0)} s.`, evidence: [...fillers.items] }
      : null,
  ];
  return candidates.filter((finding): finding is Finding => finding !== null);
}

export function summarize(report: ScoredReport, tokens: readonly Token[]): Report['summary'] {
  if (tokens.length < MIN_WORDS_TO_JUDGE) return { strengths: [], fixes: [] };
  return { strengths: strengths(report, tokens).slice(0, MAX_FINDINGS), fixes: fixes(report, tokens).slice(0, MAX_FINDINGS) };
}
