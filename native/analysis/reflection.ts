// Finds reflection by its grammar: the speaker stepping out of the story to look back on it. Four families,
// each a pattern rather than a list of set phrases:
//   lessons         — lesson, takeaway, what stuck with me, it taught me, made me appreciate / realise, I learned;
//   changed habits  — now I…, I now…, since then I…, these days I…, ever since…, I always / never… (at the close);
//   counterfactuals — I (really) should / would / could have…, I'd have…, if I did it again, next time I…,
//                     I'd do X differently;
//   evaluations     — was the right call, was a mistake, in hindsight, looking back.
// Guards keep out words that only look reflective: "retrospectively" (after the fact), a "lesson plan", piano
// lessons, "I would have to" (obligation), "learned about it from a customer" (finding out), "the next time it
// happened" (the story going on), and "that would have taken the site down" (someone else's counterfactual).

import { spanOf, type Token } from './normalize';
import { sentenceOf, splitSentences } from './sentences';
import { B, E, matchWords } from './token-patterns';
import type { Span } from '../../common/report';

/** A reflection whose sentence reaches into this last share of the answer closes it. */
const END_SHARE = 0.2;

/** Habits stated with "always"/"never" alone count only in this last share of the answer: earlier they describe the setting. */
const HABIT_SHARE = 0.35;

const ADVERBS = `(?:(?:really|probably|definitely|honestly|also|just|maybe|certainly|absolutely|clearly|totally|actually|then|still|always|never|personally|obviously|um|uh)\\s)*`;
const I_WE = `(?:i|we)`;
/** Past-tense words that keep "now I…" in the story ("now I had to…"), not a changed habit. */
const STORY_VERB = `(?:\\w+ed|had|was|were|knew|got|saw|made|went|did|took|thought|felt|could|would|came|found|began|ran|told|said)`;
const TEACHING = `(?:piano|music|driving|swimming|guitar|dance|language|taking|took|take|give|gave|giving|teach|teaching|prepared|prepare|planned|weekly|daily|first|second|our|her|his|their)`;

const LESSONS: readonly RegExp[] = [
  new RegExp(
    `${B}(?<!${TEACHING}\\s)(?:(?:the|my|one|biggest|main|key|real|big)\\s)*lessons?(?:\\slearned)?${E}(?!\\s(?:plans?|planning|on|in\\s(?:piano|guitar))${E})`,
    'g',
  ),
  new RegExp(`${B}(?:what\\s${I_WE}\\s)?(?:take-?aways?|took\\saway|take\\saway\\sfrom\\sit)${E}`, 'g'),
  new RegExp(`${B}stuck\\swith\\s(?:me|us)${E}`, 'g'),
  new RegExp(
    `${B}(?:it|that|this|which|experience|project|incident|outage|failure|mistake)\\s(?:really\\s|also\\s)?(?:taught|teaches)\\s(?:me|us)${E}`,
    'g',
  ),
  new RegExp(
    `${B}made\\s(?:me|us)\\s(?:really\\s)?(?:appreciate|realise|realize|understand|see|rethink|value|think|aware|more)${E}`,
    'g',
  ),
  new RegExp(`${B}(?:what\\s)?${I_WE}\\s${ADVERBS}(?:learned|learnt)${E}(?!\\s(?:about|of|from\\sa)${E})`, 'g'),
  new RegExp(`${B}(?:i've|we've)\\s${ADVERBS}(?:learned|learnt)${E}(?!\\s(?:about|of)${E})`, 'g'),
];

const HABITS: readonly RegExp[] = [
  new RegExp(`${B}(?:now|these\\sdays|nowadays),?\\s${I_WE}\\s(?!${STORY_VERB}${E})${ADVERBS}\\w+`, 'g'),
  new RegExp(`${B}${I_WE}\\snow\\s(?!${STORY_VERB}${E})\\w+`, 'g'),
  new RegExp(
    `${B}(?:since\\sthen|since\\sthat\\s(?:day|time|incident|project|outage|point)|from\\sthen\\son|from\\sthat\\s(?:day|point)\\son),?\\s${I_WE}(?:\\s(?:always|never|now|also|make|try))?${E}`,
    'g',
  ),
  new RegExp(`${B}ever\\ssince${E}`, 'g'),
];

