import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { detectReflection, reflectionAtEnd } from '../../../native/analysis/reflection';
import { timed } from './words';
import type { AnswerMode } from '../../../common/report';

function reflectionOf(sentence: string): string[] {
  return detectReflection(tokenize(timed(sentence))).map((span) => span.text);
}

test('hindsight phrases are found with their original text', () => {
  assert.deepEqual(reflectionOf('In hindsight, looking back, and in retrospect it was fine'), [
    'In hindsight,',
    'looking back,',
    'in retrospect',
  ]);
});

test('"next time" followed by I would / I\'d / I\'ll, even with a comma', () => {
  assert.deepEqual(reflectionOf("Next time I would test. Next time I'd ask. Next time, I'll plan."), [
    'Next time I would',
    "Next time I'd",
    "Next time, I'll",
  ]);
});

test('"next time" alone is not reflection', () => {
  assert.deepEqual(reflectionOf('see you next time'), []);
});

test('learning and lessons, preferring the longest phrase', () => {
  assert.deepEqual(reflectionOf("What I learned is simple. I've learned to ask. The lesson, lesson learned."), [
    'What I learned',
    "I've learned",
    'The lesson,',
    'lesson learned.',
  ]);
});

test('doing it again and doing it differently', () => {
  assert.deepEqual(reflectionOf("If I did it again, or if I were to do it again, I'd do differently what I'd change"), [
    'If I did it again,',
    'if I were to do it again,',
    "I'd do differently",
    "what I'd change",
  ]);
});

test('"I would have" and "I should have" count, but "I would have to" is obligation', () => {
  assert.deepEqual(reflectionOf("I would have asked sooner and I should've said so"), ['I would have', "I should've"]);
  assert.deepEqual(reflectionOf('I would have to say it went well'), []);
});

test('"takeaway" counts wherever it appears', () => {
  assert.deepEqual(reflectionOf('My key takeaway: measure first. Takeaways.'), ['takeaway:', 'Takeaways.']);
});

test('a phrase does not run across the end of a sentence', () => {
  assert.deepEqual(reflectionOf('We were looking. Back then it worked.'), []);
});

test('spans cover every word of the phrase', () => {
  const [span] = detectReflection(tokenize(timed('well if I were to do it again')));
  assert.equal(span?.firstWord, 1);
  assert.equal(span?.lastWord, 7);
});

test('a new habit and what stuck are reflection', () => {
  assert.deepEqual(reflectionOf('Since then I always start with examples. What stuck with me is the data.'), [
    'Since then I always',
    'stuck with me',
  ]);
  assert.deepEqual(reflectionOf('It taught me to ask, and what I took away was patience'), ['It taught me', 'what I took away']);
});

test('learning about something is finding it out, not a lesson', () => {
  assert.deepEqual(reflectionOf('We learned about it from a customer and I learned of the bug late'), []);
  assert.deepEqual(reflectionOf('I learned that data wins'), ['I learned']);
});

test('a reflection closes the answer when its sentence reaches the last fifth', () => {
  const early = tokenize(timed('In hindsight it was fine. We shipped it and the team moved on to the next thing quickly.'));
  assert.equal(reflectionAtEnd(early, detectReflection(early)), false);
  const late = tokenize(timed('We shipped it and the team moved on to the next thing. In hindsight it was fine.'));
  assert.equal(reflectionAtEnd(late, detectReflection(late)), true);
  assert.equal(reflectionAtEnd(tokenize([]), []), false);
});

const found = (sentence: string): boolean => reflectionOf(sentence).length > 0;

test('lessons in several wordings', () => {
  for (const sentence of [
    'The biggest lesson for me was to ask early.',
    'My main takeaway: measure first.',
    'What stuck with me is how calm she was.',
    'That outage taught me to write runbooks.',
    'It made me appreciate the support team.',
    'It really made me realise how fragile it was.',
    "I've learned to ship smaller changes.",
    'We learned the hard way that backups need testing.',
  ]) {
    assert.ok(found(sentence), sentence);
  }
});

