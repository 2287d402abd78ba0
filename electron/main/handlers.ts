// Every call of the contract, registered in one place: arguments are checked here, then handed to the core.
// Plain Node: the Chromium test harness serves the renderer with these very handlers.
import { isCallName, type CallName, type CallOutcome, type CallResult } from '../../common/contract';
import type { Core } from '../../native/app/core';
import { QUESTION_KINDS } from '../../common/library';
import { finite, float32Samples, integer, list, nullable, object, oneOf, partial, text, type Check } from './validate';

export type Handlers = { [K in CallName]: (args: unknown[]) => CallResult<K> | Promise<CallResult<K>> };

const recordingId = text(64);
const modelName = text(200);
const boolean: Check<boolean> = (value, where) => {
  if (typeof value !== 'boolean') throw new Error(`invalid argument: ${where} must be true or false`);
  return value;
};
const target = object({ minSec: finite(1, 3600), maxSec: finite(1, 3600) });

/** Checks the argument list has exactly `checks.length` items and each passes its check. */
function args<T extends unknown[]>(values: unknown[], ...checks: { [I in keyof T]: Check<T[I]> }): T {
  if (values.length !== checks.length) throw new Error(`invalid arguments: expected ${checks.length}, got ${values.length}`);
  return checks.map((check, index) => check(values[index], `argument ${index + 1}`)) as T;
}

export function createHandlers(core: Core): Handlers {
  return {
    listQuestions: (values) => (args(values), core.listQuestions()),
    addQuestion: (values) => {
      const [input] = args(values, object({ text: text(2000), kind: oneOf(...QUESTION_KINDS) }));
      return core.addQuestion(input);
    },
    listAttempts: (values) => core.listAttempts(...args<[number]>(values, integer)),
    getAttempt: (values) => core.getAttempt(...args<[number]>(values, integer)),
    getRecording: (values) => core.getRecording(...args<[number]>(values, integer)),
    deleteAttempt: (values) => core.deleteAttempt(...args<[number]>(values, integer)),
    startRecording: (values) => {
      const [input] = args(values, object({ questionId: integer, target }));
      if (input.target.minSec > input.target.maxSec) throw new Error('invalid target window: it ends before it starts');
      return core.startRecording(input);
    },
    appendRecording: (values) => {
      const [input] = args(values, object({ recordingId, seq: integer, samples: float32Samples }));
      core.appendRecording(input);
    },
    stopRecording: (values) => core.stopRecording(...args(values, object({ recordingId }))),
    discardRecording: (values) => core.discardRecording(...args(values, object({ recordingId }))),
    getSettings: (values) => (args(values), core.getSettings()),
    updateSettings: (values) => {
      const [patch] = args(
        values,
        partial({ fillerWords: list(text(40), 200), target, inputDeviceId: nullable(text(512)), shortcutsEnabled: boolean }),
      );
      return core.updateSettings(patch);
    },
    getModelStatus: (values) => (args(values), core.getModelStatus()),
    chooseModelFile: (values) => (args(values), core.chooseModelFile()),
    listModels: (values) => (args(values), core.models.list()),
    downloadModel: (values) => core.models.download(...args<[string]>(values, modelName)),
    cancelModelDownload: (values) => core.models.cancel(...args<[string]>(values, modelName)),
    deleteModel: (values) => core.deleteModel(...args<[string]>(values, modelName)),
    useModel: (values) => core.useModel(...args<[string]>(values, modelName)),
    correctTranscript: (values) => core.correctTranscript(...args(values, object({ attemptId: integer, text: text(100_000) }))),
    revertTranscript: (values) => core.revertTranscript(...args<[number]>(values, integer)),
  };
}

/** Runs one call and turns any failure into a message the UI can show as it is. */
export async function dispatch(handlers: Handlers, name: unknown, values: unknown): Promise<CallOutcome<unknown>> {
  if (!isCallName(name)) return { ok: false, error: `unknown call '${String(name)}'` };
  if (!Array.isArray(values)) return { ok: false, error: 'invalid arguments: expected a list' };
  try {
    return { ok: true, value: await handlers[name](values) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
