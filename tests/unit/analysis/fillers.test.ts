import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFillers } from '../../../native/analysis/fillers';
import { tokenize } from '../../../native/analysis/normalize';
import { DEFAULT_FILLER_WORDS } from '../../../native/analysis/score';
import type { TimedWord } from '../../../common/report';
import { at, timed } from './words';

function fillersIn(words: TimedWord[], list: readonly string[] = DEFAULT_FILLER_WORDS): string[] {
  return detectFillers(tokenize(words), list).map((span) => span.text);
}

function fillersOf(sentence: string, list: readonly string[] = DEFAULT_FILLER_WORDS): string[] {
  return fillersIn(timed(sentence), list);
}

test('hesitation sounds count in any spelling Whisper uses', () => {
  assert.deepEqual(fillersOf('Um, I think uh we umm erm, hmmm, mm, Ah okay Er yes uhh'), [
    'Um,',
    'uh',
    'umm',
    'erm,',
    'hmmm,',
    'mm,',
    'Ah',
    'Er',
    'uhh',
  ]);
});

test('hesitation variants count only when their plain form is on the list', () => {
  assert.deepEqual(fillersOf('umm uhh erm', ['uh']), ['uhh']);
});

test('"actually" and "basically" always count', () => {
  assert.deepEqual(fillersOf('I actually, basically rewrote it. Actually.'), ['actually,', 'basically', 'Actually.']);
});

test('filler spans point at the words and their times', () => {
  const [span] = detectFillers(tokenize(at(['We', 0, 0.2], [' um,', 0.5, 0.9], ['shipped', 1, 1.4])), ['um']);
  assert.deepEqual(span, { text: 'um,', start: 0.5, end: 0.9, firstWord: 1, lastWord: 1 });
});

test('sentence-initial "so" counts: first word, after a full stop or question mark', () => {
  assert.deepEqual(fillersOf('So we began. So, the plan failed? So I left', ['so']), ['So', 'So,', 'So']);
});

test('"so" after a silence of a second or more counts as sentence-initial', () => {
  const words = at(['it', 0, 0.3], ['broke', 0.4, 0.8], ['so', 1.8, 2.0], ['we', 2.1, 2.3], ['rolled', 2.4, 2.8]);
  assert.deepEqual(fillersIn(words, ['so']), ['so']);
});

test('mid-sentence "so" does not count', () => {
  assert.deepEqual(fillersOf('it broke so we rolled back and I said so', ['so']), []);
  const shortGap = at(['it', 0, 0.3], ['broke', 0.4, 0.8], ['so', 1.2, 1.4], ['we', 1.5, 1.7]);
  assert.deepEqual(fillersIn(shortGap, ['so']), []);
});

test('"so that", "so much", "so many" and "so far" do not count, even at the start of a sentence', () => {
  assert.deepEqual(fillersOf('So that we could ship. So much changed. So many bugs. So far, fine.', ['so']), []);
});

test('a comma after "so" marks a discourse marker even before "that"', () => {
  assert.deepEqual(fillersOf('So, that was the plan.', ['so']), ['So,']);
});

test('"like" as a verb does not count', () => {
  assert.deepEqual(fillersOf("I'd like to explain. We would like more time. They like Go. You'd like it.", ['like']), []);
  assert.deepEqual(fillersOf("I don't like flaky tests and I didn't like the plan", ['like']), []);
});

test('"like" as a comparison or preposition does not count', () => {
  assert.deepEqual(fillersOf('it works like a queue, like the old one, just like this', ['like']), []);
  assert.deepEqual(fillersOf('it looks like it failed and feels like magic, things like logging', ['like']), []);
  assert.deepEqual(fillersOf('we had like 40 users, like I said', ['like']), []);
});

test('"like" set off by commas counts, even before a number', () => {
  assert.deepEqual(fillersOf('we had, like, forty users', ['like']), ['like,']);
  assert.deepEqual(fillersOf('it was, like, slow', ['like']), ['like,']);
  assert.deepEqual(fillersOf('Like, we had no tests', ['like']), ['Like,']);
});

test('"like" with no verb or comparison around it counts', () => {
  assert.deepEqual(fillersOf('it was like really slow and like nobody noticed', ['like']), ['like', 'like']);
});

test('a pronoun before a comma does not make the next "like" a verb', () => {
  assert.deepEqual(fillersOf('it was up to you, like, completely', ['like']), ['like,']);
});

test('"you know" as a filler counts', () => {
  assert.deepEqual(fillersOf('we had, you know, no tests', ['you know']), ['you know,']);
  assert.deepEqual(fillersOf('it was hard you know', ['you know']), ['you know']);
  assert.deepEqual(fillersOf('you know we just shipped it', ['you know']), ['you know']);
});

test('"you know what I mean" is a filler', () => {
  assert.deepEqual(fillersOf('it was messy, you know what I mean?', ['you know']), ['you know']);
});

test('"you know" as a real question or statement does not count', () => {
  assert.deepEqual(fillersOf('do you know the answer? Did you know that? If you know how, tell me', ['you know']), []);
  assert.deepEqual(fillersOf('as you know the system was old and you know what happened next', ['you know']), []);
  assert.deepEqual(fillersOf("I'll let you know", ['you know']), []);
});

test('a phrase does not run across the end of a sentence', () => {
  assert.deepEqual(fillersOf('Thank you. Know your numbers.', ['you know']), []);
});

