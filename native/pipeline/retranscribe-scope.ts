// Which stored attempts a re-transcription request covers, and the preview the user confirms. Only scored
// attempts whose recording is kept can be re-transcribed; an attempt already queued for it is left out.
import type Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { RetranscribePreview, RetranscribeScope } from '../../common/retranscribe';

/** One attempt to re-transcribe. */
export interface RetranscribeCandidate {
  id: number;
  questionId: number;
  /** The model that made its transcript; null when none was recorded. */
  model: string | null;
  /** The user corrected its transcript. */
  corrected: boolean;
}

export interface ScopeSelection {
  candidates: RetranscribeCandidate[];
  /** Attempts in the scope that cannot be re-transcribed now. */
  skipped: number;
}

interface ScopeRow extends Omit<RetranscribeCandidate, 'corrected'> {
  corrected: 0 | 1;
  eligible: 0 | 1;
}

const SELECT_SCOPE = `
  SELECT a.id, a.question_id AS questionId, a.model,
         EXISTS (SELECT 1 FROM words w WHERE w.attempt_id = a.id AND w.source = 'corrected') AS corrected,
         (a.status = 'scored'
           AND EXISTS (SELECT 1 FROM recordings r WHERE r.attempt_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM retranscriptions rt WHERE rt.attempt_id = a.id AND rt.state = 'pending')) AS eligible
  FROM attempts a`;

/** Oldest first, so a bulk run goes through history in the order it was made. */
const ORDER = 'ORDER BY a.started_at, a.id';

function rowsOf(db: Database.Database, scope: RetranscribeScope, activeModel: string | null): ScopeRow[] {
  if (scope.kind === 'attempts') {
    const ids = [...new Set(scope.attemptIds)];
    const rows = db
      .prepare<[string], ScopeRow>(`${SELECT_SCOPE} WHERE a.id IN (SELECT value FROM json_each(?)) ${ORDER}`)
      .all(JSON.stringify(ids));
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length > 0) {
      const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? '…' : '');
      throw new AppError('not-found', `no attempt has the id ${list} (it may have been deleted)`);
    }
    return rows;
  }
  // "Another model" includes an attempt whose model was never recorded: nothing says it is the one in use.
  const otherModel = '(a.model IS NULL OR a.model IS NOT ?)';
  if (scope.kind === 'question') {
    if (db.prepare('SELECT 1 FROM questions WHERE id = ?').get(scope.questionId) === undefined)
      throw new AppError('not-found', `question ${scope.questionId} does not exist`);
    if (!scope.otherModelsOnly)
      return db.prepare<[number], ScopeRow>(`${SELECT_SCOPE} WHERE a.question_id = ? ${ORDER}`).all(scope.questionId);
    return db
      .prepare<[number, string | null], ScopeRow>(`${SELECT_SCOPE} WHERE a.question_id = ? AND ${otherModel} ${ORDER}`)
      .all(scope.questionId, activeModel);
  }
  // Across the library only scored attempts count at all: the failed ones are not "made with" a model.
  return db
    .prepare<[string | null], ScopeRow>(`${SELECT_SCOPE} WHERE a.status = 'scored' AND ${otherModel} ${ORDER}`)
    .all(activeModel);
}

/** The attempts `scope` covers that can be re-transcribed, and how many it covers that cannot. */
export function selectForRetranscribe(
  db: Database.Database,
  scope: RetranscribeScope,
  activeModel: string | null,
): ScopeSelection {
  const rows = rowsOf(db, scope, activeModel);
  const candidates = rows
    .filter((row) => row.eligible === 1)
    .map(({ id, questionId, model, corrected }) => ({ id, questionId, model, corrected: corrected === 1 }));
  return { candidates, skipped: rows.length - candidates.length };
}

/** What the confirmation says: how many, made with which models (most first), how many corrected. */
export function previewOf(selection: ScopeSelection, activeModel: string | null): RetranscribePreview {
  const byModel = new Map<string | null, number>();
  for (const candidate of selection.candidates) byModel.set(candidate.model, (byModel.get(candidate.model) ?? 0) + 1);
  return {
    total: selection.candidates.length,
    byModel: [...byModel]
      .map(([model, count]) => ({ model, count }))
      .sort((a, b) => b.count - a.count || String(a.model).localeCompare(String(b.model))),
    corrected: selection.candidates.filter((candidate) => candidate.corrected).length,
    skipped: selection.skipped,
    model: activeModel,
  };
}
