// The composition root: opens the store and wires the services. The dependencies point one way:
// settings ← models ← transcription ← pipeline ← recordings, with the library beside them.
import { PracticeService } from '../library/practice-service';
import { shippedDeck, shippedTwists } from '../library/shipped';
import { ModelLibrary } from '../models/library';
import { shippedCatalogue } from '../models/shipped';
import { openStore } from '../store';
import type { StretchReport } from '../transcriber/streaming';
import type { Emit } from './events';
import { LibraryService } from './library';
import { ModelsService } from './models';
import type { DataPaths } from './paths';
import { Pipeline } from './pipeline';
import { RecordingsService } from './recordings';
import { SettingsService } from './settings';
import { TranscriberHost } from './transcription';

export interface AppOptions {
  paths: DataPaths;
  /** The app's resources/ folder (starter questions); its place differs between a checkout and a package. */
  resourcesDir: string;
  emit: Emit;
  /** better-sqlite3 built for Electron's ABI, when the one in node_modules is built for Node's. */
  sqliteBinding?: string;
  /** Asks the user for a model file; null when they cancel. */
  pickModelFile(): Promise<string | null>;
  /** Observes each stretch transcribed while recording (diagnostics, the benchmark). */
  onStretch?: (recordingId: string, report: StretchReport) => void;
}

export interface App {
  settings: SettingsService;
  models: ModelsService;
  library: LibraryService;
  /** The practice library: questions' details, stories, twists, sessions, decks. */
  practice: PracticeService;
  recordings: RecordingsService;
  pipeline: Pipeline;
  /** Waits for queued transcription and scoring to finish. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function openApp(options: AppOptions): Promise<App> {
  const store = openStore(options.paths.database, { nativeBinding: options.sqliteBinding });
  const practiceStore = store.practice();
  // A new library starts from the starter deck; an existing one is left as it is — nothing is added
  // behind the user's back, at this launch or any later one.
  if (practiceStore.isEmpty()) practiceStore.seedDeck(shippedDeck());
  const { emit } = options;
  const settings = new SettingsService(store);
  const models = new ModelsService({
    library: new ModelLibrary(options.paths.models, shippedCatalogue()),
    settings,
    emit,
    pickModelFile: options.pickModelFile,
  });
  const host = new TranscriberHost();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const library = new LibraryService(store, settings);
  const practice = new PracticeService(practiceStore, store, shippedTwists());
  const recordings = new RecordingsService({
    store,
    settings,
    library,
    pipeline,
    host,
    journalDir: options.paths.journal,
    emit,
    ...(options.onStretch ? { onStretch: options.onStretch } : {}),
  });
  models.onActivated(() => pipeline.requeueUntranscribed());
  recordings.recoverInterrupted();
  pipeline.requeueUntranscribed();
  return {
    settings,
    models,
    library,
    practice,
    recordings,
    pipeline,
    idle: () => pipeline.idle(),
    async close() {
      recordings.close();
      await pipeline.idle();
      await host.close();
      store.close();
    },
  };
}
