// The moments a finding points at, as the scorecard shows them: a short quote and a time to play from.
// Also the five-second summary, the STAR bar and the mode checklist. Pure, so wording and layout are
// unit-tested.
import { spanLabel } from '../../../common/span-label';
import type { AnswerMode, ChecklistItem, Finding, Span, StarSection, StarSectionName, TimeSpan } from '../../../common/report';
import { formatClock } from '../format/time';

export interface Evidence {
  start: number;
  end: number;
  /** The words, quoted and shortened; null for a moment without words (an "um", a stretch of the answer). */
  quote: string | null;
}

const QUOTE_CHARS = 32;

export function shortQuote(text: string, maxChars: number = QUOTE_CHARS): string {
  const label = spanLabel(text);
  return `“${label.length > maxChars ? `${label.slice(0, maxChars - 1).trimEnd()}…` : label}”`;
}

/** "0:42": where a moment starts, as its chip shows it. */
export function momentTime(evidence: Pick<Evidence, 'start'>): string {
  return formatClock(evidence.start);
}

export function spanEvidence(span: Span): Evidence {
  return { start: span.start, end: span.end, quote: spanLabel(span.text) ? shortQuote(span.text) : null };
}

export function momentEvidence(span: TimeSpan): Evidence {
  return { start: span.start, end: span.end, quote: null };
}

/** The summary says three things of each kind: more stops being a five-second read. */
export const SUMMARY_SIZE = 3;

export interface SummaryLine {
  text: string;
  evidence: Evidence[];
}

export function summaryLines(findings: readonly Finding[]): SummaryLine[] {
  return findings.slice(0, SUMMARY_SIZE).map((f) => ({ text: f.text, evidence: f.evidence.map(spanEvidence) }));
}

export const STAR_NAMES: Record<StarSectionName, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

export interface StarBlock {
  name: StarSectionName;
  start: number;
  durationSec: number;
  /** Position and width on the bar, in percent of the recording, so the bar lines up with the waveform. */
  leftPct: number;
  widthPct: number;
  /** What fits inside the block: the name and length, the initial only, or nothing (the title still says it). */
  fit: 'full' | 'short' | 'none';
}

const FULL_LABEL_PCT = 14;
const SHORT_LABEL_PCT = 4;

export function starBlocks(sections: readonly StarSection[], durationSec: number): StarBlock[] {
  if (durationSec <= 0) return [];
  const pct = (sec: number): number => Math.min(100, Math.max(0, (sec / durationSec) * 100));
  return sections.map((section) => {
    const leftPct = pct(section.start);
    const widthPct = Math.max(0, pct(section.end) - leftPct);
    return {
      name: section.name,
      start: section.start,
      durationSec: section.durationSec,
      leftPct,
      widthPct,
      fit: widthPct >= FULL_LABEL_PCT ? 'full' : widthPct >= SHORT_LABEL_PCT ? 'short' : 'none',
    };
  });
}

/** "Missing: result, reflection", or null when nothing is missing. */
export function missingText(missing: readonly StarSectionName[]): string | null {
  if (missing.length === 0) return null;
  return `Missing: ${missing.map((name) => STAR_NAMES[name].toLowerCase()).join(', ')}`;
}

const MODE_NAMES: Record<AnswerMode, string> = {
  behavioral: 'Behavioural answer',
  design: 'System design answer',
  incident: 'Incident story',
  product: 'Product answer',
  motivation: 'Motivation answer',
  pitch: 'Pitch',
  general: 'Answer',
};

/** "Behavioural answer · 3 of 5 covered". */
export function checklistTitle(mode: AnswerMode, items: readonly Pick<ChecklistItem, 'met'>[]): string {
  const met = items.filter((item) => item.met).length;
  return `${MODE_NAMES[mode]} · ${met} of ${items.length} covered`;
}
