// Re-scoring stored attempts when the analysis changes (version.ts): a report older than the engine is scored
// again from its stored words, so a user's history never mixes verdicts from two versions. Pure: the caller
// brings the options the attempt was scored with and, when the recording is still there, its audio facts
// (pauses and hums are measured on the audio; without it they are read from the words alone).
import { ANALYSIS_VERSION } from './version';
import { score } from './score';
import type { AnalysisOptions, AudioFacts, Report, TimedWord } from '../../common/report';

/** What re-scoring needs of a stored report: its words and length, and the version that scored it. */
export interface StoredScore {
  analysisVersion?: number;
  durationSec: number;
  transcript: { words: TimedWord[] };
}

/** Whether a stored report was made by an older analysis than this one (reports without a version are 1). */
export function needsRescore(report: StoredScore): boolean {
  return (report.analysisVersion ?? 1) < ANALYSIS_VERSION;
}

/** The report this analysis gives the stored words; `facts` from the recording when it is kept. */
export function rescore(report: StoredScore, options: AnalysisOptions, facts?: AudioFacts): Report {
  return score(report.transcript.words, facts ?? { durationSec: report.durationSec }, options);
}