test('user-added phrases match across words and overlapping entries are counted once', () => {
  assert.deepEqual(fillersOf('I mean, it was kind of slow, I mean really', ['I mean', 'kind of', 'mean']), [
    'I mean,',
    'kind of',
    'I mean',
  ]);
});

test('filler list entries match regardless of case and punctuation', () => {
  assert.deepEqual(fillersOf('We BASICALLY rewrote it', [' Basically, ']), ['BASICALLY']);
});

test('a filler list entry with no letters is refused', () => {
  assert.throws(() => fillersOf('um', ['um', ' ,, ']), /^Error: analysis: filler word 2 \(' ,, '\) has no letters$/);
});

test('no words, no fillers', () => {
  assert.deepEqual(fillersIn([]), []);
});

test('"I mean" as a restart counts; "what I mean is" and "I mean it" do not', () => {
  assert.deepEqual(fillersOf('I mean, it worked. I mean we shipped it.', ['I mean']), ['I mean,', 'I mean']);
  assert.deepEqual(fillersOf('What I mean is simple. I mean it. Do I mean that?', ['I mean']), []);
});

test('"right" counts only as a tag question', () => {
  assert.deepEqual(fillersOf('We had four teams, right? It was slow right? Right.', ['right']), ['right?', 'right?']);
  assert.deepEqual(fillersOf("Is that right? That's right? It was the right call, right now.", ['right']), []);
});

test('"literally" always counts', () => {
  assert.deepEqual(fillersOf('it literally broke every Friday', ['literally']), ['literally']);
});

test('"So that was…" opens a sentence; "so that we…" states a purpose', () => {
  assert.deepEqual(fillersOf('So that was my argument. So that we could ship, we cut scope.', ['so']), ['So']);
  assert.deepEqual(fillersOf('So that the team could learn it. So that it works.', ['so']), []);
});

test('"so" after an opening interjection or hesitation still opens the sentence', () => {
  assert.deepEqual(fillersOf('Okay, so, the plan. Um, so we began. Well so it goes', ['so']), ['so,', 'so', 'so']);
  assert.deepEqual(fillersOf('It broke, so we rolled back', ['so']), []);
});

test('"like" after "had" or "have" is a filler unless a number follows', () => {
  assert.deepEqual(fillersOf('we had like a dual-write thing', ['like']), ['like']);
  assert.deepEqual(fillersOf('we had like forty users and they have like 3 teams', ['like']), []);
});

test('"like" before a proper noun or a plural noun gives an example', () => {
  assert.deepEqual(fillersOf('a log per channel, like Kafka, and feature requests like widgets', ['like']), []);
  assert.deepEqual(fillersOf('it was like always broken and like nobody cared', ['like']), ['like', 'like']);
});

test('"like" after "works", "behaves" or "acts" compares', () => {
  assert.deepEqual(fillersOf('it behaves like magic and acts like glue', ['like']), []);
});

test('"like" before an example or a comparison is not a filler', () => {
  assert.deepEqual(fillersOf('We used tools like jq and providers like SendGrid.'), []);
  assert.deepEqual(fillersOf('It felt like losing a whole shard.'), []);
  assert.deepEqual(fillersOf('It was, like, a disaster.'), ['like,']);
});

test('after a comma, "like" straight into a noun gives an example; "like," on its own is a filler', () => {
  assert.deepEqual(fillersOf('Something with real stakes, like healthcare.'), []);
  assert.deepEqual(fillersOf('The culture, like, looks nice.'), ['like,']);
  assert.deepEqual(fillersOf('It was, like really slow.'), ['like']);
});

test('a hedge between a verb and "like" leaves the comparison a comparison', () => {
  assert.deepEqual(fillersOf('the queue behaves sort of like make under load', ['like']), []);
  assert.deepEqual(fillersOf('it looked kind of like glue code', ['like']), []);
  assert.deepEqual(fillersOf('it was kind of like really slow', ['like']), ['like']);
});

test('"like" after a conjunction and before a clause\'s subject is a filler; before a fronted comparison it is not', () => {
  assert.deepEqual(fillersOf('and like the big problem was people not turning up', ['like']), ['like']);
  assert.deepEqual(fillersOf('but like my manager had no idea', ['like']), ['like']);
  assert.deepEqual(fillersOf('because like the whole team walked out', ['like']), ['like']);
  assert.deepEqual(fillersOf('and like the others I left early', ['like']), []);
  assert.deepEqual(fillersOf('it runs like the old one did', ['like']), []);
});

test('"like" between an auxiliary and a bare verb is a filler; the verb "like" takes an object or "to"', () => {
  assert.deepEqual(fillersOf("if it's in my head I'll like lie awake about it", ['like']), ['like']);
  assert.deepEqual(fillersOf('we would like go over it twice', ['like']), ['like']);
  assert.deepEqual(fillersOf("I'd like to go, and I'd like coffee", ['like']), []);
  assert.deepEqual(fillersOf('you would like it here', ['like']), []);
});

test('"like" before an amount said without a number means "about"', () => {
  assert.deepEqual(fillersOf('which is like double what you would normally do', ['like']), []);
  assert.deepEqual(fillersOf('we lost like half the morning', ['like']), []);
  assert.deepEqual(fillersOf('it ran like twice a week', ['like']), []);
});

test('"like" after "somewhere", "someone" or "anything" gives an example', () => {
  assert.deepEqual(fillersOf('hopefully somewhere like here', ['like']), []);
  assert.deepEqual(fillersOf('someone like her would fit, and anything like it helps', ['like']), []);
  assert.deepEqual(fillersOf('somewhere, like, far away', ['like']), ['like,']);
});
