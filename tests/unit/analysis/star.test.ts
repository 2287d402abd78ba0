import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { detectReflection } from '../../../native/analysis/reflection';
import { detectStar, type Star } from '../../../native/analysis/star';
import { timed } from './words';

function starOf(answer: string): Star {
  const tokens = tokenize(timed(answer));
  return detectStar(tokens, detectReflection(tokens));
}

function sectionsOf(answer: string): [string, number][] {
  return starOf(answer).sections.map((section) => [section.name, section.firstWord]);
}

const FULL =
  'At my last job our checkout was slow. My task was to make it fast. I profiled it and I added a cache. ' +
  'As a result, latency dropped by half. Looking back, I would test earlier.';

test('a full story is split at its cues, in order', () => {
  assert.deepEqual(sectionsOf(FULL), [
    ['situation', 0],
    ['task', 8],
    ['action', 15],
    ['result', 23],
    ['reflection', 30],
  ]);
  assert.deepEqual(starOf(FULL).missing, []);
});

test('sections cover the answer without gaps or overlap, each lasting until the next starts', () => {
  const tokens = timed(FULL);
  const { sections } = starOf(FULL);
  sections.forEach((section, index) => {
    const next = sections[index + 1];
    assert.equal(section.end, next === undefined ? tokens[tokens.length - 1]?.end : next.start);
    assert.equal(section.durationSec, Math.round((section.end - section.start) * 100) / 100);
    if (next !== undefined) assert.equal(next.firstWord, section.lastWord + 1);
  });
  assert.equal(sections[sections.length - 1]?.lastWord, tokens.length - 1);
});

test('sentences without a cue continue the section before them; those before any cue set the scene', () => {
  assert.deepEqual(
    sectionsOf('It was a Friday. The site was slow. I rewrote the query. It took an hour. In the end it was fine.'),
    [
      ['situation', 0],
      ['action', 8],
      ['result', 16],
    ],
  );
});

test('missing sections are listed', () => {
  assert.deepEqual(starOf('Our tests were flaky. I rewrote them.').missing, ['task', 'result', 'reflection']);
});

test('a stray cue does not reorder the story', () => {
  // "dropped" (a result word) in the opening and "we were" (a scene word) in the result are outvoted.
  const answer =
    'At my last job our latency dropped every Monday. My task was to fix it. I wrote a patch. As a result it worked, and we were happy.';
  assert.deepEqual(
    sectionsOf(answer).map(([name]) => name),
    ['situation', 'task', 'action', 'result'],
  );
});

test('an answer that opens by acting still starts with its context when the first sentence sets it', () => {
  assert.deepEqual(
    sectionsOf('We built a tool for support. They copied data by hand. We talked to them and we sketched a screen.'),
    [
      ['situation', 0],
      ['action', 11],
    ],
  );
});

test('hedges and fillers between "I" and the verb do not hide the cue', () => {
  assert.deepEqual(
    sectionsOf('The release was painful. I just wanted it calmer. I, um, kind of wrote a checklist.').map(([name]) => name),
    ['situation', 'task', 'action'],
  );
});

test('no words, no sections', () => {
  assert.deepEqual(detectStar(tokenize([]), []), {
    sections: [],
    missing: ['situation', 'task', 'action', 'result', 'reflection'],
  });
});

test('run-on speech without full stops is split at pauses into clauses', () => {
  const words = [...timed('so our cluster kept running out of memory', 0)];
  const more = (text: string, from: number): ReturnType<typeof timed> => timed(text, from);
  const last = (list: ReturnType<typeof timed>): number => list[list.length - 1]?.end ?? 0;
  const task = more('i had to fix it before the launch', last(words) + 0.7);
  const action = more('i profiled the workers and i added a limit to the cache', last(task) + 0.6);
  const result = more('memory use dropped by half after that', last(action) + 0.8);
  const tokens = tokenize([...words, ...task, ...action, ...result]);
  const star = detectStar(tokens, detectReflection(tokens));
  assert.deepEqual(
    star.sections.map((section) => [section.name, section.firstWord]),
    [
      ['situation', 0],
      ['task', words.length],
      ['action', words.length + task.length],
      ['result', words.length + task.length + action.length],
    ],
  );
});

