// The state of each verdict by id, for views that show a verdict without its sentence: the history marks and
// the tiles. Pure and shared, so the store can keep the marks beside an attempt and the renderer reads the
// same states the summary was built from.
import type { Verdict, VerdictId, VerdictState } from './report';

export type VerdictMarks = Partial<Record<VerdictId, VerdictState>>;

export function verdictMarks(verdicts: readonly Verdict[] | undefined): VerdictMarks {
  const marks: VerdictMarks = {};
  for (const verdict of verdicts ?? []) marks[verdict.id] = verdict.state;
  return marks;
}

/** The verdict of an id, when the report has verdicts (reports before analysis 2 do not). */
export function verdictOf(verdicts: readonly Verdict[] | undefined, id: VerdictId): Verdict | undefined {
  return verdicts?.find((verdict) => verdict.id === id);
}
