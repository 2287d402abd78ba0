// Pure helpers for the history list, unit-tested.
import type { AttemptSummary } from '../../../common/library';

/** Newest first by start time; ties (same second) by id, which grows with each attempt. */
export function newestFirst(attempts: readonly AttemptSummary[]): AttemptSummary[] {
  return [...attempts].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || b.id - a.id);
}
