// The one contract between the renderer and the main process. Each call is declared once, in CALLS: its
// argument schema, its result schema and its doc comment. The types, main's runtime validation, the
// preload's proxy and the list of names are all derived from that table; events likewise from EVENTS.
// Objects are strict, so unknown keys (including `constructor` or `__proto__`) are refused.
import { z } from 'zod';
import type { AttemptDetail, AttemptSummary } from './library';
import { QUESTION_KINDS } from './library';
import { ERROR_CODES, type WireError } from './errors';
import { DRILL_LENGTHS } from './drill-lengths';
import { EXPORT_KINDS } from './progress';
import type { AttemptComparison, CalibrationSummary, Dashboard, PredictionOutcome, ProgressHistory, SearchHit } from './progress';
import { PRACTICE_CALLS } from './practice-calls';
import { RETRANSCRIBE_CALLS, RETRANSCRIBE_EVENTS } from './retranscribe';

export type { TargetWindow } from './drill-lengths';

/** The renderer sends microphone audio as mono Float32 at this rate, in chunks of about this length. */
export const RECORDING_SAMPLE_RATE = 16000;
export const RECORDING_CHUNK_SEC = 0.25;
/** The longest chunk main accepts: a bound on what one call can make it hold. */
export const MAX_CHUNK_SEC = 5;

export { CALL_CHANNEL, EVENT_CHANNEL } from './ipc';

// Building blocks: every number finite and bounded, every string bounded.
/** Row ids start at 1. */
const id = z.int().positive();
const count = z.int().nonnegative();
function text(maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .refine((value) => value.trim().length > 0, { message: 'must not be empty' });
}
const modelName = text(200);
const recordingId = text(64);
const seconds = z.number().min(1).max(3600);

export const TargetWindowSchema = z
  .strictObject({ minSec: seconds, maxSec: seconds })
  .refine((window) => window.minSec <= window.maxSec, { message: 'the window ends before it starts' });

const samples = z
  .custom<Float32Array>((value) => value instanceof Float32Array, { message: 'must be a Float32Array' })
  .refine((value) => value.length <= RECORDING_SAMPLE_RATE * MAX_CHUNK_SEC, {
    message: `must hold at most ${MAX_CHUNK_SEC} s of audio`,
  })
  .refine((value) => value.every(Number.isFinite), { message: 'must hold finite samples' });

export const SettingsSchema = z.strictObject({
  /** Lexical fillers to count, editable by the user. */
  fillerWords: z.array(text(40)).max(200),
  /** The target window a new recording is measured against. */
  target: TargetWindowSchema,
  /** The Whisper model file in use, or null when none has been chosen yet. */
  modelPath: z.string().max(4096).nullable(),
  /** The input device the user picked last (a MediaDeviceInfo.deviceId), or null for the default. */
  inputDeviceId: text(512).nullable(),
  /** Single-key shortcuts (Space, Esc...); off for users of speech input (WCAG 2.1.4). */
  shortcutsEnabled: z.boolean(),
  /** Shows each stretch's words while recording. */
  liveView: z.boolean(),
  /** Hides the scorecard until the user has made their own estimate. */
  sealScorecard: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;
/** What the renderer may change: everything but the model, which is chosen through the model calls. */
export const SettingsPatchSchema = SettingsSchema.omit({ modelPath: true }).partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const ModelStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('missing') }),
  z.strictObject({ state: z.literal('ready'), path: z.string(), name: z.string(), sizeBytes: z.number() }),
  z.strictObject({ state: z.literal('invalid'), path: z.string(), error: z.string() }),
]);
export type ModelStatus = z.infer<typeof ModelStatusSchema>;

/** A Whisper model of the catalogue (resources/models.json) or one the user added, and where it stands here. */
export const ModelEntrySchema = z.strictObject({
  /** Catalogue name ("base.en", "tiny.en-q5_1") or the file name of a model the user added. */
  name: z.string(),
  description: z.string(),
  sizeBytes: z.number(),
  recommended: z.boolean(),
  /** available: can be downloaded; partial: a download was interrupted and can resume; installed: on disk. */
  state: z.enum(['available', 'partial', 'downloading', 'installed']),
  /** Bytes on disk so far (for partial and downloading). */
  receivedBytes: z.number(),
  /** The model transcription uses now. */
  active: z.boolean(),
  /** No checksum is known: downloading it needs the user's confirmation (`allowUnverified`). */
  unverified: z.boolean(),
  /** A partial download that `downloadModel` can continue; a partial one that is not resumable starts over. */
  resumable: z.boolean(),
});
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

