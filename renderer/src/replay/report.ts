// Reports as the UI shows them. Reports stored by the first version lack most sections; those sections
// become null (the UI leaves them out) rather than zeros, which would claim "no pauses" or "no hedges"
// about an answer that was never checked for them. Pure, so the defaults are unit-tested.
import type { Report, Verdict } from '../../../common/report';
import { verdictOf } from '../../../common/verdict-marks';

/** Sections the first version of the report did not have: unknown, not empty, for its reports. */
type AddedSection = 'vocalizedFillers' | 'pace' | 'pauses' | 'longestPauseSec' | 'hedges' | 'star' | 'ending';

/** A report as it may come out of the store: current, or written by the first version. */
export type StoredReport = Omit<
  Report,
  AddedSection | 'mode' | 'checklist' | 'summary' | 'fillers' | 'reflection' | 'ownership'
> &
  Partial<Pick<Report, AddedSection | 'mode' | 'checklist' | 'summary'>> & {
    fillers: Pick<Report['fillers'], 'count' | 'perMinute' | 'items'> & Partial<Report['fillers']>;
    reflection: Pick<Report['reflection'], 'present' | 'items'> & Partial<Report['reflection']>;
    ownership: Pick<Report['ownership'], 'i' | 'we'> & Partial<Report['ownership']>;
  };

/** The STAR sections with the verdict the caption reads (null for reports before analysis 2). */
export type ShownStar = Report['star'] & { verdict: Verdict | null };

export type ShownReport = Omit<Report, AddedSection | 'verdicts' | 'analysisVersion'> & {
  [K in Exclude<AddedSection, 'star'>]: Report[K] | null;
} & {
  star: ShownStar | null;
  /** Empty for reports before analysis 2: each view then falls back to its own reading of the figures. */
  verdicts: Verdict[];
  analysisVersion: number;
};

export function normalizeReport(report: StoredReport): ShownReport {
  const { fillers, reflection, ownership } = report;
  const wordCount = report.transcript.words.length;
  const mentions = ownership.i + ownership.we;
  return {
    ...report,
    fillers: {
      ...fillers,
      per100Words: fillers.per100Words ?? (wordCount > 0 ? (fillers.count * 100) / wordCount : 0),
      clusters: fillers.clusters ?? [],
    },
    reflection: { ...reflection, atEnd: reflection.atEnd ?? false },
    ownership: {
      ...ownership,
      ratio: ownership.ratio ?? (mentions > 0 ? ownership.i / mentions : null),
      // The first version's scorecard warned when "we" outnumbered "I"; the flag keeps that meaning.
      mostlyWe: ownership.mostlyWe ?? ownership.we > ownership.i,
    },
    vocalizedFillers: report.vocalizedFillers ?? null,
    pace: report.pace ?? null,
    pauses: report.pauses ?? null,
    longestPauseSec: report.pauses ? (report.longestPauseSec ?? null) : null,
    hedges: report.hedges ?? null,
    star: report.star ? { ...report.star, verdict: verdictOf(report.verdicts, 'structure') ?? null } : null,
    verdicts: report.verdicts ?? [],
    analysisVersion: report.analysisVersion ?? 1,
    ending: report.ending ?? null,
    mode: report.mode ?? 'general',
    checklist: report.checklist ?? [],
    summary: report.summary ?? { strengths: [], fixes: [] },
  };
}
