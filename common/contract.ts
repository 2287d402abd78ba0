// The one contract between the renderer and the main process. Every call and every event that crosses
// the IPC boundary is declared here; the preload exposes exactly this, and main registers a handler for
// each call from one place (electron/main/handlers.ts). Types only, plus the few constants both sides need.
import type { AttemptDetail, AttemptSummary, Question, QuestionWithFollowUps } from './library';

/** The renderer sends microphone audio as mono Float32 at this rate, in chunks of about this length. */
export const RECORDING_SAMPLE_RATE = 16000;
export const RECORDING_CHUNK_SEC = 0.25;

/** The single IPC channel for calls, and the one for events. */
export const CALL_CHANNEL = 'voicedrill:call';
export const EVENT_CHANNEL = 'voicedrill:event';

export type { TargetWindow } from './drill-lengths';
import type { TargetWindow } from './drill-lengths';

export interface Settings {
  /** Lexical fillers to count, editable by the user. */
  fillerWords: string[];
  /** The target window a new recording is measured against. */
  target: TargetWindow;
  /** The Whisper model file in use, or null when none has been chosen yet. */
  modelPath: string | null;
  /** The input device the user picked last (a MediaDeviceInfo.deviceId), or null for the default. */
  inputDeviceId: string | null;
  /** Single-key shortcuts (Space, P); WCAG 2.1.4 asks that they can be turned off. */
  shortcutsEnabled: boolean;
}

export type ModelStatus =
  | { state: 'missing' }
  | { state: 'ready'; path: string; name: string; sizeBytes: number }
  | { state: 'invalid'; path: string; error: string };

/** A Whisper model of the catalogue (resources/models.json) or one the user added, and where it stands here. */
export interface ModelEntry {
  /** Catalogue name ("base.en", "tiny.en-q5_1") or the file name of a model the user added. */
  name: string;
  description: string;
  sizeBytes: number;
  recommended: boolean;
  /** available: can be downloaded; partial: a download was interrupted and can resume; installed: on disk. */
  state: 'available' | 'partial' | 'downloading' | 'installed';
  /** Bytes on disk so far (for partial and downloading). */
  receivedBytes: number;
  /** The model transcription uses now. */
  active: boolean;
}

export interface DownloadProgress {
  name: string;
  state: 'downloading' | 'verifying' | 'done' | 'failed' | 'cancelled';
  receivedBytes: number;
  totalBytes: number;
  bytesPerSec: number;
  /** Seconds left at the current speed; null until the speed is known. */
  etaSec: number | null;
  error?: string;
}

export interface RecordedAudio {
  mimeType: string;
  bytes: Uint8Array;
}

export type AttemptStage = 'saving' | 'transcribing' | 'scoring' | 'done' | 'failed';

/** Every call the renderer can make. Arguments are validated in main before use. */
export interface Calls {
  /** Top-level questions and stories, each with its follow-ups. */
  listQuestions(): QuestionWithFollowUps[];
  addQuestion(input: { text: string; kind: 'question' | 'story' }): Question;
  listAttempts(questionId: number): AttemptSummary[];
  getAttempt(attemptId: number): AttemptDetail;
  getRecording(attemptId: number): RecordedAudio;
  deleteAttempt(attemptId: number): void;

  startRecording(input: { questionId: number; target: TargetWindow }): { recordingId: string };
  /** One chunk of microphone audio; `seq` counts from 0 so main can detect a lost chunk. */
  appendRecording(input: { recordingId: string; seq: number; samples: Float32Array }): void;
  /** Ends the recording: the attempt is stored at once, then transcribed and scored in the background. */
  stopRecording(input: { recordingId: string }): { attemptId: number };
  discardRecording(input: { recordingId: string }): void;

  getSettings(): Settings;
  updateSettings(patch: Partial<Omit<Settings, 'modelPath'>>): Settings;
  getModelStatus(): ModelStatus;
  /** Opens a file dialog in main; the renderer never sees the file system. */
  chooseModelFile(): ModelStatus;

  /** The model catalogue with what is installed, partly downloaded or in use. */
  listModels(): ModelEntry[];
  /** Starts (or resumes) a download; progress arrives as `modelDownload` events. */
  downloadModel(name: string): void;
  cancelModelDownload(name: string): void;
  deleteModel(name: string): void;
  /** Makes an installed model the one transcription uses. */
  useModel(name: string): ModelStatus;

  /** Keeps the user's corrected text beside Whisper's words (re-timed to them) and re-scores the attempt. */
  correctTranscript(input: { attemptId: number; text: string }): AttemptDetail;
  /** Drops the correction: Whisper's words are scored again. */
  revertTranscript(attemptId: number): AttemptDetail;
}

/** Every event main can send to the renderer. */
export interface Events {
  attemptProgress: { attemptId: number; questionId: number; stage: AttemptStage; message?: string };
  notice: { level: 'info' | 'error'; message: string };
  modelDownload: DownloadProgress;
}

export type CallName = keyof Calls;
export type CallArgs<K extends CallName> = Parameters<Calls[K]>;
export type CallResult<K extends CallName> = ReturnType<Calls[K]>;
export type EventName = keyof Events;

/** What a call returns over the wire: errors travel as plain messages so the UI can show them as they are. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** The API the preload exposes on `window.voicedrill`. */
export type VoicedrillApi = {
  [K in CallName]: (...args: CallArgs<K>) => Promise<CallResult<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

// Records, not arrays, so the compiler rejects a call or event that is declared above but not listed here.
const CALL_SET: Record<CallName, true> = {
  listQuestions: true,
  addQuestion: true,
  listAttempts: true,
  getAttempt: true,
  getRecording: true,
  deleteAttempt: true,
  startRecording: true,
  appendRecording: true,
  stopRecording: true,
  discardRecording: true,
  getSettings: true,
  updateSettings: true,
  getModelStatus: true,
  chooseModelFile: true,
  listModels: true,
  downloadModel: true,
  cancelModelDownload: true,
  deleteModel: true,
  useModel: true,
  correctTranscript: true,
  revertTranscript: true,
};
const EVENT_SET: Record<EventName, true> = { attemptProgress: true, notice: true, modelDownload: true };

/** The names of all calls, so the preload can build its proxy and main can check each one is handled. */
export const CALL_NAMES = Object.keys(CALL_SET) as CallName[];
export const EVENT_NAMES = Object.keys(EVENT_SET) as EventName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(CALL_SET, value);
}
