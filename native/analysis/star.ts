// Labels the answer as a STAR story by sequence labelling. The answer is cut into units — sentences, and
// clauses where Whisper runs on without full stops (at pauses and at ", and I…" joins) — and each unit gets a
// score for every section from its features: the cue phrases of star-cues.ts, the grammatical subject (I, we,
// none), tense (a state in the past, a past perfect, an action in the past or present), goal statements
// ("needed to", subjectless "Asked to…"), change-of-state language around a number, evaluation, and its
// position in the answer. A Viterbi pass then decodes the whole answer at once under the STAR order: sections
// may be skipped but never revisited, and every change of section costs a little, so one stray feature cannot
// split the story. A number in a past-perfect problem ("errors had doubled to 4%") sets the scene.

import { isPastVerb, OUTCOME_VERBS, PLAIN_OUTCOMES, STATE_VERBS, verbAfter } from './grammar';
import { isHesitation } from './hesitations';
import { splitClauses, type Clause as Unit } from './clauses';
import { spanOf, type Token } from './normalize';
import { roundTo } from './rounding';
import { starCues, type StarCue } from './star-cues';
import { goalStrength, outcomeStrength } from './star-goals';
import type { Span, StarSection, StarSectionName } from '../../common/report';

const STAR_ORDER: readonly StarSectionName[] = ['situation', 'task', 'action', 'result', 'reflection'];
const SITUATION = 0;
const TASK = 1;
const ACTION = 2;
const RESULT = 3;
const REFLECTION = 4;

export interface Star {
  sections: StarSection[];
  missing: StarSectionName[];
}

/** What changing section costs: more than one weak feature, less than one clear cue. */
const SWITCH_COST = 0.6;

const CHANGE_WORDS = new Set([
  'dropped',
  'fell',
  'rose',
  'grew',
  'reduced',
  'saved',
  'improved',
  'increased',
  'decreased',
  'doubled',
  'halved',
  'tripled',
  'went',
  'down',
  'up',
  'cut',
  'from',
  'recovered',
  'shrank',
  'faster',
  'cheaper',
  'lower',
  'higher',
  'fewer',
  'less',
  'more',
  'climbed',
]);

const EVALUATION = new Set([
  'happy',
  'great',
  'success',
  'successful',
  'worked',
  'smoothly',
  'praised',
  'thanked',
  'pleased',
  'impressed',
  'live',
  'time',
  'accepted',
  'approved',
  'passed',
  'everyone',
  'nobody',
  'zero',
  'no',
  'gone',
  'fixed',
  'resolved',
  'solved',
  'stable',
  'back',
  'fine',
  'better',
  'instead',
  'kept',
  'removed',
  'adopted',
]);

/** Subjects that are not the speaker: late in the story, what they did or became is the outcome. */
const OTHER_SUBJECTS = new Set(['they', 'he', 'she', 'it', 'customers', 'users', 'everyone', 'the', 'our', 'their', 'people']);

/** Nouns of a role the speaker held: "I was the one on call", "I was the incident lead". */
const ROLES = new Set([
  'lead',
  'owner',
  'one',
  'on-call',
  'point',
  'manager',
  'engineer',
  'responsible',
  'person',
  'contact',
  'captain',
  'driver',
]);

/** Subjectless goal openers: "Asked to cut it", "Needed to ship by Friday", "Goal: …". */
const GOAL_OPENERS = new Set(['asked', 'needed', 'had', 'goal', 'task', 'job', 'mission', 'wanted']);

/** Verbs of taking something on: "I offered to run a training", "I asked to own the fix", "I volunteered to…". */
const COMMITMENTS = new Set(['offered', 'volunteered', 'agreed', 'promised', 'decided', 'committed', 'signed', 'asked']);

/** Opening words that set a scene rather than act ("When I joined…", "Back in 2019…"). */
const SCENE_OPENERS = new Set(['when', 'back', 'at', 'in', 'during', 'our', 'there', 'this', 'it', 'the', 'my', 'last']);

/** Sequence words that move a story along. */
const SEQUENCE = new Set(['first', 'then', 'next', 'after', 'afterwards', 'finally', 'later']);

/** The unit's words without hesitations, as normalized text. */
function wordsOf(tokens: readonly Token[], unit: Unit): string[] {
  return tokens
    .slice(unit.firstWord, unit.lastWord + 1)
    .map((token) => token.norm)
    .filter((norm) => norm !== '' && !isHesitation(norm));
}