test('changed habits in several wordings', () => {
  for (const sentence of [
    'It broke again. Now I always check the logs first.',
    'I now write the rollback before the migration.',
    'Since then, we review every alert weekly.',
    'These days I ask for the data up front.',
    'Ever since, I pair on risky changes.',
    'From then on I kept a decision log.',
  ]) {
    assert.ok(found(sentence), sentence);
  }
});

test('counterfactuals with adverbs in between', () => {
  for (const sentence of [
    'I probably should have asked sooner.',
    'I really would have liked more tests.',
    "We'd definitely have shipped earlier.",
    'If I did it again, I would start smaller.',
    'Next time we would run a pilot.',
    "I'd do the rollout differently.",
    "I should've pushed back.",
  ]) {
    assert.ok(found(sentence), sentence);
  }
});

test("evaluations of one's own decision", () => {
  for (const sentence of [
    'Launching with a waitlist was the right call.',
    'Skipping the review was a mistake.',
    'In hindsight, the flag saved us.',
    'Looking back, it was worth it.',
  ]) {
    assert.ok(found(sentence), sentence);
  }
});

test('words that only look reflective are not reflection', () => {
  for (const sentence of [
    'I filled the gap retrospectively from the load balancer logs.',
    'I wrote a lesson plan for her first month.',
    'She was taking piano lessons at the time.',
    'I would have to rewrite it anyway.',
    'We learned about the bug from a customer.',
    'The next time it happened we were ready.',
    'That would have taken the site down.',
    'Now I had to fix the build.',
  ]) {
    assert.deepEqual(reflectionOf(sentence), [], sentence);
  }
});

/** A story told in the past before the sentence under test, so that position and tense can speak. */
const STORY =
  'Our nightly import kept failing. My lead wanted it fixed before the audit. I traced it to a timezone bug. ' +
  'I rewrote the date parsing and added a test for every region. The import has run clean for months. ';

function closes(sentence: string, mode?: AnswerMode): string[] {
  return detectReflection(tokenize(timed(STORY + sentence)), mode).map((span) => span.text);
}

test('a mental state of the speaker with its complement is reflection, without any cue phrase', () => {
  for (const sentence of [
    'I came out of it sure that most flaky jobs hide a clock somewhere.',
    'From that week I keep that a test nobody reads is not a test.',
    'What I took from it is that dates deserve their own module.',
  ]) {
    assert.notDeepEqual(closes(sentence), [], sentence);
  }
});

test('the story changing the speaker is reflection: cured me of, broke me of, showed me how', () => {
  for (const sentence of [
    'It cured me of trusting a green dashboard.',
    'That bug broke me of parsing dates by hand.',
    'The whole thing showed me how little I knew about our data.',
  ]) {
    assert.notDeepEqual(closes(sentence), [], sentence);
  }
});

test('a habit of the speaker, stated in the present or the perfect, closes the story', () => {
  for (const sentence of [
    'Checking the timezone first is second nature to me now.',
    'Measuring before changing anything has become my default.',
    "I've written a region test for every parser since.",
  ]) {
    assert.notDeepEqual(closes(sentence), [], sentence);
  }
});

test("the speaker's own modal after a past story is reflection; desire, obligation and past ability are not", () => {
  assert.notDeepEqual(closes("I'd pull the data team in on day one."), []);
  assert.notDeepEqual(closes('Would I do it the same way? Mostly, but sooner.'), []);
  assert.deepEqual(closes("I'd like to work on data quality full time."), []);
  assert.deepEqual(closes('We could only test on two regions.'), []);
  assert.deepEqual(closes("We'd meet every morning to check the import."), []);
});

test('the present is no step out of an answer told in the present, nor of a design or a pitch', () => {
  const present = tokenize(timed("I'm calm under pressure. I do the same in reviews. That's what I'd bring."));
  assert.deepEqual(detectReflection(present, 'general'), []);
  assert.deepEqual(closes("I'd add a retry queue in front of the parser.", 'design'), []);
  assert.deepEqual(closes('Now I lead the data platform team.', 'pitch'), []);
  assert.notDeepEqual(closes('Now I check the timezone before anything else.', 'behavioral'), []);
});

