// The verdicts: one object per thing the app judges, which every view reads — the score tiles, "what worked /
// fix next", the STAR caption and the history marks — so they cannot disagree. Each says whether it applies
// to this answer's mode, how far from the target it is (severity, 0–1, which ranks the fixes and decides warn
// against bad), the figure rounded for people, and one sentence to fix or to keep.
//
// Targets and their sources:
//   pace    — 100–165 words a minute overall (Microsoft Speaker Coach's range); articulation rate is a detail;
//   fillers — up to 5 a minute (below about 5 a minute listeners showed no measurable penalty; Laske et al. 2024);
//   length  — the drill's window, passed in by the caller.

import { spanLabel } from '../../common/span-label';
import { spanOf, type Token } from './normalize';
import { weSpans } from './ownership';
import { sentenceOf, splitSentences } from './sentences';
import type { AnswerMode, ChecklistItem, Report, Span, Verdict, VerdictId, VerdictState } from '../../common/report';

export type JudgedReport = Omit<Report, 'summary' | 'verdicts'>;

export const PACE_RANGE_WPM = { min: 100, max: 165 } as const;
export const MAX_FILLERS_PER_MINUTE = 5;
const MAX_FIRST_WORD_SEC = 3;
const LONG_PAUSE_SEC = 3;
const MANY_HEDGES = 3;
const MANY_HUMS_PER_MINUTE = 3;
/** Below this many words there is too little to judge style; only length and pace are said. */
export const MIN_WORDS_TO_JUDGE = 15;
/** Words of context quoted before a metric, so "40%" reads as "cut p99 by 40%". */
const QUOTE_LEAD_WORDS = 3;
/** A severity this high turns amber into red. */
const BAD_FROM = 0.5;

/** How much each verdict weighs when fixes are ranked: what changes an interviewer's mind most comes first. */
const IMPACT: Readonly<Record<VerdictId, number>> = {
  structure: 1,
  metric: 0.9,
  length: 0.9,
  ending: 0.7,
  reflection: 0.65,
  fillers: 0.6,
  ownership: 0.55,
  pace: 0.5,
  hums: 0.45,
  opening: 0.4,
  hedges: 0.4,
  pauses: 0.35,
};

const CHECKLIST_FIXES: Readonly<Record<string, string>> = {
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
  'specific-reason': 'Give one specific reason for this company or role.',
  'own-experience': 'Tie it to something you have done.',
  'what-you-bring': 'Say what you would bring.',
  present: 'Say where you are now.',
  past: 'Say how you got here.',
  future: 'Say where you are heading next.',
};