function grammarScores(norms: readonly string[], scores: number[]): void {
  const first = norms[0] ?? '';
  // The subject of a condition ("if I ran it again") does not act in the story.
  const subject = norms.findIndex((norm, index) => (norm === 'i' || norm === 'we') && norms[index - 1] !== 'if');
  const verbIndex = subject < 0 ? -1 : verbAfter(norms, subject);
  const verb = verbIndex < 0 ? '' : (norms[verbIndex] ?? '');
  const add = (label: number, value: number): void => {
    scores[label] = (scores[label] ?? 0) + value;
  };
  // Subjectless notes: "Profiled the service.", "Tagged every resource by team.", "Then rollback the deploy."
  const opener = first === 'then' || first === 'so' ? (norms[1] ?? '') : first;
  if (
    isPastVerb(opener) &&
    !STATE_VERBS.has(opener) &&
    !GOAL_OPENERS.has(opener) &&
    !['went', 'fell', 'rose', 'grew', 'dropped'].includes(opener)
  )
    add(ACTION, 1);
  if (first === 'then' || first === 'first' || first === 'after') add(ACTION, 0.5);
  if (GOAL_OPENERS.has(first) && (norms[1] === 'to' || norms[1] === 'was' || first === 'asked')) add(TASK, 1.2);
  if (subject >= 0 && COMMITMENTS.has(verb) && norms[verbIndex + 1] === 'to') add(TASK, 2.5);
  if (
    norms.some(
      (norm, index) =>
        (norm === 'task' || norm === 'job' || norm === 'goal') && ['to', 'was', 'is', 'of'].includes(norms[index + 1] ?? ''),
    )
  )
    add(TASK, 1);
  // "I was the one on call", "I was the incident lead": the speaker's role is the task.
  const role =
    subject >= 0 &&
    verb === 'was' &&
    (norms[verbIndex + 1] === 'the' || norms[verbIndex + 1] === 'a') &&
    norms.slice(verbIndex + 2, verbIndex + 6).some((norm) => ROLES.has(norm));
  if (role) add(TASK, 1.5);
  // "I am checking", "I make a fix": the story told in the present, as many non-native speakers do.
  if (subject >= 0 && verb === 'am' && (norms[verbIndex + 1] ?? '').endsWith('ing')) add(ACTION, 1);
  if (subject >= 0 && /^(make|take|check|see|write|build|fix|call|ask|add|try|start|open|find|rollback|restart)$/.test(verb))
    add(ACTION, 0.7);
  // A state in the past ("we had", "it was") or a past perfect ("had doubled") sets the scene.
  const pastPerfect = norms.some((norm, index) => norm === 'had' && isPastVerb(norms[index + 1] ?? ''));
  if (pastPerfect) add(SITUATION, 1);
  if (SCENE_OPENERS.has(first) && norms.some((norm) => norm === 'was' || norm === 'were' || norm === 'had')) add(SITUATION, 0.5);
  // The speaker acting at the head of the clause ("I rewrote…", "we split…") is an action, whatever outcome
  // words follow ("…so that it stopped early"); outcome words count for a result when someone or something
  // else is the subject ("latency dropped", "the customer renewed").
  const committing = subject >= 0 && COMMITMENTS.has(verb) && norms[verbIndex + 1] === 'to';
  const acting =
    subject >= 0 && subject <= 2 && isPastVerb(verb) && !STATE_VERBS.has(verb) && !OUTCOME_VERBS.has(verb) && !committing;
  if (acting) add(ACTION, 1);
  // "We hit 31%", "we lost three hours": the speaker reporting an outcome.
  if (subject >= 0 && subject <= 2 && PLAIN_OUTCOMES.has(verb)) add(RESULT, 0.6);
  // "I didn't test the rollback": an omission is a step of the story too.
  if (subject >= 0 && subject <= 2 && (verb === "didn't" || verb === 'never')) add(ACTION, 0.8);
  const change = norms.some((norm) => CHANGE_WORDS.has(norm));
  if (change && !pastPerfect) add(RESULT, acting ? 0.2 : 0.6);
  if (norms.some((norm) => EVALUATION.has(norm))) add(RESULT, acting ? 0.1 : 0.4);
  if (SEQUENCE.has(first) && subject >= 0 && isPastVerb(verb)) add(ACTION, 0.3);
  if (OTHER_SUBJECTS.has(first) && norms.slice(1, 4).some((norm) => isPastVerb(norm) && !STATE_VERBS.has(norm))) add(RESULT, 0.3);
  add(TASK, goalStrength(norms));
}

