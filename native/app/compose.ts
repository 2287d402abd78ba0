// The composition root: opens the store and wires the services. The dependencies point one way:
// settings ← models ← transcription ← pipeline ← recordings, with the library beside them.
import { LogFile, logFilePath } from '../log/log-file';
import { PracticeService } from '../library/practice-service';
import { shippedDeck, shippedTwists } from '../library/shipped';
import { ModelLibrary } from '../models/library';
import { shippedCatalogue } from '../models/shipped';
import { ExportService, type PickSaveFile } from '../progress/export-service';
import { listAttemptIds } from '../progress/queries';
import { ProgressService } from '../progress/service';
import { defaultBackupsDir, openStore } from '../store';
import type { StretchReport } from '../transcriber/streaming';
import type { SpawnTranscriber } from '../transcriber/transcriber';
import { AppError } from '../../common/errors';
import { BackupService, type PickBackupFile } from './backup';
import { EventBuffer } from './event-buffer';
import type { Emit } from './events';
import { LibraryService } from './library';
import { ModelsService } from './models';
import type { DataPaths } from './paths';
import { Pipeline } from './pipeline';
import { RecordingsService } from './recordings';
import { RetranscribeService } from './retranscribe';
import { SettingsService } from './settings';
import { SupportService } from './support';
import { TranscriberHost } from './transcription';

export interface AppOptions {
  paths: DataPaths;
  emit: Emit;
  /** better-sqlite3 built for Electron's ABI, when the one in node_modules is built for Node's. */
  sqliteBinding?: string;
  /** Asks the user for a model file; null when they cancel. */
  pickModelFile(): Promise<string | null>;
  /** Asks where to save an export; absent where there is no window (exports then save nothing). */
  pickSaveFile?: PickSaveFile;
  /** Asks which backup to restore; absent where there is no window (a restore then picks nothing). */
  pickBackupFile?: PickBackupFile;
  /** Observes each stretch transcribed while recording (diagnostics, the benchmark). */
  onStretch?: (recordingId: string, report: StretchReport) => void;
  /** Starts the transcriber process (Electron passes a utilityProcess spawner; default: child_process.fork). */
  spawnTranscriber?: SpawnTranscriber;
  /** Keep events until the renderer calls rendererReady (a window that is still loading would miss them). */
  holdEventsUntilReady?: boolean;
  /** Shows a file in the system's file manager (Electron's shell.showItemInFolder). */
  revealFile?: (file: string) => void;
}

