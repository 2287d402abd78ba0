// The history as threads: first answers newest first, each followed by the follow-up answers given to it
// (oldest first), so a twist answer shows under the answer it followed up on. Pure, so it is tested.
import type { AttemptSummary } from '../../../common/library';
import type { AttemptLink } from '../../../common/practice';

export interface ThreadRow {
  attempt: AttemptSummary;
  depth: 0 | 1;
  link: AttemptLink | null;
}

export function threadAttempts(attempts: readonly AttemptSummary[], links: ReadonlyMap<number, AttemptLink>): ThreadRow[] {
  const ids = new Set(attempts.map((attempt) => attempt.id));
  const parentOf = (attempt: AttemptSummary): number | null => {
    const parent = links.get(attempt.id)?.parentAttemptId ?? null;
    return parent !== null && ids.has(parent) ? parent : null;
  };
  const time = (attempt: AttemptSummary): number => Date.parse(attempt.startedAt);
  const roots = attempts.filter((attempt) => parentOf(attempt) === null).sort((a, b) => time(b) - time(a) || b.id - a.id);
  return roots.flatMap((root) => [
    { attempt: root, depth: 0 as const, link: links.get(root.id) ?? null },
    ...attempts
      .filter((attempt) => parentOf(attempt) === root.id)
      .sort((a, b) => time(a) - time(b) || a.id - b.id)
      .map((attempt) => ({ attempt, depth: 1 as const, link: links.get(attempt.id) ?? null })),
  ]);
}
