// The question library from main. Reloaded after attempts change so counts and "last practised" stay true.
import { useCallback, useEffect, useState } from 'react';
import type { Question, QuestionKind } from '../../../common/library';
import { api } from '../api';
import { errorMessage } from '../format/errors';

export interface QuestionsState {
  questions: Question[] | null;
  error: string | null;
  reload: () => void;
  /** Resolves with the new question; rejects with the user-facing message. */
  add: (text: string, kind: QuestionKind) => Promise<Question>;
}

export function useQuestions(): QuestionsState {
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api()
      .listQuestions()
      .then((list) => {
        if (!live) return;
        setQuestions(list);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);

  const add = useCallback(async (text: string, kind: QuestionKind) => {
    const question = await api().addQuestion({ text, kind });
    setQuestions((list) => (list ? [...list, question] : [question]));
    return question;
  }, []);

  return { questions, error, reload, add };
}