function clamp(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function stateOf(severity: number): VerdictState {
  return severity >= BAD_FROM ? 'bad' : 'warn';
}

function quote(span: Span): string {
  return `"${spanLabel(span.text)}"`;
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

interface Draft {
  label: string;
  applies?: boolean;
  figure?: string | null;
  evidence?: Span[];
}

function good(id: VerdictId, draft: Draft, strength: string | null = null): Verdict {
  return {
    id,
    label: draft.label,
    state: 'good',
    severity: 0,
    applies: draft.applies ?? true,
    figure: draft.figure ?? null,
    fix: null,
    strength,
    evidence: draft.evidence ?? [],
  };
}

function off(id: VerdictId, draft: Draft, severity: number, fix: string): Verdict {
  const clamped = clamp(severity);
  return {
    id,
    label: draft.label,
    state: stateOf(clamped),
    severity: clamped,
    applies: draft.applies ?? true,
    figure: draft.figure ?? null,
    fix,
    strength: null,
    evidence: draft.evidence ?? [],
  };
}

function neutral(id: VerdictId, draft: Draft): Verdict {
  return {
    id,
    label: draft.label,
    state: 'neutral',
    severity: 0,
    applies: draft.applies ?? true,
    figure: draft.figure ?? null,
    fix: null,
    strength: null,
    evidence: draft.evidence ?? [],
  };
}

function lengthVerdict(report: JudgedReport, window: { minSec: number; maxSec: number } | undefined): Verdict {
  const seconds = Math.round(report.durationSec);
  const draft = { label: 'Length', figure: `${seconds} s` };
  if (window === undefined) return neutral('length', draft);
  if (report.durationSec < window.minSec) {
    const short = Math.ceil(window.minSec - report.durationSec);
    return off(
      'length',
      draft,
      short / Math.max(1, window.minSec / 2),
      `${short} s short of ${window.minSec}–${window.maxSec} s: add the result or one more detail.`,
    );
  }
  if (report.durationSec > window.maxSec) {
    const over = Math.ceil(report.durationSec - window.maxSec);
    return off(
      'length',
      draft,
      over / Math.max(1, window.maxSec / 2),
      `${over} s over ${window.minSec}–${window.maxSec} s: trim the setup and get to the action.`,
    );
  }
  return good('length', draft);
}

function paceVerdict(report: JudgedReport, words: number): Verdict {
  const wpm = Math.round(report.pace.overallWpm);
  const draft = { label: 'Pace', figure: `${wpm} wpm` };
  if (words === 0) return off('pace', { ...draft, figure: null }, 1, 'No speech was recognised.');
  // A handful of words says nothing about pace.
  if (words < MIN_WORDS_TO_JUDGE) return neutral('pace', draft);
  const { min, max } = PACE_RANGE_WPM;
  if (wpm > max) return off('pace', draft, (wpm - max) / 40, `Slow down: ${wpm} words a minute; aim for ${min}–${max}.`);
  if (wpm < min) return off('pace', draft, (min - wpm) / 40, `Pick up the pace: ${wpm} words a minute; aim for ${min}–${max}.`);
  return good('pace', draft);
}

function openingVerdict(report: JudgedReport): Verdict {
  const first = report.timeToFirstWordSec;
  const draft = { label: 'First word', figure: first === null ? null : `${Math.round(first * 10) / 10} s` };
  if (first === null) return neutral('opening', draft);
  if (first > MAX_FIRST_WORD_SEC)
    return off('opening', draft, (first - MAX_FIRST_WORD_SEC) / 7, 'Slow start: open with your headline.');
  return good('opening', draft);
}

function fillerVerdict(report: JudgedReport, judged: boolean): Verdict {
  const { fillers } = report;
  const perMinute = Math.round(fillers.perMinute);
  const draft = {
    label: 'Fillers',
    figure: `${perMinute} a minute`,
    evidence: [...(fillers.clusters.length > 0 ? fillers.clusters : fillers.items)],
  };
  if (!judged) return neutral('fillers', draft);
  if (fillers.perMinute > MAX_FILLERS_PER_MINUTE) {
    const cluster = fillers.clusters[0];
    const text =
      cluster === undefined
        ? `Cut the fillers: ${perMinute} a minute.`
        : `Cut the fillers: ${perMinute} a minute, bunching up at ${quote(cluster)}.`;
    return off('fillers', draft, (fillers.perMinute - MAX_FILLERS_PER_MINUTE) / 10, text);
  }
  const strength = fillers.perMinute <= 2 ? `Few fillers: ${fillers.count} in ${Math.round(report.durationSec)} s.` : null;
  return good('fillers', draft, strength);
}

function humVerdict(report: JudgedReport, heard: boolean): Verdict {
  const { vocalizedFillers } = report;
  const draft = { label: 'Hums', figure: heard ? `${vocalizedFillers.count}` : null };
  // Without the audio there was nothing to hear hums in: not "none".
  if (!heard) return neutral('hums', draft);
  if (vocalizedFillers.perMinute > MANY_HUMS_PER_MINUTE && vocalizedFillers.count >= 3) {
    return off(
      'hums',
      draft,
      (vocalizedFillers.perMinute - MANY_HUMS_PER_MINUTE) / 8,
      `${vocalizedFillers.count} "um"s that the transcript leaves out.`,
    );
  }
  return good('hums', draft);
}

function pauseVerdict(report: JudgedReport, tokens: readonly Token[]): Verdict {
  const longest = [...report.pauses].sort((a, b) => b.durationSec - a.durationSec)[0];
  const draft = { label: 'Pauses', figure: longest === undefined ? null : `${Math.round(longest.durationSec * 10) / 10} s` };
  if (longest === undefined || longest.durationSec < LONG_PAUSE_SEC) return good('pauses', draft);
  const before = spanOf(tokens, longest.afterWord, longest.afterWord);
  return off(
    'pauses',
    { ...draft, evidence: [before] },
    (longest.durationSec - LONG_PAUSE_SEC) / 6,
    `A ${Math.round(longest.durationSec)} s silence after ${quote(before)}.`,
  );
}

/** The metric that best shows impact, quoted with the words before it: an impact one first, else one in the result. */
function bestMetric(report: JudgedReport, tokens: readonly Token[]): { span: Span; quoted: Span } | null {
  const items = report.metrics.items;
  const result = report.star.sections.find((section) => section.name === 'result');
  const inResult = (item: Span): boolean =>
    result !== undefined && item.firstWord >= result.firstWord && item.lastWord <= result.lastWord;
  const metric = items.find((item) => item.kind === 'impact') ?? items.find(inResult) ?? items[items.length - 1];
  if (metric === undefined) return null;
  const sentence = sentenceOf(splitSentences(tokens), metric.firstWord);
  const from = Math.max(sentence?.firstWord ?? metric.firstWord, metric.firstWord - QUOTE_LEAD_WORDS);
  return { span: metric, quoted: spanOf(tokens, from, metric.lastWord) };
}

function metricVerdict(report: JudgedReport, tokens: readonly Token[], judged: boolean): Verdict {
  const best = bestMetric(report, tokens);
  const draft = {
    label: 'Metric',
    figure: best === null ? null : spanLabel(best.span.text),
    evidence: [...report.metrics.items],
  };
  if (best !== null) return good('metric', draft, `Concrete number: ${quote(best.quoted)}.`);
  if (!judged) return neutral('metric', draft);
  return off('metric', draft, 0.7, 'Lead with a number: no concrete metric.');
}

const STORY_CORE = ['situation', 'action', 'result'] as const;

function structureVerdict(report: JudgedReport, tokens: readonly Token[], judged: boolean): Verdict {
  const { mode, checklist, star } = report;
  if (mode === 'behavioral') {
    const evidence = star.sections.map((section) => spanOf(tokens, section.firstWord, section.lastWord));
    const missing = STORY_CORE.filter((name) => star.missing.includes(name));
    const draft = { label: 'Story', figure: `${STORY_CORE.length - missing.length} of ${STORY_CORE.length}`, evidence };
    if (!judged) return neutral('structure', draft);
    if (missing.length === 0) return good('structure', draft, 'Clear story: situation, action, result.');
    return off('structure', draft, missing.length / STORY_CORE.length + 0.2, `Tell it as a story: no ${missing.join(' or ')}.`);
  }
  const items = checklist.filter((item) => item.id !== 'metric' && item.id !== 'ending' && item.id !== 'reflection');
  const met = items.filter((item) => item.met);
  const draft = {
    label: 'Structure',
    figure: items.length === 0 ? null : `${met.length} of ${items.length}`,
    evidence: met.flatMap((item) => item.evidence.slice(0, 1)),
  };
  if (items.length === 0 || !judged) return neutral('structure', draft);
  const unmet = items.filter((item) => !item.met);
  const firstUnmet: ChecklistItem | undefined = unmet[0];
  if (firstUnmet === undefined)
    return good('structure', draft, `Covers ${items.map((item) => item.label.toLowerCase()).join(', ')}.`);
  return off(
    'structure',
    draft,
    unmet.length / items.length,
    CHECKLIST_FIXES[firstUnmet.id] ?? `Cover ${firstUnmet.label.toLowerCase()}.`,
  );
}

/** Modes that ask for a lesson: a story looks back; a design, a product call or a pitch need not. */
const REFLECTION_MODES: ReadonlySet<AnswerMode> = new Set(['behavioral']);

function reflectionVerdict(report: JudgedReport, judged: boolean): Verdict {
  const first = report.reflection.items[0];
  const applies = REFLECTION_MODES.has(report.mode);
  const draft = {
    label: 'Reflection',
    applies,
    figure: first === undefined ? null : spanLabel(first.text),
    evidence: [...report.reflection.items],
  };
  if (first !== undefined) return good('reflection', draft, `Reflects: ${quote(first)}.`);
  if (!applies || !judged) return neutral('reflection', draft);
  return off('reflection', draft, 0.45, 'Close with a lesson: say what you learned or would do differently.');
}

function endingVerdict(report: JudgedReport, judged: boolean): Verdict {
  const { ending } = report;
  const draft = { label: 'Ending', figure: ending.kind, evidence: ending.evidence === null ? [] : [ending.evidence] };
  if (!judged || ending.evidence === null) return neutral('ending', draft);
  if (ending.crisp) return good('ending', draft, ending.kind === 'reflection' ? null : `Crisp close on a ${ending.kind}.`);
  if (ending.kind === 'filler') return off('ending', draft, 0.4, `End on your point, not on ${quote(ending.evidence)}.`);
  if (ending.kind === 'trailing-off') return off('ending', draft, 0.45, `End on the result, not ${quote(ending.evidence)}.`);
  return off('ending', draft, 0.35, 'End on a result, a decision or a summary.');
}

/** Modes where "we" can hide what the speaker did: stories. A design or product answer says "we" of a team to be. */
const OWNERSHIP_MODES: ReadonlySet<AnswerMode> = new Set(['behavioral', 'pitch', 'motivation']);

function ownershipVerdict(
  report: JudgedReport,
  tokens: readonly Token[],
  hedgesAndFillers: readonly Span[],
  judged: boolean,
): Verdict {
  const { ownership } = report;
  const applies = OWNERSHIP_MODES.has(report.mode);
  const draft = { label: 'Ownership', applies, figure: `I ${ownership.i} · we ${ownership.we}` };
  if (!applies || !judged) return neutral('ownership', draft);
  if (ownership.mostlyWe) {
    return off(
      'ownership',
      { ...draft, evidence: weSpans(tokens, hedgesAndFillers) },
      1 - (ownership.ratio ?? 0),
      `Say what you did: "we" ${times(ownership.we)}, "I" ${times(ownership.i)}.`,
    );
  }
  if (ownership.i === 0) return neutral('ownership', draft);
  const strength =
    ownership.i >= 3 && ownership.i > 2 * ownership.we
      ? `Owns the work: "I" ${times(ownership.i)}, "we" ${times(ownership.we)}.`
      : null;
  return good('ownership', draft, strength);
}

function hedgeNames(items: readonly Span[]): string {
  const byWords = new Map<string, Span>();
  for (const item of items) {
    const key = spanLabel(item.text).toLowerCase();
    if (!byWords.has(key)) byWords.set(key, item);
  }
  return [...byWords.values()].slice(0, 3).map(quote).join(', ');
}

function hedgeVerdict(report: JudgedReport, judged: boolean): Verdict {
  const { hedges } = report;
  const draft = { label: 'Hedges', figure: `${hedges.count}`, evidence: [...hedges.items] };
  if (!judged) return neutral('hedges', draft);
  if (hedges.count >= MANY_HEDGES)
    return off('hedges', draft, (hedges.count - MANY_HEDGES + 1) / 6, `Drop the hedges: ${hedgeNames(hedges.items)}.`);
  return good('hedges', draft);
}

export interface VerdictInputs {
  window?: { minSec: number; maxSec: number };
  /** Hedge and filler spans, whose "I" and "we" are not the speaker's. */
  notOwn: readonly Span[];
  /** Whether the audio was analysed (hums are only heard in it). */
  heard: boolean;
}

/** Every verdict, in display order. */
export function judge(report: JudgedReport, tokens: readonly Token[], inputs: VerdictInputs): Verdict[] {
  const words = tokens.filter((token) => token.norm !== '').length;
  const judged = words >= MIN_WORDS_TO_JUDGE;
  return [
    lengthVerdict(report, inputs.window),
    paceVerdict(report, words),
    openingVerdict(report),
    fillerVerdict(report, judged),
    metricVerdict(report, tokens, judged),
    structureVerdict(report, tokens, judged),
    reflectionVerdict(report, judged),
    endingVerdict(report, judged),
    ownershipVerdict(report, tokens, inputs.notOwn, judged),
    hedgeVerdict(report, judged),
    pauseVerdict(report, tokens),
    humVerdict(report, inputs.heard),
  ];
}

/** Fixes ranked by impact: severity weighted by how much the verdict matters. */
export function rankedFixes(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts
    .filter((verdict) => (verdict.state === 'warn' || verdict.state === 'bad') && verdict.fix !== null)
    .map((verdict, order) => ({ verdict, order, impact: IMPACT[verdict.id] * (0.5 + verdict.severity) }))
    .sort((a, b) => b.impact - a.impact || a.order - b.order)
    .map(({ verdict }) => verdict);
}

/** Strengths worth saying, the impact metric first. */
const STRENGTH_ORDER: readonly VerdictId[] = ['metric', 'reflection', 'ending', 'structure', 'ownership', 'fillers'];

export function strengthsOf(verdicts: readonly Verdict[]): Verdict[] {
  return STRENGTH_ORDER.flatMap((id) =>
    verdicts.filter((verdict) => verdict.id === id && verdict.state === 'good' && verdict.strength !== null),
  );
}
