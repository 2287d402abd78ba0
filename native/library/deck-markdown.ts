// Decks as Markdown, read the way candidates write their STAR stories: a heading per story, then
// Situation / Task / Action / Result / Reflection as bold labels ("**Situation:** …"), plain labels
// ("Result: …") or sub-headings ("### Action"), lists inside sections, and a bold number anywhere
// ("**40%**") marking a key number. Questions are headings with a "- Mode: …" list, or a plain list under a
// "Questions" heading. The export writes sections as sub-headings, which the import reads back unchanged.

import { DECK_MODES, STAR_SECTIONS, type Deck, type DeckImport, type DeckMode, type StarSection } from '../../common/deck';
import { DRILL_LENGTHS, type DrillLength } from '../../common/drill-lengths';
import { boldNumbers } from './bold-numbers';
import { DeckImportError } from './deck-error';
import { validateDeck } from './deck-validate';
import { inferDeckMode } from './infer-mode';
import { lineOfPath } from './json-lines';

type StoryLabel = StarSection | 'keyNumbers' | 'questions';

const STORY_LABELS: ReadonlyMap<string, StoryLabel> = new Map([
  ['situation', 'situation'],
  ['context', 'situation'],
  ['background', 'situation'],
  ['task', 'task'],
  ['goal', 'task'],
  ['challenge', 'task'],
  ['problem', 'task'],
  ['action', 'action'],
  ['actions', 'action'],
  ['what i did', 'action'],
  ['result', 'result'],
  ['results', 'result'],
  ['outcome', 'result'],
  ['impact', 'result'],
  ['reflection', 'reflection'],
  ['reflections', 'reflection'],
  ['learnings', 'reflection'],
  ['lessons', 'reflection'],
  ['lesson', 'reflection'],
  ['lessons learned', 'reflection'],
  ['lessons learnt', 'reflection'],
  ['what i learned', 'reflection'],
  ['what i learnt', 'reflection'],
  ['takeaway', 'reflection'],
  ['takeaways', 'reflection'],
  ['what i would do differently', 'reflection'],
  ["what i'd do differently", 'reflection'],
  ['key numbers', 'keyNumbers'],
  ['key number', 'keyNumbers'],
  ['numbers', 'keyNumbers'],
  ['key metrics', 'keyNumbers'],
  ['questions', 'questions'],
  ['linked questions', 'questions'],
  ['answers', 'questions'],
]);

/** A plain "Result: …" line is a label only for these names; synonyms such as "Context:" need bold. */
const PLAIN_LABELS = new Set([...STAR_SECTIONS, 'key numbers', 'questions']);

const QUESTION_KEYS = ['id', 'mode', 'tags', 'company', 'length', 'follow-ups'] as const;
type QuestionKey = (typeof QUESTION_KEYS)[number];

const MODE_WORDS: ReadonlyMap<string, DeckMode> = new Map([
  ...DECK_MODES.map((mode) => [mode, mode] as const),
  ['behavioural', 'behavioral'],
  ['system design', 'design'],
  ['motivational', 'motivation'],
  ['intro', 'pitch'],
]);