test('the literal reading is not reflection: looking back through records, learning a fact from someone', () => {
  for (const sentence of [
    'Looking back through the audit records, I found two gaps.',
    'We learned from the bank that their cut-off had moved.',
    'I learned that the job had failed twice before.',
  ]) {
    assert.deepEqual(closes(sentence), [], sentence);
  }
  assert.notDeepEqual(closes('Looking back on it, I should have asked for the logs first.'), []);
});

test('a lesson as a class period is not a lesson learned', () => {
  assert.deepEqual(closes('I ran a quiz at the start of every lesson.'), []);
  assert.deepEqual(closes('We covered it at the end of the lesson.'), []);
});

test('weak evidence in the opening quarter sets the scene; at the close it reflects', () => {
  const modal = "I'd pull the data team in on day one.";
  assert.deepEqual(detectReflection(tokenize(timed(`${modal} ${STORY}`))), []);
  assert.notDeepEqual(closes(modal), []);
});

test('a counterfactual needs a participle after "have": "I\'d have the page send…" is a plan', () => {
  assert.deepEqual(reflectionOf("I'd have the gateway retry twice."), []);
  assert.deepEqual(reflectionOf('I should have, you know, asked first.'), ['I should have,']);
});

test("the story changing the speaker's practice or character: changed how I…, made me a better…", () => {
  assert.notDeepEqual(closes('It changed how I plan a migration.'), []);
  assert.notDeepEqual(closes('Honestly, that project made me a better reviewer.'), []);
  assert.deepEqual(closes('The director made me answer to the board.'), []);
});

test('carrying it forward, thinking back on it, the speaker changed in the present, "never again"', () => {
  for (const sentence of [
    'The one thing I bring into every new team is a test for each region.',
    'I still think about that bug whenever a date looks off.',
    "I'm a lot warier of hand-written parsers since then.",
    'I have never again shipped a parser without a region test.',
  ]) {
    assert.notDeepEqual(closes(sentence), [], sentence);
  }
  assert.deepEqual(closes('I would review the import each Monday with the lead.'), []);
  assert.deepEqual(closes('I think the import is fine now.'), []);
});

test('beliefs as a process, wishes, the story as the reason for a practice, leaving changed', () => {
  for (const sentence of [
    'The hard part was realising that nobody owned the import.',
    'I came to accept that dates are never simple.',
    'Some days I wish I had asked the regions first.',
    'That bug is why I test every parser against three timezones.',
    'I walked away far more careful with dates than I usually admit.',
  ]) {
    assert.notDeepEqual(closes(sentence), [], sentence);
  }
});

test('looking back at anything but the story is literal looking', () => {
  assert.deepEqual(closes('Looking back at the spreadsheet, the gaps were all on Sundays.'), []);
  assert.notDeepEqual(closes('Looking back on the project, I should have asked for help sooner.'), []);
});

test("a reflection inside someone else's quoted words is theirs, not the speaker's", () => {
  assert.deepEqual(closes('My dad said, "We should have done that years ago," and he meant it.'), []);
  assert.deepEqual(closes('Her words were, "In hindsight I would have waited."'), []);
  // The speaker's own words around a quote still count.
  assert.notDeepEqual(closes('My dad said, "Fine," and looking back I should have asked him sooner.'), []);
});

test('what stayed with someone is a lesson in any of its wordings; staying with someone is not', () => {
  for (const sentence of [
    'What stayed with me is that turning up did more than anything I said.',
    'The thing that has stayed with us is how much the regulars cared.',
    'What stuck with me was how quiet the ward got.',
  ]) {
    assert.notDeepEqual(closes(sentence), [], sentence);
  }
  assert.deepEqual(closes('My sister stayed with me for a week while the shop was shut.'), []);
});
