// Every call of the contract, mapped to the service that does it. Arguments are validated against the
// contract's schemas in dispatch, before any handler runs; failures leave as `{ code, message }`.
// Plain Node: the Chromium test harness serves the renderer with these very handlers.
import {
  isCallName,
  parseCallArgs,
  type CallArgs,
  type CallName,
  type CallOutcome,
  type CallResult,
} from '../../common/contract';
import { AppError, toWireError } from '../../common/errors';
import type { App } from '../../native/app/compose';
import type { ErrorLog } from '../../native/app/error-log';
import { practiceHandlers } from '../../native/library/practice-handlers';

export type Handlers = { [K in CallName]: (...args: CallArgs<K>) => CallResult<K> | Promise<CallResult<K>> };

export function createHandlers(app: App): Handlers {
  const { library, progress, exports, recordings, settings, models, pipeline, support } = app;
  return {
    listQuestions: () => library.listQuestions(),
    addQuestion: (input) => library.addQuestion(input),
    listAttempts: (questionId) => library.listAttempts(questionId),
    getAttempt: (attemptId) => library.getAttempt(attemptId),
    getRecording: (attemptId) => library.getRecording(attemptId),
    deleteAttempt: (attemptId) => library.deleteAttempt(attemptId),
    startRecording: (input) => recordings.start(input),
    appendRecording: (input) => recordings.append(input),
    stopRecording: (input) => recordings.stop(input),
    discardRecording: (input) => recordings.discard(input),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    getModelStatus: () => models.status(),
    chooseModelFile: () => models.chooseFile(),
    listModels: () => models.list(),
    downloadModel: (name, options) => models.download(name, options),
    cancelModelDownload: (name) => models.cancel(name),
    deleteModel: (name) => models.remove(name),
    useModel: (name) => models.use(name),
    partialDownloads: () => support.partialDownloads(),
    removePartialDownloads: () => support.removePartialDownloads(),
    retryAttempt: (attemptId) => pipeline.retry(attemptId),
    revealLog: () => support.revealLog(),
    rendererReady: () => app.rendererReady(),
    correctTranscript: (input) => library.correctTranscript(input),
    revertTranscript: (attemptId) => library.revertTranscript(attemptId),
    progressHistory: (scope, window) => progress.history(scope, window),
    compareAttempts: (a, b) => progress.compare(a, b),
    progressDashboard: () => progress.dashboard(),
    searchTranscripts: (query) => progress.search(query),
    progressCalibration: (scope) => progress.calibration(scope),
    predictAttempt: (attemptId, prediction) => progress.predict(attemptId, prediction),
    exportData: (request) => exports.export(request),
    backupLibrary: () => app.backup.backup(),
    inspectBackup: () => app.backup.inspect(),
    restoreLibrary: ({ token }) => app.backup.restore(token),
    cancelRestore: ({ token }) => app.backup.cancelRestore(token),
    eraseLibrary: () => app.backup.erase(),
    retranscribePreview: (scope) => app.retranscribe.preview(scope),
    retranscribe: (scope) => app.retranscribe.start(scope),
    cancelRetranscribe: (runId) => app.retranscribe.cancel(runId),
    dismissRetranscribeFailure: (attemptId) => app.retranscribe.dismissFailure(attemptId),
    ...practiceHandlers(app.practice),
  };
}

/** A call's name as it may be shown: untrusted, so bounded, and never converted by its own toString. */
function shownName(name: unknown): string {
  return typeof name === 'string' ? name.slice(0, 60) : typeof name;
}

/**
 * Validates and runs one call; any failure comes back as a code and a message the UI can show as it is,
 * and its developer detail (stack, causes) goes to `log`.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  values: unknown,
  log?: ErrorLog,
): Promise<CallOutcome<unknown>> {
  try {
    if (!isCallName(name)) throw new AppError('invalid-argument', `unknown call '${shownName(name)}'`);
    const parsed = parseCallArgs(name, values);
    if (!parsed.ok) throw new AppError('invalid-argument', parsed.message);
    const handler = handlers[name] as (...args: unknown[]) => unknown;
    return { ok: true, value: await handler(...parsed.args) };
  } catch (error) {
    log?.error(error, `call ${shownName(name)}`);
    return { ok: false, error: toWireError(error) };
  }
}
