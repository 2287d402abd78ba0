// The version of the analysis. Raise it whenever a change to the engine can change a verdict: stored attempts
// scored by an older version are then re-scored from their words (rescore.ts), so a user's history never
// mixes verdicts from two versions. 1: the first engine (reports without the field); 2: STAR by sequence
// labelling, reflection by grammar, endings by evidence, motivation and pitch modes, verdicts, metric ranges
// and kinds, speaker-only ownership.
export const ANALYSIS_VERSION = 2;