export interface App {
  settings: SettingsService;
  models: ModelsService;
  library: LibraryService;
  progress: ProgressService;
  exports: ExportService;
  /** The practice library: questions' details, stories, twists, sessions, decks. */
  practice: PracticeService;
  recordings: RecordingsService;
  /** Your data: the library backed up to one file, restored from one, or deleted. */
  backup: BackupService;
  pipeline: Pipeline;
  /** Re-transcribing stored attempts with the model in use, when the user asks. */
  retranscribe: RetranscribeService;
  support: SupportService;
  /** The developer detail of every failure, in `<data>/voicedrill.log`. */
  log: LogFile;
  /** The renderer has subscribed to events: what was held for it is delivered. */
  rendererReady(): void;
  /** Waits for the launch work (recovery, requeue, backup) and queued transcription and scoring to finish. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function openApp(options: AppOptions): Promise<App> {
  const store = openStore(options.paths.database, { nativeBinding: options.sqliteBinding });
  const practiceStore = store.practice();
  // A new library starts from the starter deck; an existing one is left as it is — nothing is added
  // behind the user's back, at this launch or any later one.
  if (practiceStore.isEmpty()) practiceStore.seedDeck(shippedDeck());
  const log = new LogFile(logFilePath(options.paths.home));
  const events = new EventBuffer(options.emit);
  if (!options.holdEventsUntilReady) events.ready();
  const { emit } = events;
  const settings = new SettingsService(store);
  const modelLibrary = new ModelLibrary(options.paths.models, shippedCatalogue());
  const models = new ModelsService({ library: modelLibrary, settings, emit, log, pickModelFile: options.pickModelFile });
  const host = new TranscriberHost(options.spawnTranscriber);
  const pipeline = new Pipeline({ store, settings, host, emit, log });
  const library = new LibraryService(store, settings);
  // Before progress: the dashboard reads readiness and the due list from it (practice needs nothing of progress).
  const practice = new PracticeService(practiceStore, store, shippedTwists());
  const retranscribe = new RetranscribeService({
    store,
    settings,
    host,
    schedule: (job) => pipeline.schedule(job),
    emit,
    log,
  });
  // Before any run can start: a re-transcription a crash cut short says so, and its old result stands.
  retranscribe.recoverInterrupted();
  const progress = new ProgressService({
    read: (query) => store.read(query),
    library: practice,
    savePrediction: (attemptId, prediction) =>
      store.setSelfEstimate(
        attemptId,
        'skipped' in prediction ? { durationSec: null, fillerCount: null, skipped: true } : prediction,
      ),
  });
  const exports = new ExportService(
    {
      getAttempt: (id) => store.getAttempt(id),
      getRecording: (id) => store.getRecording(id),
      attemptIds: (questionId) => store.read((db) => listAttemptIds(db, questionId)),
      questionText: (id) => store.getQuestion(id)?.text ?? null,
    },
    options.pickSaveFile ?? null,
  );
  const recordings = new RecordingsService({
    store,
    settings,
    library,
    pipeline,
    host,
    journalDir: options.paths.journal,
    emit,
    log,
    ...(options.onStretch ? { onStretch: options.onStretch } : {}),
  });
  const refuseWhileRecording = (): void => {
    if (recordings.busy) throw new AppError('recording-active', 'Stop or discard the recording in progress first.');
  };
  const backup = new BackupService({
    store,
    paths: options.paths,
    ...(options.sqliteBinding ? { nativeBinding: options.sqliteBinding } : {}),
    emit,
    pickSaveFile: options.pickSaveFile ?? null,
    pickBackupFile: options.pickBackupFile ?? null,
    quiesce: async () => {
      refuseWhileRecording();
      // Launch work (recovery of interrupted recordings) writes attempts too.
      await launched;
      await pipeline.idle();
      refuseWhileRecording();
    },
    afterReplace: (reason) => {
      emit('libraryReplaced', { reason });
      // The new rows get what a launch gives them: unfinished attempts queued, older reports re-scored.
      void pipeline
        .requeueAtLaunch()
        .then(() => pipeline.rescoreStale())
        .catch((error: unknown) => log.error(error, `queueing the ${reason} library`));
    },
  });
  models.onActivated(() => pipeline.requeueUntranscribed());
  // Off the start-up path: the caller opens its window first. Attempts already stored are requeued before
  // recovery adds (and queues) its own; reports of an older analysis are re-scored; the daily backup comes last.
  const launched = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => pipeline.requeueAtLaunch())
    .then(() => recordings.recoverInterrupted())
    .then(() => {
      // Queued behind the transcriptions above; idle() waits for it through the pipeline.
      void pipeline.rescoreStale();
    })
    .then(() => store.dailyBackup(defaultBackupsDir(options.paths.database)))
    .then((backup) => {
      if (backup.made === null && backup.error) log.error(backup.error, 'daily backup');
    })
    .catch((error: unknown) => {
      log.error(error, 'launch work');
    });
  return {
    settings,
    models,
    library,
    progress,
    exports,
    practice,
    recordings,
    backup,
    pipeline,
    retranscribe,
    support: new SupportService(log, modelLibrary, options.revealFile ?? (() => undefined)),
    log,
    rendererReady: () => events.ready(),
    idle: async () => {
      await launched;
      await retranscribe.idle();
      await pipeline.idle();
    },
    async close() {
      await launched;
      recordings.close();
      retranscribe.cancelAll();
      await retranscribe.idle();
      await pipeline.idle();
      await host.close();
      store.close();
    },
  };
}
