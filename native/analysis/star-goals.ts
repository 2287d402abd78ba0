// Two features of the STAR labeller that no single phrase carries: the goal statement (Task) and the outcome
// (Result), each recognised by the shape of the clause.
//   Goal: the first statement of what the speaker set out to, had to or was asked to achieve — a desire,
//   obligation or ownership predicate, whoever its subject ("my controller wanted it down to five by the end
//   of the year", "so I wanted them gone before the winter rush", "Owned replenishment", "it was mine", "the bug
//   was assigned to me"), or a goal noun heading the clause ("the goal for Q2 was…"). A target or a deadline
//   ("down to five", "before the rush", "by Thursday") makes it one.
//   Outcome: late in the story, a clause whose subject is not the speaker acting ("every store had stock",
//   "orders were flowing again"), an outcome reached by a deadline ("by Wednesday night", "within a week"), or a
//   problem gone ("no downtime", "hasn't happened again", "nothing was lost").

import { isPastVerb, STATE_VERBS } from './grammar';
import { isTimeUnit, unitOfWord } from './units';

/** Predicates of wanting, needing, owing or owning a goal. */
const GOAL_PREDICATES = new Set([
  'wanted',
  'needed',
  'expected',
  'required',
  'asked',
  'tasked',
  'assigned',
  'owned',
  'mine',
  'responsible',
  'responsibility',
]);
/** Heads of a goal as a noun phrase: "the goal for Q2 was…", "our target was…". */
const GOAL_NOUNS = new Set(['goal', 'target', 'aim', 'objective', 'brief', 'mandate', 'remit', 'deadline', 'ask']);
/** Words that open a target or a deadline after a goal predicate. */
const TARGET_WORDS = new Set(['by', 'before', 'under', 'below', 'within', 'down', 'up', 'gone', 'done', 'fixed', 'until']);
const OPENERS_TO_SKIP = new Set(['so', 'and', 'but', 'then', 'because', 'well', 'like', 'basically']);
const SPEAKER = new Set(['i', 'we']);
/** Times a deadline is met by: "by Wednesday night", "by midnight", "by 5 a.m.", "by August". */
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|noon|morning|evening|night|tonight|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter|q[1-4]|the|end|\d[\w.:]*)$/;
/** Words that say the problem is gone: "no downtime", "zero restarts", "nothing was lost", "none of them". */
const PROBLEM_GONE = new Set(['no', 'zero', 'none', 'nothing', 'nobody', 'never', "hasn't", "haven't", "didn't"]);

/** Nouns of a decision or duty that is the speaker's: "it is my decision if…", "it was my call whether…". */
const DUTY_NOUNS = new Set(['job', 'call', 'decision', 'responsibility', 'duty']);
/** Words after a duty noun that say what the duty was ("my call whether", "my job to", "my decision was"). */
const DUTY_LINKS = new Set(['was', 'is', 'to', 'if', 'whether']);
/** Verbs a subjectless goal note opens with ("Get him to his badge before…", "Cut the backlog by Friday"). */
const GOAL_IMPERATIVES = new Set([
  'get',
  'make',
  'fix',
  'cut',
  'bring',
  'keep',
  'find',
  'ship',
  'move',
  'reduce',
  'hit',
  'reach',
  'deliver',
  'clear',
  'finish',
  'save',
  'stop',
  'grow',
  'build',
  'launch',
  'sort',
  'turn',
]);

/** "It's on me to decide", "it was up to me", "it is my decision if the lads go up": a duty that is the speaker's. */
function dutyOfSpeaker(norms: readonly string[]): boolean {
  return norms.some((norm, index) => {
    const next = norms[index + 1] ?? '';
    if ((norm === 'my' || norm === 'our') && DUTY_NOUNS.has(next)) return DUTY_LINKS.has(norms[index + 2] ?? '');
    // "on me to", "up to me", "down to me"
    if (norm === 'on' && next === 'me')
      return norms[index + 2] === 'to' || norms[index - 1] === "it's" || norms[index - 1] === 'was';
    return (norm === 'up' || norm === 'down') && next === 'to' && norms[index + 2] === 'me';
  });
}

