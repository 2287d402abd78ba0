// The practice data one question's screen needs: its library entry (mode, lengths) and its attempts'
// threads and notes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AttemptLink, LibraryQuestion } from '../../../common/practice';
import { practiceApi, practiceKeys } from './practiceApi';

/** A question (top-level or follow-up) as the library has it; null while loading or when it is unknown. */
export function useLibraryQuestion(questionId: number): LibraryQuestion | null {
  const query = useQuery({
    queryKey: practiceKeys.library('', true),
    queryFn: () => practiceApi().listLibrary({ includeArchived: true }),
  });
  for (const question of query.data ?? []) {
    if (question.id === questionId) return question;
    const followUp = question.followUps.find((item) => item.id === questionId);
    if (followUp) return followUp;
  }
  return null;
}

export function useAttemptLinks(questionId: number): { links: ReadonlyMap<number, AttemptLink>; reload: () => void } {
  const client = useQueryClient();
  const query = useQuery({ queryKey: practiceKeys.links(questionId), queryFn: () => practiceApi().listAttemptLinks(questionId) });
  const reload = useCallback(
    () => void client.invalidateQueries({ queryKey: practiceKeys.links(questionId) }),
    [client, questionId],
  );
  return { links: new Map((query.data ?? []).map((link) => [link.attemptId, link])), reload };
}
