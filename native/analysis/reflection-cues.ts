// The reflective frames English marks explicitly — one feature of the reflection scorer (reflection.ts), strong
// enough alone in the closing part of a story. Four families, each a pattern rather than a list of set phrases:
//   lessons         — lesson, takeaway, what stuck with me, it taught me, made me appreciate / realise, I learned;
//   changed habits  — now I…, I now…, since then I…, these days I…, ever since…;
//   counterfactuals — I (really) should / would / could have + participle, if I <did> it again, next time I…,
//                     I'd do X differently;
//   evaluations     — was the right call, was a mistake, in hindsight, looking back.
// Guards keep out words that only look reflective: "retrospectively" (after the fact), a "lesson plan", piano
// lessons, "I would have to" (obligation), "I'd have the page send…" (have + object: a plan, not a
// counterfactual), "right now I…" (the present, not a change), and "the next time it happened" (the story going
// on).

import { B, E } from './token-patterns';

export const ADVERBS = `(?:(?:really|probably|definitely|honestly|also|just|maybe|certainly|absolutely|clearly|totally|actually|then|still|always|never|again|personally|obviously|um|uh)\\s)*`;
export const I_WE = `(?:i|we)`;
/** Past-tense words that keep "now I…" in the story ("now I had to…"), not a changed habit. */
export const STORY_VERB = `(?:\\w+ed|had|was|were|knew|got|saw|made|went|did|took|thought|felt|could|would|came|found|began|ran|told|said)`;
/** Fillers a speaker may drop between "have" and its participle: "I should have, you know, started". */
const FILLERS = `(?:\\s(?:you\\sknow|i\\smean|like|kind\\sof|sort\\sof|um|uh|er))*`;
/** Past participles after "have": "would have asked", "should've known". */
export const PARTICIPLE = `(?:\\w+ed|\\w+en|\\w+wn|been|done|gone|seen|known|kept|made|had|put|set|got|brought|built|found|told|left|run|begun|caught|taught|thought|felt|held|paid|sent|spent|lost|led|read|said|meant|won|shut|split|spoke|stood|let|cut|bought|sold|stuck|dealt|hung)`;
/** Words before "lesson" that make it a class or a period of teaching: "piano lessons", "every lesson", "of the lesson". */
const TEACHING = `(?:piano|music|driving|swimming|guitar|dance|language|taking|took|take|give|gave|giving|teach|teaching|prepared|prepare|planned|weekly|daily|first|second|our|her|his|their|every|each|of|in|after|before|during|per|last|next|a)`;

const LESSONS: readonly RegExp[] = [
  new RegExp(
    `${B}(?<!${TEACHING}\\s(?:(?:the|my|one|biggest|main|key|real|big)\\s)*)(?:(?:the|my|one|biggest|main|key|real|big)\\s)*lessons?(?:\\slearned)?${E}(?!\\s(?:plans?|planning|on|in\\s(?:piano|guitar))${E})`,
    'g',
  ),
  new RegExp(`${B}(?:what\\s${I_WE}\\s)?(?:take-?aways?|took\\saway|take\\saway\\sfrom\\sit)${E}`, 'g'),
  new RegExp(`${B}stuck\\swith\\s(?:me|us)${E}`, 'g'),
  // "What stayed with me", "the thing that has stayed with us": not "she stayed with me for a week".
  new RegExp(`${B}(?:what|that|which)\\s(?:has\\s|have\\s)?(?:stayed|stays|remained|remains)\\swith\\s(?:me|us)${E}`, 'g'),
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

/** Changed habits; "now I…" and "I now…" only in a story (in a pitch the present is the frame: "now I lead…"). */
const NOW_HABITS: readonly RegExp[] = [
  new RegExp(`${B}(?<!right\\s)(?:now|these\\sdays|nowadays),?\\s${I_WE}\\s(?!${STORY_VERB}${E})${ADVERBS}\\w+`, 'g'),
  new RegExp(`${B}${I_WE}\\snow\\s(?!${STORY_VERB}${E})\\w+`, 'g'),
];

const HABITS: readonly RegExp[] = [
  new RegExp(
    `${B}(?:since\\sthen|since\\sthat\\s(?:day|time|incident|project|outage|point)|from\\sthen\\son|from\\sthat\\s(?:day|point)\\son),?\\s${I_WE}(?:\\s(?:always|never|now|also|make|try))?${E}`,
    'g',
  ),
  new RegExp(`${B}ever\\ssince${E}`, 'g'),
];

const COUNTERFACTUALS: readonly RegExp[] = [
  new RegExp(
    `${B}${I_WE}\\s${ADVERBS}(?:would|should|could|might)\\s${ADVERBS}have${E}(?=${FILLERS}\\s${ADVERBS}${PARTICIPLE}${E})`,
    'g',
  ),
  new RegExp(`${B}(?:i'd|we'd)\\s${ADVERBS}have${E}(?=${FILLERS}\\s${ADVERBS}${PARTICIPLE}${E})`, 'g'),
  new RegExp(`${B}${I_WE}\\s${ADVERBS}(?:should've|would've|could've|might've)${E}`, 'g'),
  new RegExp(`${B}(?:i'd've|we'd've)${E}`, 'g'),
  new RegExp(`${B}${I_WE}\\swish\\s(?:i|we|i'd|we'd)${E}`, 'g'),
  // "if I did / ran / had to do it again": any past verb, then again, over or differently within a few words.
  new RegExp(
    `${B}if\\s${I_WE}\\s(?:${STORY_VERB}|were|started|redid|ran)(?:\\s[\\w']+){0,4}?\\s(?:again|over|differently)${E}`,
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

export const REFLECTIVE_FRAMES: readonly RegExp[] = [...LESSONS, ...HABITS, ...COUNTERFACTUALS, ...EVALUATIONS];
/** Frames that step out of a story only: the present is the frame of a pitch or a design. */
export const STORY_FRAMES: readonly RegExp[] = NOW_HABITS;
