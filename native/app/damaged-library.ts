// When the library is damaged the app does not write to it. The user chooses: recover what can be read into a
// new library, or start fresh; either way the damaged file is kept beside the new one, never deleted.
// Plain Node, so Electron's dialog (main) and the tests drive the same steps.
import { exportReadable, setDamagedAside } from '../store';

export type DamagedChoice = 'recover' | 'fresh';

export interface DamagedOutcome {
  /** Where the damaged file now lies, untouched. */
  keptAt: string;
  /** Rows copied per table (recover only). */
  copied: Record<string, number>;
  /** Tables of which only part could be read (recover only). */
  incomplete: string[];
}

export function resolveDamagedLibrary(
  database: string,
  choice: DamagedChoice,
  options: { nativeBinding?: string; now?: Date } = {},
): DamagedOutcome {
  const keptAt = setDamagedAside(database, options.now);
  if (choice === 'fresh') return { keptAt, copied: {}, incomplete: [] };
  const { copied, incomplete } = exportReadable(
    keptAt,
    database,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  return { keptAt, copied, incomplete };
}

/** What the user is told afterwards, in their words. */
export function describeDamagedOutcome(choice: DamagedChoice, outcome: DamagedOutcome): string {
  const kept = `The damaged library is kept, unchanged, at ${outcome.keptAt}.`;
  if (choice === 'fresh') return `Started a new, empty library. ${kept}`;
  const attempts = outcome.copied['attempts'] ?? 0;
  const questions = outcome.copied['questions'] ?? 0;
  const partly = outcome.incomplete.length > 0 ? ` Some ${outcome.incomplete.join(', ')} could not be read.` : '';
  return `Recovered ${attempts} attempt${attempts === 1 ? '' : 's'} and ${questions} question${questions === 1 ? '' : 's'} into a new library.${partly} ${kept}`;
}