function unitScores(
  tokens: readonly Token[],
  unit: Unit,
  index: number,
  units: readonly Unit[],
  cues: readonly StarCue[],
  metrics: readonly Span[],
): number[] {
  const scores = STAR_ORDER.map(() => 0);
  for (const cue of cues) {
    const label = STAR_ORDER.indexOf(cue.section);
    if (cue.firstWord >= unit.firstWord && cue.firstWord <= unit.lastWord) scores[label] = (scores[label] ?? 0) + cue.weight;
  }
  const norms = wordsOf(tokens, unit);
  grammarScores(norms, scores);
  const hasMetric = metrics.some((metric) => metric.firstWord >= unit.firstWord && metric.firstWord <= unit.lastWord);
  const position = units.length <= 1 ? 0 : index / (units.length - 1);
  if (hasMetric && (scores[SITUATION] ?? 0) < 1 && position > 0.3) scores[RESULT] = (scores[RESULT] ?? 0) + 0.6;
  // Past the middle of a story, a clause that reports rather than acts is the outcome.
  if (position >= 0.5) scores[RESULT] = (scores[RESULT] ?? 0) + outcomeStrength(norms);
  // Lessons come late.
  // Answers open with context ("We built a tool for support" introduces it) unless the opening states the goal.
  if (index === 0) {
    scores[SITUATION] = (scores[SITUATION] ?? 0) + (goalStrength(norms) > 0 ? 0.5 : 2);
    scores[ACTION] = (scores[ACTION] ?? 0) / 2;
  }
  if (position < 0.3) scores[REFLECTION] = (scores[REFLECTION] ?? 0) - 1;
  return scores;
}

/** The best labelling of the units in non-decreasing STAR order, paying SWITCH_COST at each change. */
function decode(scores: readonly (readonly number[])[]): number[] {
  const labels = STAR_ORDER.length;
  const best: number[][] = [];
  const from: number[][] = [];
  scores.forEach((gain, index) => {
    const previous = best[index - 1];
    const row: number[] = [];
    const back: number[] = [];
    for (let label = 0; label < labels; label += 1) {
      let value = previous === undefined ? 0 : -Infinity;
      let chosen = label;
      for (let before = 0; before <= label && previous !== undefined; before += 1) {
        const candidate = (previous[before] ?? -Infinity) - (before === label ? 0 : SWITCH_COST);
        if (candidate > value) {
          value = candidate;
          chosen = before;
        }
      }
      row.push(value + (gain[label] ?? 0));
      back.push(chosen);
    }
    best.push(row);
    from.push(back);
  });
  const last = best[best.length - 1] ?? [];
  let label = last.indexOf(Math.max(...last));
  const path: number[] = [];
  for (let index = scores.length - 1; index >= 0; index -= 1) {
    path.unshift(label);
    label = from[index]?.[label] ?? label;
  }
  return path;
}

export function detectStar(tokens: readonly Token[], reflection: readonly Span[], metrics: readonly Span[] = []): Star {
  const units = splitClauses(tokens);
  const cues: StarCue[] = [
    ...starCues(tokens),
    ...reflection.map(({ firstWord, lastWord }) => ({ section: 'reflection' as const, firstWord, lastWord, weight: 3 })),
  ];
  const labels = decode(units.map((unit, index) => unitScores(tokens, unit, index, units, cues, metrics)));
  const runs: { name: StarSectionName; firstWord: number; lastWord: number }[] = [];
  units.forEach((unit, index) => {
    const name = STAR_ORDER[labels[index] ?? 0] ?? 'situation';
    const run = runs[runs.length - 1];
    if (run !== undefined && run.name === name) run.lastWord = unit.lastWord;
    else runs.push({ name, firstWord: unit.firstWord, lastWord: unit.lastWord });
  });
  // Sections cover the answer without gaps: each runs until the next one starts.
  const sections = runs.map((run, index): StarSection => {
    const span = spanOf(tokens, run.firstWord, run.lastWord);
    const next = runs[index + 1];
    const end = next === undefined ? span.end : (tokens[next.firstWord]?.start ?? span.end);
    return {
      name: run.name,
      start: span.start,
      end,
      durationSec: roundTo(end - span.start, 2),
      firstWord: run.firstWord,
      lastWord: run.lastWord,
    };
  });
  const present = new Set(sections.map((section) => section.name));
  return { sections, missing: STAR_ORDER.filter((name) => !present.has(name)) };
}
