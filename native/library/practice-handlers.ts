// Each practice call of the contract, answered by the practice service. Arguments arrive already checked
// against the call's schema (common/practice-calls.ts).
import type { z } from 'zod';
import type { PracticeCallName, PRACTICE_CALLS } from '../../common/practice-calls';
import type { PracticeService } from './practice-service';

type Table = typeof PRACTICE_CALLS;
export type PracticeHandlers = {
  [K in PracticeCallName]: (...args: z.infer<Table[K]['args']>) => z.infer<Table[K]['result']>;
};

export function practiceHandlers(service: PracticeService): PracticeHandlers {
  return {
    listLibrary: (filter) => service.listQuestions(filter),
    createLibraryQuestion: (input) => service.createQuestion(input),
    updateLibraryQuestion: ({ id, patch }) => service.updateQuestion(id, patch),
    archiveLibraryQuestion: ({ id, archived }) => service.archiveQuestion(id, archived),
    rememberQuestionLength: ({ questionId, length, window }) => service.rememberLength(questionId, length, window),
    listStories: (filter) => service.listStories(filter),
    createStory: (input) => service.createStory(input),
    updateStory: ({ id, patch }) => service.updateStory(id, patch),
    archiveStory: ({ id, archived }) => service.archiveStory(id, archived),
    getStoryPage: (id) => service.storyPage(id),
    getTwist: ({ attemptId, askedIds }) => service.twistFor(attemptId, askedIds ?? []),
    linkAttempt: (link) => service.linkAttempt(link),
    setAttemptNote: ({ attemptId, note }) => service.setNote(attemptId, note),
    getAttemptNumbers: (attemptId) => service.attemptNumbers(attemptId),
    listAttemptLinks: (questionId) => service.attemptLinks(questionId),
    startDrillSession: (options) => service.startSession(options),
    endDrillSession: (id) => service.endSession(id),
    getSessionSummary: (id) => service.sessionSummary(id),
    previewDeckImport: ({ fileName, text }) => service.previewImport(fileName, text),
    importDeck: ({ fileName, text }) => service.confirmImport(fileName, text),
    exportDeck: ({ format }) => {
      const { fileName, text } = service.exportDeck(format);
      return { fileName, text };
    },
  };
}
