// The practice calls of the bridge to main, and the query keys their data is cached under.
import type { PracticeApi } from '../../../common/practice-calls';
import { api } from '../api';

export function practiceApi(): PracticeApi {
  return api();
}

export const practiceKeys = {
  library: (search: string, includeArchived: boolean) => ['practice', 'library', search, includeArchived] as const,
  stories: (search: string, includeArchived: boolean) => ['practice', 'stories', search, includeArchived] as const,
  storyPage: (id: number) => ['practice', 'story', id] as const,
  links: (questionId: number) => ['practice', 'links', questionId] as const,
  twist: (attemptId: number) => ['practice', 'twist', attemptId] as const,
  summary: (sessionId: number) => ['practice', 'summary', sessionId] as const,
  all: ['practice'] as const,
};