const LENGTH_WORDS: ReadonlyMap<string, DrillLength> = new Map([
  ...DRILL_LENGTHS.map((length) => [length, length] as const),
  ['deep dive', 'deep'],
  ['deep-dive', 'deep'],
  ['30 s', 'elevator'],
  ['30s', 'elevator'],
]);

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*$/;
const LIST_ITEM = /^([ \t]*)[-*+][ \t]+(.*)$/;
const FENCE = /^[ \t]*(```|~~~)/;

function labelName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[:.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "**Situation:** text", "__Action__ — text", "- **Result**: text", "Task: text" → the label and the rest. */
function readLabelLine(line: string): { label: StoryLabel; rest: string } | null {
  const body = line.replace(/^[ \t]*(?:[-*+][ \t]+)?/, '');
  const emphasis = /^(\*\*|__|\*|_)([^*_]+?)\1(.*)$/.exec(body);
  if (emphasis !== null) {
    const label = STORY_LABELS.get(labelName(emphasis[2]!));
    const after = emphasis[3]!;
    const separated = /^[ \t]*[:—–-]/.exec(after);
    // "**Situation:** …", "**Situation**: …" or "**Situation**" alone is a label; "**Result** of it was …" is emphasis.
    if (label !== undefined && (/:\s*$/.test(emphasis[2]!) || separated !== null || after.trim() === '')) {
      return { label, rest: after.slice(separated?.[0].length ?? 0).trim() };
    }
  }
  const plain = /^([A-Za-z][A-Za-z' ]{0,30}?)[ \t]*:[ \t]*(.*)$/.exec(body);
  if (plain !== null && PLAIN_LABELS.has(labelName(plain[1]!))) {
    return { label: STORY_LABELS.get(labelName(plain[1]!))!, rest: plain[2]!.trim() };
  }
  return null;
}

function readQuestionKey(line: string): { key: QuestionKey; value: string } | null {
  const match = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([A-Za-z-]+)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(.*)$/.exec(line);
  if (match === null) return null;
  const name = match[1]!.toLowerCase().replace(/^followups$/, 'follow-ups');
  return (QUESTION_KEYS as readonly string[]).includes(name) ? { key: name as QuestionKey, value: match[2]!.trim() } : null;
}

interface RawQuestion {
  line: number;
  text: string;
  id?: string;
  mode?: string;
  tags: string[];
  company: string | null;
  defaultLength?: string;
  followUps: string[];
}

interface RawStory {
  line: number;
  title: string;
  notes: Record<StarSection, string[]>;
  keyNumbers: string[];
  questions: string[];
}

type Block =
  | { kind: 'pending'; level: number; title: string; line: number; firstText: number | null; bold: string[] }
  | { kind: 'story'; level: number; story: RawStory; section: StoryLabel | null; headingSections: boolean }
  | { kind: 'question'; level: number; question: RawQuestion; inFollowUps: boolean };

interface Container {
  level: number;
  kind: 'questions' | 'stories' | 'other';
}

function containerKind(title: string): Container['kind'] | null {
  const name = labelName(title);
  if (/^(?:my |the )?(?:interview )?questions$/.test(name)) return 'questions';
  if (/^(?:my |the )?(?:star )?stories$/.test(name)) return 'stories';
  return null;
}

function splitNumbers(text: string): string[] {
  return text
    .split(/;\s*|,\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function trimBlank(lines: readonly string[]): string {
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

class MarkdownDeckReader {
  private readonly questions: RawQuestion[] = [];
  private readonly stories: RawStory[] = [];
  private readonly lines = new Map<string, number>();
  private readonly warnings: string[] = [];
  private readonly containers: Container[] = [];
  private block: Block | null = null;
  private name: string | null = null;
  private inFence = false;

  read(text: string): DeckImport {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((line, index) => this.readLine(line, index + 1));
    this.closeBlock();
    if (this.questions.length === 0 && this.stories.length === 0) {
      throw new DeckImportError(
        'no stories or questions found: start each story with a heading (## Title) followed by **Situation:**, **Task:**, **Action:**, **Result:** or **Reflection:**, and list questions under a "## Questions" heading',
        null,
      );
    }
    const input = {
      name: this.name,
      questions: this.questions.map((question) => ({
        ...(question.id === undefined ? {} : { id: question.id }),
        text: question.text,
        mode: question.mode ?? inferDeckMode(question.text),
        tags: question.tags,
        company: question.company,
        ...(question.defaultLength === undefined ? {} : { defaultLength: question.defaultLength }),
        followUps: question.followUps,
      })),
      stories: this.stories.map((story) => ({
        title: story.title,
        notes: Object.fromEntries(STAR_SECTIONS.map((section) => [section, trimBlank(story.notes[section])])),
        keyNumbers: story.keyNumbers,
        questions: story.questions,
      })),
    };
    return validateDeck(input, (path) => lineOfPath(this.lines, path), this.warnings);
  }

  private at(path: readonly (string | number)[], line: number): void {
    this.lines.set(JSON.stringify(path), line);
  }

  private readLine(line: string, number: number): void {
    if (FENCE.test(line)) this.inFence = !this.inFence;
    const heading = this.inFence ? null : HEADING.exec(line);
    if (heading !== null) this.readHeading(heading[1]!.length, heading[2]!, number);
    else this.readText(line, number);
  }

  private readHeading(level: number, title: string, line: number): void {
    const block = this.block;
    const label = STORY_LABELS.get(labelName(title));
    if (block?.kind === 'pending' && level > block.level && label !== undefined && label !== 'questions') {
      this.startSection(this.openStory(block), label, '', line, true);
      return;
    }
    if (block?.kind === 'story' && level > block.level && label !== undefined) {
      this.startSection(block, label, '', line, true);
      return;
    }
    this.closeBlock();
    while (this.containers.length > 0 && this.containers[this.containers.length - 1]!.level >= level) this.containers.pop();
    const container = this.containers[this.containers.length - 1];
    if (container?.kind === 'questions') {
      this.block = { kind: 'question', level, question: this.newQuestion(title, line), inFollowUps: false };
      return;
    }
    const kind = containerKind(title);
    if (kind !== null && container?.kind !== 'stories') {
      this.containers.push({ level, kind });
      return;
    }
    if (container?.kind !== 'stories' && STORY_LABELS.has(labelName(title)) && PLAIN_LABELS.has(labelName(title))) {
      throw new DeckImportError(`a "${title}" heading comes before any story: put the story's title as a heading above it`, line);
    }
    this.block = { kind: 'pending', level, title, line, firstText: null, bold: [] };
  }

  private newQuestion(text: string, line: number): RawQuestion {
    return { line, text, tags: [], company: null, followUps: [] };
  }

  private readText(line: string, number: number): void {
    const block = this.block;
    const blank = line.trim() === '';
    if (block === null) {
      if (blank) return;
      const container = this.containers[this.containers.length - 1];
      const item = LIST_ITEM.exec(line);
      if (container?.kind === 'questions' && item !== null && item[1] === '') {
        this.addQuestion(this.newQuestion(item[2]!.trim(), number));
        return;
      }
      const label = this.inFence ? null : readLabelLine(line);
      if (label !== null && label.label !== 'questions') {
        throw new DeckImportError(
          `"${line.trim().slice(0, 40)}" comes before any story: put the story's title as a heading above it`,
          number,
        );
      }
      if (container?.kind !== 'questions' || item === null)
        this.warnings.push(`line ${number}: text outside any story or question was not imported`);
      return;
    }
    if (block.kind === 'pending') {
      const label = this.inFence ? null : readLabelLine(line);
      const key = this.inFence ? null : readQuestionKey(line);
      if (label !== null) {
        this.startSection(this.openStory(block), label.label, label.rest, number, false);
      } else if (key?.key === 'mode' || key?.key === 'follow-ups') {
        const opened: Block = {
          kind: 'question',
          level: block.level,
          question: this.newQuestion(block.title, block.line),
          inFollowUps: false,
        };
        this.block = opened;
        this.readQuestionLine(opened, line, number);
      } else if (!blank) {
        block.firstText ??= number;
        block.bold.push(...boldNumbers(line));
      }
      return;
    }
    if (block.kind === 'question') {
      this.readQuestionLine(block, line, number);
      return;
    }
    const label = block.headingSections || this.inFence ? null : readLabelLine(line);
    if (label !== null) this.startSection(block, label.label, label.rest, number, false);
    else this.addToSection(block, line, number);
  }

  /** A heading turns out to be a story: its first section has appeared. */
  private openStory(block: Extract<Block, { kind: 'pending' }>): Extract<Block, { kind: 'story' }> {
    const story: RawStory = {
      line: block.line,
      title: block.title,
      notes: { situation: [], task: [], action: [], result: [], reflection: [] },
      keyNumbers: [],
      questions: [],
    };
    if (block.firstText !== null)
      this.warnings.push(`line ${block.firstText}: text before the first section of "${block.title}" was not imported`);
    // A bold number in the lines before the first section is still one of the story's numbers.
    story.keyNumbers.push(...block.bold);
    const opened: Extract<Block, { kind: 'story' }> = {
      kind: 'story',
      level: block.level,
      story,
      section: null,
      headingSections: false,
    };
    this.block = opened;
    return opened;
  }

  private startSection(
    block: Extract<Block, { kind: 'story' }>,
    label: StoryLabel,
    rest: string,
    line: number,
    heading: boolean,
  ): void {
    block.section = label;
    block.headingSections ||= heading;
    // A section repeated in one story is added to, with a blank line between the parts.
    if (label !== 'keyNumbers' && label !== 'questions' && block.story.notes[label].length > 0) block.story.notes[label].push('');
    if (rest !== '') this.addToSection(block, rest, line);
  }

  private addToSection(block: Extract<Block, { kind: 'story' }>, line: string, number: number): void {
    const section = block.section;
    if (section === null) return;
    if (section === 'keyNumbers' || section === 'questions') {
      if (line.trim() === '') return;
      const item = LIST_ITEM.exec(line);
      const values = item !== null ? [item[2]!.trim()] : section === 'keyNumbers' ? splitNumbers(line) : [line.trim()];
      const list = section === 'keyNumbers' ? block.story.keyNumbers : block.story.questions;
      for (const value of values) {
        if (value === '') continue;
        this.at(['stories', this.stories.length, section, list.length], number);
        list.push(value);
      }
      return;
    }
    const notes = block.story.notes[section];
    if (notes.length === 0 || notes.every((text) => text.trim() === ''))
      this.at(['stories', this.stories.length, 'notes', section], number);
    notes.push(line);
  }

  private readQuestionLine(block: Extract<Block, { kind: 'question' }>, line: string, number: number): void {
    if (line.trim() === '') return;
    const item = LIST_ITEM.exec(line);
    if (block.inFollowUps && item !== null && item[1] !== '') {
      this.at(['questions', this.questions.length, 'followUps', block.question.followUps.length], number);
      block.question.followUps.push(item[2]!.trim());
      return;
    }
    const key = readQuestionKey(line);
    if (key === null) {
      throw new DeckImportError(
        `unexpected text under question "${block.question.text.slice(0, 60)}": expected "- Mode:", "- Tags:", "- Company:", "- Length:", "- Id:" or an indented follow-up under "- Follow-ups:"`,
        number,
      );
    }
    block.inFollowUps = key.key === 'follow-ups';
    const path = ['questions', this.questions.length];
    const question = block.question;
    switch (key.key) {
      case 'id':
        question.id = key.value;
        this.at([...path, 'id'], number);
        break;
      case 'mode': {
        const mode = MODE_WORDS.get(labelName(key.value));
        if (mode === undefined)
          throw new DeckImportError(`unknown mode "${key.value}": use one of ${DECK_MODES.join(', ')}`, number);
        question.mode = mode;
        break;
      }
      case 'tags':
        question.tags = key.value
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => tag !== '');
        question.tags.forEach((_, index) => this.at([...path, 'tags', index], number));
        break;
      case 'company':
        question.company = key.value === '' ? null : key.value;
        this.at([...path, 'company'], number);
        break;
      case 'length': {
        const length = LENGTH_WORDS.get(labelName(key.value));
        if (length === undefined)
          throw new DeckImportError(`unknown length "${key.value}": use one of ${DRILL_LENGTHS.join(', ')}`, number);
        question.defaultLength = length;
        break;
      }
      case 'follow-ups':
        if (key.value !== '') {
          this.at([...path, 'followUps', question.followUps.length], number);
          question.followUps.push(key.value);
        }
        break;
    }
  }

  private addQuestion(question: RawQuestion): void {
    this.at(['questions', this.questions.length], question.line);
    this.at(['questions', this.questions.length, 'text'], question.line);
    this.questions.push(question);
  }

  private closeBlock(): void {
    const block = this.block;
    this.block = null;
    if (block === null) return;
    if (block.kind === 'question') this.addQuestion(block.question);
    else if (block.kind === 'story') {
      const index = this.stories.length;
      this.at(['stories', index], block.story.line);
      this.at(['stories', index, 'title'], block.story.line);
      this.stories.push(block.story);
    } else if (block.level === 1 && this.name === null && this.questions.length === 0 && this.stories.length === 0) {
      // The file's title names the deck; an introduction under it is the writer's, not the deck's.
      this.name = block.title;
      if (block.firstText !== null)
        this.warnings.push(`line ${block.firstText}: the introduction under "${block.title}" was not imported`);
    } else if (block.firstText !== null) {
      this.warnings.push(
        `line ${block.line}: "${block.title}" has no Situation/Task/Action/Result/Reflection or question details, so it was not imported`,
      );
    }
  }
}