export const DownloadProgressSchema = z.strictObject({
  name: z.string(),
  state: z.enum(['downloading', 'verifying', 'done', 'failed', 'cancelled']),
  receivedBytes: z.number(),
  totalBytes: z.number(),
  bytesPerSec: z.number(),
  /** Seconds left at the current speed; null until the speed is known. */
  etaSec: z.number().nullable(),
  error: z.string().optional(),
  /** Why it failed, for the UI to branch on ('disk-full' offers to delete partial downloads). */
  code: z.enum(ERROR_CODES).optional(),
});
export type DownloadProgress = z.infer<typeof DownloadProgressSchema>;

export const RecordedAudioSchema = z.strictObject({
  mimeType: z.string(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});
export type RecordedAudio = z.infer<typeof RecordedAudioSchema>;

const QuestionSchema = z.strictObject({
  id,
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  parentId: id.nullable(),
  source: z.enum(['starter', 'user']),
  createdAt: z.string(),
  attemptCount: z.number(),
  lastAttemptAt: z.string().nullable(),
});
const QuestionWithFollowUpsSchema = QuestionSchema.extend({ followUps: z.array(QuestionSchema) });
// The attempt objects are big and nested (a full report); their shape is the store's, checked by the compiler.
const AttemptSummarySchema = z.custom<AttemptSummary>();
const AttemptDetailSchema = z.custom<AttemptDetail>();

export const ATTEMPT_STAGES = ['saving', 'transcribing', 'scoring', 'done', 'failed'] as const;
export type AttemptStage = (typeof ATTEMPT_STAGES)[number];

const ProgressScopeSchema = z.strictObject({ questionId: id.nullable(), drillLength: z.enum(DRILL_LENGTHS).nullable() });
/** Each field blank (null) or a finite number; the ranges are checked by the progress service, with reasons. */
const estimate = z.number().finite().nullable();
const PredictionSchema = z.strictObject({
  durationSec: estimate,
  fillerCount: estimate,
  inWindowChance: estimate,
  overall: estimate,
});

/** How much a library holds, shown before a restore replaces one with another. */
const LibraryCountsSchema = z.strictObject({ questions: count, stories: count, attempts: count, audioBytes: count });
export type LibraryCounts = z.infer<typeof LibraryCountsSchema>;
/** A backup that passed its checks, waiting for the user's confirmation (restoreLibrary with its token). */
const RestorePreviewSchema = z.strictObject({
  token: z.string(),
  file: z.string(),
  backup: LibraryCountsSchema,
  current: LibraryCountsSchema,
  /** Where the copy of the current library is kept before it is replaced. */
  safetyFolder: z.string(),
});
export type RestorePreview = z.infer<typeof RestorePreviewSchema>;
const restoreToken = z.string().regex(/^[0-9a-f-]{36}$/);

function call<const A extends z.ZodTuple, const R extends z.ZodType>(args: A, result: R): { args: A; result: R } {
  return { args, result };
}
const none = z.tuple([]);

/** Every call the renderer can make. Arguments are validated in main against `args` before use. */
export const CALLS = {
  /** Top-level questions and stories, each with its follow-ups. */
  listQuestions: call(none, z.array(QuestionWithFollowUpsSchema)),
  addQuestion: call(z.tuple([z.strictObject({ text: text(2000), kind: z.enum(QUESTION_KINDS) })]), QuestionSchema),
  listAttempts: call(z.tuple([id]), z.array(AttemptSummarySchema)),
  getAttempt: call(z.tuple([id]), AttemptDetailSchema),
  getRecording: call(z.tuple([id]), RecordedAudioSchema),
  deleteAttempt: call(z.tuple([id]), z.void()),

  /** Starts a recording; only one can be live at a time (else the code is 'recording-active'). */
  startRecording: call(
    z.tuple([z.strictObject({ questionId: id, target: TargetWindowSchema })]),
    z.strictObject({ recordingId: z.string() }),
  ),
  /** One chunk of microphone audio; `seq` counts from 0 so main can detect a lost chunk. */
  appendRecording: call(z.tuple([z.strictObject({ recordingId, seq: count, samples })]), z.void()),
  /** Ends the recording: the attempt is stored at once, then transcribed and scored in the background. */
  stopRecording: call(z.tuple([z.strictObject({ recordingId })]), z.strictObject({ attemptId: id })),
  discardRecording: call(z.tuple([z.strictObject({ recordingId })]), z.void()),

  getSettings: call(none, SettingsSchema),
  updateSettings: call(z.tuple([SettingsPatchSchema]), SettingsSchema),
  getModelStatus: call(none, ModelStatusSchema),
  /** Opens a file dialog in main; the renderer never sees the file system. */
  chooseModelFile: call(none, ModelStatusSchema),

  /** The model catalogue with what is installed, partly downloaded or in use. */
  listModels: call(none, z.array(ModelEntrySchema)),
  /** Starts (or resumes) a download; progress arrives as `modelDownload` events. An unverified model needs `allowUnverified`. */
  downloadModel: call(z.tuple([modelName, z.strictObject({ allowUnverified: z.boolean() })]), z.void()),
  cancelModelDownload: call(z.tuple([modelName]), z.void()),
  deleteModel: call(z.tuple([modelName]), z.void()),
  /** Makes an installed model the one transcription uses. */
  useModel: call(z.tuple([modelName]), ModelStatusSchema),
  /** Partial model downloads: what deleting them would free on a full disk. */
  partialDownloads: call(none, z.strictObject({ files: count, bytes: count })),
  /** Deletes every partial download not running now. */
  removePartialDownloads: call(none, z.strictObject({ freedBytes: count })),

  /** Queues a failed attempt again (transcription with the model in use, then scoring). */
  retryAttempt: call(z.tuple([id]), z.void()),
  /** Shows the log file (the developer detail of every failure) in the system's file manager. */
  revealLog: call(none, z.void()),
  /** The renderer has subscribed to events: events held since launch (recovery notices) are delivered. */
  rendererReady: call(none, z.void()),

  /** Keeps the user's corrected text beside Whisper's words (re-timed to them) and re-scores the attempt. */
  correctTranscript: call(z.tuple([z.strictObject({ attemptId: id, text: text(100_000) })]), AttemptDetailSchema),
  /** Drops the correction: Whisper's words are scored again. */
  revertTranscript: call(z.tuple([id]), AttemptDetailSchema),

  // Progress (issue 11). Results are built by native/progress from the store's columns.
  /**
   * The trends of a question's (or all) attempts at a length (or all), in one reply: one chart per metric with
   * statistics and labels, and for one question the recent rows of its timing strip and "latest against best".
   */
  progressHistory: call(z.tuple([ProgressScopeSchema, z.int().min(2).max(50)]), z.custom<ProgressHistory>()),
  /** Two attempts of one question: every metric with its delta against the usual change, and the word diff. */
  compareAttempts: call(z.tuple([id, id]), z.custom<AttemptComparison>()),
  /** Streak, minutes and sessions this week, the least consistent and the longest-left questions. */
  progressDashboard: call(none, z.custom<Dashboard>()),
  /** Transcripts holding all the given words, newest first, each with the moment to play. */
  searchTranscripts: call(z.tuple([z.string().max(500)]), z.custom<SearchHit[]>()),
  /** How the user's predictions compare with what happened. */
  progressCalibration: call(z.tuple([ProgressScopeSchema]), z.custom<CalibrationSummary>()),
  /** Unseals a fresh attempt's scorecard: stores the prediction (or that it was skipped) and returns what happened. */
  /** Writes an export where the user chooses in a save dialog; the path, or null when they cancel. */
  exportData: call(
    z.tuple([z.strictObject({ kind: z.enum(EXPORT_KINDS), questionId: id.nullable(), attemptId: id.nullable() })]),
    z.strictObject({ path: z.string().nullable() }),
  ),
  predictAttempt: call(
    z.tuple([id, z.union([PredictionSchema, z.strictObject({ skipped: z.literal(true) })])]),
    z.custom<PredictionOutcome | null>(),
  ),
  // Your data: the whole library backed up to one file, restored from one, or deleted.
  /** Writes the whole library to one file where the user chooses; progress arrives as `backupProgress` events. */
  backupLibrary: call(none, z.strictObject({ path: z.string().nullable(), bytes: count })),
  /** Asks for a backup file and checks it; null when the user cancels. Nothing is replaced yet. */
  inspectBackup: call(none, RestorePreviewSchema.nullable()),
  /** Replaces the library with the checked backup, after keeping a copy of the current one. */
  restoreLibrary: call(
    z.tuple([z.strictObject({ token: restoreToken })]),
    z.strictObject({ safetyCopy: z.string(), counts: LibraryCountsSchema }),
  ),
  /** Drops a checked backup the user decided not to restore. */
  cancelRestore: call(z.tuple([z.strictObject({ token: restoreToken })]), z.void()),
  /** Deletes every attempt, recording, question, story and setting, and starts a fresh library; the user typed DELETE. */
  eraseLibrary: call(z.tuple([z.strictObject({ confirm: z.literal('DELETE') })]), z.void()),
  /** The practice library: questions with modes and lengths, stories, twists, sessions, decks. */
  ...PRACTICE_CALLS,
  /** Re-transcribing stored attempts with the model in use (common/retranscribe.ts). */
  ...RETRANSCRIBE_CALLS,
};

/** Every event main can send to the renderer. */
export const EVENTS = {
  attemptProgress: z.strictObject({
    attemptId: id,
    questionId: id,
    stage: z.enum(ATTEMPT_STAGES),
    message: z.string().optional(),
    /** While transcribing: stretches of the recording transcribed so far, and in all, when known. */
    stretchesDone: count.optional(),
    stretchesTotal: count.optional(),
    /** Seconds left, from the measured speed of the stretches already transcribed. */
    etaSec: z.number().nonnegative().optional(),
  }),
  notice: z.strictObject({ level: z.enum(['info', 'error']), message: z.string() }),
  /** Live view: the words of a recording so far, sent as each stretch is transcribed, with running counts. */
  liveWords: z.strictObject({
    recordingId: z.string(),
    words: z.array(z.string()),
    fillerCount: count,
    /** Words per minute over the speech so far; null until there are words. */
    wordsPerMinute: z.number().nonnegative().nullable(),
  }),
  modelDownload: DownloadProgressSchema,
  /** After an upgrade of the analysis: attempts scored again from their stored words and audio, so far. */
  rescoreProgress: z.strictObject({ done: count, total: count }),
  /** A backup being written: pages copied so far, and in all. */
  backupProgress: z.strictObject({ done: count, total: count }),
  /** The library was replaced by a restore or deleted: every view reloads. */
  libraryReplaced: z.strictObject({ reason: z.enum(['restored', 'erased']) }),
  ...RETRANSCRIBE_EVENTS,
};

type CallTable = typeof CALLS;
export type CallName = keyof CallTable;
export type CallArgs<K extends CallName> = z.infer<CallTable[K]['args']>;
export type CallResult<K extends CallName> = z.infer<CallTable[K]['result']>;
/** Each call as main implements it. */
export type Calls = { [K in CallName]: (...args: CallArgs<K>) => CallResult<K> };

export type EventName = keyof typeof EVENTS;
export type Events = { [E in EventName]: z.infer<(typeof EVENTS)[E]> };

/** What a call returns over the wire: errors travel as a code and a sentence written for the user. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** The API the preload exposes on `window.voicedrill`. A failed call rejects with an Error carrying `.code`. */
export type VoicedrillApi = {
  [K in CallName]: (...args: CallArgs<K>) => Promise<CallResult<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

/** The names of all calls, so the preload can build its proxy and main can check each one is handled. */
export const CALL_NAMES = Object.keys(CALLS) as CallName[];
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(CALLS, value);
}

/** A failed check, as one sentence: "argument 1.target: the window ends before it starts". */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const [first, ...rest] = issue.path;
      const where = typeof first === 'number' ? [`argument ${first + 1}`, ...rest.map(String)].join('.') : 'arguments';
      return `${where}: ${issue.message.slice(0, 200)}`;
    })
    .join('; ')
    .slice(0, 800);
}

/** The arguments of a call checked against its schema, or a message describing the first problems. */
export function parseCallArgs<K extends CallName>(
  name: K,
  values: unknown,
): { ok: true; args: CallArgs<K> } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = CALLS[name].args.safeParse(values);
  } catch {
    // Only a value no IPC message can carry (an exotic prototype, a throwing getter) gets here.
    return { ok: false, message: `invalid arguments to ${name}: they could not be read` };
  }
  return parsed.success
    ? { ok: true, args: parsed.data as CallArgs<K> }
    : { ok: false, message: `invalid arguments to ${name}: ${describe(parsed.error)}` };
}