/** "I always…", "we never…" in the present: a habit only when it closes the answer. */
const CLOSING_HABITS: readonly RegExp[] = [new RegExp(`${B}${I_WE}\\s(?:always|never)\\s(?!${STORY_VERB}${E})\\w+`, 'g')];

const COUNTERFACTUALS: readonly RegExp[] = [
  new RegExp(`${B}${I_WE}\\s${ADVERBS}(?:would|should|could|might)\\s${ADVERBS}have${E}(?!\\sto${E})`, 'g'),
  new RegExp(`${B}(?:i'd|we'd)\\s${ADVERBS}have${E}(?!\\sto${E})`, 'g'),
  new RegExp(`${B}${I_WE}\\s${ADVERBS}(?:should've|would've|could've|might've)${E}`, 'g'),
  new RegExp(`${B}(?:i'd've|we'd've)${E}`, 'g'),
  new RegExp(`${B}${I_WE}\\swish\\s(?:i|we|i'd|we'd)${E}`, 'g'),
  new RegExp(
    `${B}if\\s${I_WE}\\s(?:did|had|were|could|was|started|went|got|redid)(?:\\s[\\w']+){0,4}?\\s(?:again|over|differently)${E}`,
    'g',
  ),
  new RegExp(`${B}next\\stime,?\\s(?:(?:i|we)\\s(?:would|will)|i'd|we'd|i'll|we'll)${E}`, 'g'),
  new RegExp(`${B}next\\stime,?\\s${I_WE}${E}(?!\\s${STORY_VERB}${E})`, 'g'),
  new RegExp(`${B}(?:i'd|we'd|i\\swould|we\\swould|i'll|we'll|i\\swill|we\\swill)(?:\\s[\\w']+){0,5}?\\sdifferently${E}`, 'g'),
  new RegExp(`${B}what\\s(?:i'd|i\\swould|we'd|we\\swould)\\schange${E}`, 'g'),
];

const EVALUATIONS: readonly RegExp[] = [
  new RegExp(`${B}(?:in|with)\\shindsight${E}`, 'g'),
  new RegExp(`${B}looking\\sback${E}`, 'g'),
  new RegExp(`${B}(?:in\\sretrospect|on\\sreflection)${E}`, 'g'),
  new RegExp(
    `${B}(?:was|is|were)\\s${ADVERBS}(?:the|a)\\s(?:right|wrong|good|bad|smart|correct)\\s(?:call|decision|choice|move|trade-?off|bet)${E}`,
    'g',
  ),
  new RegExp(`${B}(?:was|were)\\s${ADVERBS}a\\s(?:big\\s)?mistake${E}`, 'g'),
  new RegExp(`${B}my\\s(?:biggest\\s|big\\s|main\\s)?mistake\\swas${E}`, 'g'),
];

export function detectReflection(tokens: readonly Token[]): Span[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return [];
  const habitFrom = last.end - HABIT_SHARE * (last.end - first.start);
  const closing = matchWords(tokens, CLOSING_HABITS).filter((match) => (tokens[match.firstWord]?.start ?? 0) >= habitFrom);
  const found = [...matchWords(tokens, [...LESSONS, ...HABITS, ...COUNTERFACTUALS, ...EVALUATIONS]), ...closing];
  found.sort((a, b) => a.firstWord - b.firstWord);
  const kept = found.filter((match, index) => found.slice(0, index).every((other) => other.lastWord < match.firstWord));
  return kept.map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
}

/** Whether a reflection closes the answer: its sentence reaches into the last fifth of the speaking time. */
export function reflectionAtEnd(tokens: readonly Token[], items: readonly Span[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return false;
  const cutoff = last.end - END_SHARE * (last.end - first.start);
  const sentences = splitSentences(tokens);
  return items.some((item) => {
    const sentence = sentenceOf(sentences, item.firstWord);
    return (tokens[sentence?.lastWord ?? item.lastWord]?.end ?? 0) >= cutoff;
  });
}
