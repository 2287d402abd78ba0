// The library's command-line commands: `questions list`, `stories list`, `deck import`, `deck export`.
// Parsing is pure (node:util parseArgs, so usage errors are unit-tested); running takes the service and
// the file and output functions it needs.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LibraryQuestionTree, Story } from '../../common/practice';
import type { PracticeService } from './practice-service';

export type LibraryCommand =
  | { kind: 'questions-list'; json: boolean; all: boolean; search: string | null }
  | { kind: 'stories-list'; json: boolean; all: boolean; search: string | null }
  | { kind: 'deck-import'; file: string; dryRun: boolean }
  | { kind: 'deck-export'; format: 'json' | 'markdown'; output: string | null };

export const LIBRARY_USAGE = `       voicedrill questions list [--json] [--all] [--search TEXT]
       voicedrill stories list [--json] [--all] [--search TEXT]
       voicedrill deck import <deck.json|deck.md> [--dry-run]
       voicedrill deck export [--format json|md] [--output FILE]

  questions list  the library's questions with their mode and follow-ups (--all: archived ones too)
  stories list    the stories with their key numbers and linked questions
  deck import     adds a deck's new questions, follow-ups and stories; --dry-run only shows what it would add.
                  A bad file is refused with the line at fault, and nothing is changed
  deck export     prints the library as a deck (JSON by default, or Markdown), or writes it to --output`;

export class LibraryUsageError extends Error {}

export const LIBRARY_COMMANDS = ['questions', 'stories', 'deck'] as const;

export function isLibraryCommand(argv: readonly string[]): boolean {
  return (LIBRARY_COMMANDS as readonly string[]).includes(argv[0] ?? '');
}

function parse<Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options, positionals: number) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals)
      throw new LibraryUsageError(`unexpected argument '${parsed.positionals[positionals] ?? ''}'`);
    return parsed;
  } catch (error) {
    if (error instanceof LibraryUsageError) throw error;
    // parseArgs's messages name the option ("Unknown option '--jsn'"); keep the first sentence.
    throw new LibraryUsageError((error instanceof Error ? error.message : String(error)).split('. ')[0]!);
  }
}

const LIST_OPTIONS = { json: { type: 'boolean' }, all: { type: 'boolean' }, search: { type: 'string' } } as const;

export function parseLibraryCommand(argv: readonly string[]): LibraryCommand {
  const [noun, verb, ...rest] = argv;
  const action = `${noun ?? ''} ${verb ?? ''}`.trim();
  switch (action) {
    case 'questions list':
    case 'stories list': {
      const { values } = parse(rest, LIST_OPTIONS, 0);
      const kind = action === 'questions list' ? 'questions-list' : 'stories-list';
      return {
        kind,
        json: values.json === true,
        all: values.all === true,
        search: typeof values.search === 'string' ? values.search : null,
      };
    }
    case 'deck import': {
      const { values, positionals } = parse(rest, { 'dry-run': { type: 'boolean' } }, 1);
      const file = positionals[0];
      if (file === undefined) throw new LibraryUsageError('deck import needs a deck file (.json or .md)');
      return { kind: 'deck-import', file, dryRun: values['dry-run'] === true };
    }
    case 'deck export': {
      const { values } = parse(rest, { format: { type: 'string' }, output: { type: 'string' } }, 0);
      const format = values.format ?? 'json';
      if (format !== 'json' && format !== 'md' && format !== 'markdown')
        throw new LibraryUsageError(`--format must be json or md, got '${String(format)}'`);
      return {
        kind: 'deck-export',
        format: format === 'json' ? 'json' : 'markdown',
        output: typeof values.output === 'string' ? values.output : null,
      };
    }
    default:
      throw new LibraryUsageError(
        noun === 'deck' ? `unknown deck command '${verb ?? ''}': use import or export` : `${noun ?? ''} needs 'list'`,
      );
  }
}

export interface LibraryIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
}

function questionLine(question: LibraryQuestionTree): string {
  const details = [
    question.mode,
    question.defaultLength,
    ...question.tags,
    ...(question.company === null ? [] : [question.company]),
  ];
  const lines = [`${question.id}. ${question.text}  [${details.join(', ')}]${question.archived ? ' (archived)' : ''}`];
  for (const followUp of question.followUps) lines.push(`     ↳ ${followUp.id}. ${followUp.text}`);
  return lines.join('\n');
}

function storyLine(story: Story): string {
  const numbers = story.keyNumbers.length === 0 ? 'no key numbers' : story.keyNumbers.join(', ');
  return `${story.id}. ${story.title}  [${numbers}; ${story.questionIds.length} question(s)]${story.archived ? ' (archived)' : ''}`;
}

export function runLibraryCommand(command: LibraryCommand, service: PracticeService, io: LibraryIo): void {
  switch (command.kind) {
    case 'questions-list': {
      const questions = service.listQuestions({
        includeArchived: command.all,
        ...(command.search === null ? {} : { search: command.search }),
      });
      io.stdout(command.json ? `${JSON.stringify(questions, null, 2)}\n` : `${questions.map(questionLine).join('\n')}\n`);
      return;
    }
    case 'stories-list': {
      const stories = service.listStories({
        includeArchived: command.all,
        ...(command.search === null ? {} : { search: command.search }),
      });
      io.stdout(
        command.json
          ? `${JSON.stringify(stories, null, 2)}\n`
          : stories.length === 0
            ? 'no stories yet\n'
            : `${stories.map(storyLine).join('\n')}\n`,
      );
      return;
    }
    case 'deck-import': {
      const text = io.readFile(command.file);
      const result = command.dryRun ? service.previewImport(command.file, text) : service.confirmImport(command.file, text);
      const verb = command.dryRun ? 'would add' : 'added';
      const lines = [
        `${command.file}: ${verb} ${result.questionsAdded.length} question(s), ${result.followUpsAdded} follow-up(s), ${result.storiesAdded.length} story(ies)`,
        ...result.questionsAdded.map((text) => `  + question: ${text}`),
        ...result.storiesAdded.map((title) => `  + story: ${title}`),
        ...result.questionsSkipped.map((text) => `  = already in the library: ${text}`),
        ...result.storiesSkipped.map((title) => `  = story already in the library: ${title}`),
        ...result.warnings.map((warning) => `  ! ${warning}`),
      ];
      if (command.dryRun) lines.push('nothing was changed (--dry-run)');
      io.stdout(`${lines.join('\n')}\n`);
      return;
    }
    case 'deck-export': {
      const { text } = service.exportDeck(command.format);
      if (command.output === null) io.stdout(text);
      else {
        io.writeFile(command.output, text);
        io.stdout(`wrote ${command.output}\n`);
      }
      return;
    }
  }
}
