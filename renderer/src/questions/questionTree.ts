// The sidebar order: each top-level question or story followed by its follow-ups. Pure, so it is tested.
import type { Question } from '../../../common/library';

export interface QuestionRow {
  question: Question;
  depth: 0 | 1;
}

/**
 * Takes the list as the store gives it — follow-ups nested under their question (`followUps`) — or flat
 * with `parentId`; either way each follow-up is listed once, under its parent.
 */
export function questionRows(list: readonly (Question & { followUps?: readonly Question[] })[]): QuestionRow[] {
  const questions = list.flatMap(({ followUps, ...question }) => [question, ...(followUps ?? [])]);
  const ids = new Set(questions.map((q) => q.id));
  const children = new Map<number, Question[]>();
  const roots: Question[] = [];
  for (const q of questions) {
    if (q.parentId !== null && ids.has(q.parentId)) {
      const list = children.get(q.parentId) ?? [];
      list.push(q);
      children.set(q.parentId, list);
    } else {
      roots.push(q);
    }
  }
  return roots.flatMap((root) => [
    { question: root, depth: 0 as const },
    ...(children.get(root.id) ?? []).map((q) => ({ question: q, depth: 1 as const })),
  ]);
}

/** A question or a follow-up of the list, by id. */
export function findQuestion(list: readonly (Question & { followUps?: readonly Question[] })[], id: number): Question | null {
  for (const question of list) {
    if (question.id === id) return question;
    const followUp = question.followUps?.find((item) => item.id === id);
    if (followUp) return followUp;
  }
  return null;
}