export function parseDeckMarkdown(text: string): DeckImport {
  if (text.trim() === '') throw new DeckImportError('the file is empty', null);
  return new MarkdownDeckReader().read(text);
}

const SECTION_TITLES: Readonly<Record<StarSection, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** Markdown the import reads back to the same deck: sections as sub-headings, lists for numbers and links. */
export function deckToMarkdown(deck: Deck): string {
  const out: string[] = [];
  if (deck.name !== null) out.push(`# ${deck.name}`, '');
  if (deck.questions.length > 0) out.push('## Questions', '');
  for (const question of deck.questions) {
    out.push(`### ${question.text}`, '');
    if (question.id !== undefined) out.push(`- Id: ${question.id}`);
    out.push(`- Mode: ${question.mode}`);
    if (question.tags.length > 0) out.push(`- Tags: ${question.tags.join(', ')}`);
    if (question.company !== null) out.push(`- Company: ${question.company}`);
    out.push(`- Length: ${question.defaultLength}`);
    if (question.followUps.length > 0) out.push('- Follow-ups:', ...question.followUps.map((text) => `  - ${text}`));
    out.push('');
  }
  if (deck.stories.length > 0) out.push('## Stories', '');
  for (const story of deck.stories) {
    out.push(`### ${story.title}`, '');
    // Every section is written, empty or not: the first one is what makes the heading a story.
    for (const section of STAR_SECTIONS) {
      out.push(`#### ${SECTION_TITLES[section]}`, '');
      if (story.notes[section] !== '') out.push(story.notes[section], '');
    }
    if (story.keyNumbers.length > 0) out.push('#### Key numbers', '', ...story.keyNumbers.map((number) => `- ${number}`), '');
    if (story.questions.length > 0) out.push('#### Questions', '', ...story.questions.map((text) => `- ${text}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
