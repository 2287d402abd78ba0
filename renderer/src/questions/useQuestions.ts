// The question library from main. Reloaded after attempts change so counts and "last practised" stay true.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Question, QuestionKind } from '../../../common/library';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';

export interface QuestionsState {
  questions: Question[] | null;
  error: string | null;
  reload: () => void;
  /** Resolves with the new question; rejects with the user-facing message. */
  add: (text: string, kind: QuestionKind) => Promise<Question>;
}

export function useQuestions(): QuestionsState {
  const client = useQueryClient();
  const query = useQuery<Question[]>({ queryKey: queryKeys.questions, queryFn: () => api().listQuestions() });

  const reload = useCallback(() => void client.invalidateQueries({ queryKey: queryKeys.questions }), [client]);

  const add = useCallback(
    async (text: string, kind: QuestionKind) => {
      const question = await api().addQuestion({ text, kind });
      client.setQueryData<Question[]>(queryKeys.questions, (list) => (list ? [...list, question] : [question]));
      return question;
    },
    [client],
  );

  return { questions: query.data ?? null, error: query.error ? errorMessage(query.error) : null, reload, add };
}