test('subjectless notes and actions with an adverb are actions; an opening problem with a number is the situation', () => {
  assert.deepEqual(
    sectionsOf(
      'Errors had doubled to 4% after a partner launch. Profiled the gateway. I quickly rewrote the retry logic. Errors went down to 0.3%.',
    ).map(([name]) => name),
    ['situation', 'action', 'result'],
  );
});

test('a goal stated without a duty word is the task: a goal predicate with a target or a deadline, whoever wants it', () => {
  const sections = sectionsOf(
    'Our sales app crashed on older tablets. The regional director wanted it stable before the trade show. ' +
      'I reproduced the crash and patched the image loader. Crashes stopped within a day.',
  );
  assert.deepEqual(
    sections.map(([name]) => name),
    ['situation', 'task', 'action', 'result'],
  );
});

test('ownership and goal nouns are the task: "Owned …", "it was mine", "the target for the quarter was …"', () => {
  for (const answer of [
    'Billing was slow. Owned the invoice rewrite. Split the tax module out. Errors fell by half.',
    'Nobody had touched the search index in years, so it was mine. I rebuilt it over a week. Queries got four times faster.',
    'Our pages were heavy. The target for the quarter was a two-second load. I lazy-loaded the images. Loads fell to 1.8 seconds.',
  ]) {
    assert.ok(
      starOf(answer).sections.some((section) => section.name === 'task'),
      answer,
    );
  }
});

test('late in the story an outcome reported by another subject or met by a deadline is the result', () => {
  const sections = sectionsOf(
    'The warehouse scanners were dropping orders. I was asked to find out why. I traced it to a full queue and doubled its size. ' +
      'Every order reached the depot by Friday night.',
  );
  assert.equal(sections[sections.length - 1]?.[0], 'result');
});

test('a condition does not act: "if I ran it again" is no step of the story', () => {
  const sections = sectionsOf(
    'Our release train was late. I had to get it back on schedule. I cut the scope and paired on the blockers. ' +
      'We shipped on the Tuesday. If I ran it again, I would cut the scope in week one.',
  );
  assert.equal(sections[sections.length - 1]?.[0], 'reflection');
});

test('an opening that states the goal is the task, not the scene', () => {
  const sections = sectionsOf(
    'My aim that spring was to get the warehouse app under one second. I profiled the sync loop and cached the lookups. ' +
      'Sync time fell to 0.8 seconds.',
  );
  assert.deepEqual(sections[0], ['task', 0]);
});

test('a possessive with an infinitive of purpose, asking to own, and responsibility state the task', () => {
  for (const answer of [
    'The vendor portal kept timing out. My part was to move the exports off it. I queued them overnight. Timeouts stopped.',
    'A customer reported broken captions. I asked to own the fix. I rewrote the caption parser. Complaints stopped.',
    'The night build broke often. So it was my responsibility to keep it green. I split the suite. It stayed green.',
  ]) {
    assert.ok(
      starOf(answer).sections.some((section) => section.name === 'task'),
      answer,
    );
  }
});

test('the speaker reporting an outcome ("we hit", "we lost") is the result, not a step', () => {
  const sections = sectionsOf(
    'Our cloud bill doubled in a year. I was asked to cut it by a third. I tagged every resource and moved batch jobs to spot. ' +
      'We hit thirty-five percent by June.',
  );
  assert.equal(sections[sections.length - 1]?.[0], 'result');
});

test('a duty that is the speaker’s, time given to reach a goal and a subjectless goal note state the task', () => {
  for (const answer of [
    'The wind was getting up on the Croydon job. I am the chargehand, so it is my decision if the lads go up. I stopped the job. Next morning six boards were down in the street.',
    'The revolve stopped forty minutes in. I was calling the show, so it was on me to decide whether we carry on. I held the next cue. The show came down on time.',
    'One of our hauliers went bust overnight. I had six hours to find cover before the first wave left. I rang two spot-hire firms. Every store got its delivery.',
    'Saturday lessons, eight kids a class. Get him to his badge before his mum gave up. Came in early for four weeks. He got the badge in week five.',
  ]) {
    assert.ok(
      starOf(answer).sections.some((section) => section.name === 'task'),
      answer,
    );
  }
});

test('a team given time to do something sets the scene', () => {
  const opening = sectionsOf(
    'We had six months to move the warehouse off the old cluster. I planned the moves by domain. Every report matched.',
  );
  assert.deepEqual(opening[0], ['situation', 0]);
});