/**
 * "I had six hours to find cover": time the speaker was given to reach a goal. "We had six months to move the
 * warehouse" sets the scene for a team, as an opening does.
 */
function timeToReach(norms: readonly string[]): boolean {
  return norms.some((norm, index) => {
    if (norm !== 'had' || norms[index - 1] !== 'i') return false;
    const to = norms.indexOf('to', index + 2);
    if (to < 0 || to > index + 4) return false;
    return norms.slice(index + 1, to).some((word) => isTimeUnit(unitOfWord(word)));
  });
}

function head(norms: readonly string[]): number {
  let at = 0;
  while (at < norms.length && OPENERS_TO_SKIP.has(norms[at] ?? '')) at += 1;
  return at;
}

/** How strongly the clause states a goal: 0 when it does not. */
export function goalStrength(norms: readonly string[]): number {
  const start = head(norms);
  const first = norms[start] ?? '';
  // "Owned replenishment for the region.": a subjectless note of what was one's own.
  if (first === 'owned') return 1.5;
  if (dutyOfSpeaker(norms) || timeToReach(norms)) return 1.5;
  // "Get him to his badge before his mum gave up.": a subjectless goal note, with its target or deadline.
  if (GOAL_IMPERATIVES.has(first) && norms.slice(start + 1).some((norm) => TARGET_WORDS.has(norm))) return 1.5;
  const nounHead = norms.slice(start, start + 3).findIndex((norm) => GOAL_NOUNS.has(norm));
  if (nounHead >= 0 && norms.slice(start + nounHead + 1, start + nounHead + 5).some((norm) => norm === 'was' || norm === 'is'))
    return 1.5;
  const predicate = norms.findIndex(
    (norm, index) =>
      GOAL_PREDICATES.has(norm) ||
      (norm === 'had' && norms[index + 1] === 'to') ||
      ((norm === 'was' || norm === 'is') && norms[index + 1] === 'to'),
  );
  if (predicate < 0) return 0;
  const word = norms[predicate] ?? '';
  // "it was mine", "the bug was assigned to me", "I was responsible for": ownership needs no target.
  if (word === 'mine' || word.startsWith('responsib') || (word === 'assigned' && norms[predicate + 1] === 'to')) return 1.5;
  // "My part was to move…", "our aim is to…": a possessive's infinitive of purpose is the goal itself.
  if ((word === 'was' || word === 'is') && norms.slice(0, predicate).some((norm) => norm === 'my' || norm === 'our')) return 1.5;
  const rest = norms.slice(predicate + 1, predicate + 12);
  return rest.some((norm) => TARGET_WORDS.has(norm)) ? 1.5 : 0;
}

/** How strongly the clause, late in the story, reports an outcome rather than a step. */
export function outcomeStrength(norms: readonly string[]): number {
  const start = head(norms);
  const first = norms[start] ?? '';
  let strength = 0;
  // The subject is not the speaker, and the clause is not a subjectless note of a step.
  // An event of someone or something else ("the supplier replaced them"); a state or a duration ("it took an
  // hour") only continues the step before it.
  const otherSubject = first !== '' && !SPEAKER.has(first) && !/ed$/.test(first);
  if (otherSubject && norms.slice(start + 1, start + 5).some((norm) => isPastVerb(norm) && !STATE_VERBS.has(norm))) {
    strength += 0.6;
  }
  const metBy = norms.some(
    (norm, index) =>
      (norm === 'by' && TIME_WORDS.test(norms[index + 1] ?? '') && index > start) || (norm === 'within' && index > start),
  );
  if (metBy) strength += 0.5;
  if (norms.some((norm) => PROBLEM_GONE.has(norm)) || norms.includes('again')) strength += 0.4;
  return strength;
}
