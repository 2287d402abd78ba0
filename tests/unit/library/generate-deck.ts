// Random but valid decks for round-trip tests: texts with the characters that trip Markdown up (colons,
// commas, asterisks, '#', dashes), notes with lists, bold numbers, blank lines and code blocks.

import { deckSchema, DECK_MODES, type Deck } from '../../../common/deck';
import { DRILL_LENGTHS } from '../../../common/drill-lengths';
import { withBoldNumbers } from '../../../native/library/deck-validate';
import { pick, seededRandom, type Random } from '../../../native/library/random';

const WORDS = [
  'latency',
  'we',
  'I',
  'shipped',
  'the',
  'migration',
  'Mode:',
  'Situation:',
  'what',
  'why?',
  'C#',
  'a*b',
  '#1',
  '—',
  'team,',
  'p95',
  '40%',
  '$2M',
  'naïve',
  'über',
  'Questions',
  'Result',
  '**bold**',
  '_x_',
  '-',
  'follow-ups',
  '`code`',
  'x:y',
  'Tags:',
  'Stories',
];
const NOTE_LINES = [
  '- profiled the **checkout** path',
  '- cut p95 by **40%**',
  '  - nested detail',
  '1. first step',
  'Result: it shipped',
  '**Task:** not a label inside a heading section',
  'Plain sentence with **3 weeks** in it.',
  '> a quote',
  '',
  '```',
  '## heading in code',
  'Mode: design',
  '* star bullet',
  'We saved **$1.2M** a year.',
  '---',
  'Situation: still text',
];
const NAMES = ['Dana prep', 'Staff loop 2026', 'Platform interviews'];

function sentence(random: Random, min: number, max: number): string {
  const count = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: count }, () => pick(WORDS, random)).join(' ');
}

function notes(random: Random): string {
  if (random() < 0.25) return '';
  const lines = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(NOTE_LINES, random));
  // A heading may only appear inside a code block, and code fences come in pairs so a block never
  // swallows the next section.
  let inCode = false;
  const fenced = lines.flatMap((line) => {
    if (line === '```') inCode = !inCode;
    return line.startsWith('## ') && !inCode ? ['```', line, '```'] : [line];
  });
  if (inCode) fenced.push('```');
  return fenced.join('\n').trim();
}

function list<T>(random: Random, max: number, make: (index: number) => T): T[] {
  return Array.from({ length: Math.floor(random() * (max + 1)) }, (_, index) => make(index));
}

export function generateDeck(seed: number): Deck {
  const random = seededRandom(seed);
  const questions = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => ({
    ...(random() < 0.5 ? { id: `q-${seed}-${index}` } : {}),
    text: `${index + 1}. ${sentence(random, 1, 8)}`,
    mode: pick(DECK_MODES, random),
    tags: [...new Set(list(random, 3, () => sentence(random, 1, 2).replace(/,/g, '')))],
    company: random() < 0.4 ? sentence(random, 1, 3) : null,
    defaultLength: pick(DRILL_LENGTHS, random),
    followUps: list(random, 3, () => sentence(random, 1, 6)),
  }));
  const stories = list(random, 3, (index) => ({
    title: `Story ${index + 1}: ${sentence(random, 1, 5)}`,
    notes: {
      situation: notes(random),
      task: notes(random),
      action: notes(random),
      result: notes(random),
      reflection: notes(random),
    },
    keyNumbers: list(random, 3, () =>
      pick(['40%', '$2M', '3,000 users', '1.5 million', 'p95 under 200 ms', 'two weeks'], random),
    ),
    questions: list(random, 2, () => sentence(random, 2, 6)),
  }));
  const deck = deckSchema.parse({ name: random() < 0.5 ? pick(NAMES, random) : null, questions, stories });
  // Key numbers are unique per story, and hold every bold number of the notes, as every import makes them.
  return {
    ...deck,
    stories: deck.stories.map((story) => withBoldNumbers({ ...story, keyNumbers: [...new Set(story.keyNumbers)] })),
  };
}
