import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMetrics } from '../../../native/analysis/metrics';
import { tokenize } from '../../../native/analysis/normalize';
import { timed } from './words';

type Found = [text: string, value: number | null, unit: string | null];

function metricsOf(sentence: string): Found[] {
  return detectMetrics(tokenize(timed(sentence))).map((item) => [item.text, item.value, item.unit]);
}

function only(sentence: string): Found {
  const found = metricsOf(sentence);
  assert.equal(found.length, 1, `expected one metric in "${sentence}", got ${JSON.stringify(found)}`);
  return found[0] ?? ['', null, null];
}

test('percentages in digits and words', () => {
  assert.deepEqual(only('cut errors by 40%.'), ['40%.', 40, '%']);
  assert.deepEqual(only('about 40 percent of calls'), ['40 percent', 40, '%']);
  assert.deepEqual(only('forty percent, roughly'), ['forty percent,', 40, '%']);
  assert.deepEqual(only('a 12.5 per cent rise'), ['12.5 per cent', 12.5, '%']);
  assert.deepEqual(only('a hundred percent'), ['a hundred percent', 100, '%']);
});

test('currency with a suffix, a scale word or a currency word', () => {
  assert.deepEqual(only('we saved $2M a year'), ['$2M', 2_000_000, '$']);
  assert.deepEqual(only('saved $2 million'), ['$2 million', 2_000_000, '$']);
  assert.deepEqual(only('two million dollars saved'), ['two million dollars', 2_000_000, '$']);
  assert.deepEqual(only('a $1.1M budget'), ['$1.1M', 1_100_000, '$']);
  assert.deepEqual(only('about $40k'), ['$40k', 40_000, '$']);
  assert.deepEqual(only('$2 million dollars'), ['$2 million dollars', 2_000_000, '$']);
});

test('durations in digits, with attached units and in words', () => {
  assert.deepEqual(only('p99 went from 800ms'), ['800ms', 800, 'ms']);
  assert.deepEqual(only('down to 800 ms'), ['800 ms', 800, 'ms']);
  assert.deepEqual(only('three hundred and ten milliseconds'), ['three hundred and ten milliseconds', 310, 'ms']);
  assert.deepEqual(only('took 1.5 seconds'), ['1.5 seconds', 1.5, 's']);
  assert.deepEqual(only('a 1.5s delay'), ['1.5s', 1.5, 's']);
  assert.deepEqual(only('within 24h of launch'), ['24h', 24, 'h']);
  assert.deepEqual(only('for two and a half hours'), ['two and a half hours', 2.5, 'h']);
  assert.deepEqual(only('shipped in six weeks'), ['six weeks', 6, 'weeks']);
});

test('"ten-fold" is a factor', () => {
  assert.deepEqual(only('a ten-fold jump'), ['ten-fold', 10, 'x']);
});

test('factors: 10x, 2x faster, three times faster, twice as fast, doubled', () => {
  assert.deepEqual(only('a 10x improvement'), ['10x', 10, 'x']);
  assert.deepEqual(only('it got 2x faster'), ['2x', 2, 'x']);
  assert.deepEqual(only('three times faster'), ['three times', 3, 'x']);
  assert.deepEqual(only('twice as fast'), ['twice', 2, 'x']);
  assert.deepEqual(only('we doubled throughput'), ['doubled', 2, 'x']);
  assert.deepEqual(only('and halved the cost'), ['halved', 0.5, 'x']);
});

test('repetition is not a factor: "I asked twice", "I tried three times"', () => {
  assert.deepEqual(metricsOf('I asked twice and tried three times.'), []);
});

test('shares: half, a third of, two-thirds', () => {
  assert.deepEqual(only('cut it in half.'), ['half.', 0.5, null]);
  assert.deepEqual(only('a third of the budget'), ['a third', 1 / 3, null]);
  assert.deepEqual(only('two-thirds of users'), ['two-thirds', 2 / 3, null]);
  assert.deepEqual(only('three quarters of it'), ['three quarters', 0.75, null]);
});

test('"a third" as another one and "a quarter" as a period are not shares', () => {
  assert.deepEqual(metricsOf('we tried a third option'), []);
  // A period, so a frequency of one per quarter, not a share of 0.25.
  assert.deepEqual(only('and met once a quarter'), ['once a quarter', 1, 'per quarter']);
});

test('counts with a unit word, in digits and in words', () => {
  assert.deepEqual(only('3,000 users signed up'), ['3,000 users', 3000, 'users']);
  assert.deepEqual(only('twenty-five engineers'), ['twenty-five engineers', 25, 'engineers']);
  assert.deepEqual(only('we had, like, forty users'), ['forty users', 40, 'users']);
  assert.deepEqual(only('served 120 QPS'), ['120 QPS', 120, 'qps']);
  assert.deepEqual(only('saved 2GB of memory'), ['2GB', 2, 'GB']);
  assert.deepEqual(only('zero incidents since'), ['zero incidents', 0, 'incidents']);
  assert.deepEqual(only('one thousand two hundred requests'), ['one thousand two hundred requests', 1200, 'requests']);
  assert.deepEqual(only('a dozen tickets'), ['a dozen tickets', 12, 'tickets']);
});

test('decimals spoken as words', () => {
  assert.deepEqual(only('one point five seconds'), ['one point five seconds', 1.5, 's']);
  assert.deepEqual(only('about point two five percent'), ['point two five percent', 0.25, '%']);
});

test('large quantities count without a unit; small bare numbers do not', () => {
  assert.deepEqual(only('we reached 3,000 by June'), ['3,000', 3000, null]);
  assert.deepEqual(only('we hit 40k'), ['40k', 40_000, null]);
  assert.deepEqual(only('roughly two million'), ['two million', 2_000_000, null]);
  // "Five of us" is the group's size (analysis 9); a bare "twenty-five" is not a large quantity.
  assert.deepEqual(metricsOf('there were five of us and twenty-five in total'), [['five of us', 5, 'people']]);
});

test('years, idioms with "one" and hyperbole are not metrics', () => {
  assert.deepEqual(metricsOf('in 2019 we started'), []);
  assert.deepEqual(metricsOf('since 2020 users complained'), []);
  assert.deepEqual(metricsOf('one of the services failed at one point, one day'), []);
  assert.deepEqual(metricsOf('give me a second, one second'), []);
  assert.deepEqual(metricsOf('I have a million things'), []);
  assert.deepEqual(metricsOf('back in the 90s and the 2010s'), []);
  assert.deepEqual(metricsOf('the 1st and 2nd drafts'), []);
});

test('a count of one is concrete only with a strong unit', () => {
  assert.deepEqual(only('just 1% of traffic'), ['1%', 1, '%']);
  assert.deepEqual(only('one dollar each'), ['one dollar', 1, '$']);
});

test('a number stops at punctuation: "five, users" has no unit', () => {
  assert.deepEqual(metricsOf('we had five, users said'), []);
  assert.deepEqual(metricsOf('twenty. Five people'), [['Five people', 5, 'people']]);
});

test('every occurrence is its own item, with word indices and times', () => {
  const items = detectMetrics(tokenize(timed('from 800ms to 200ms')));
  assert.deepEqual(
    items.map(({ firstWord, lastWord, value }) => [firstWord, lastWord, value]),
    [
      [1, 1, 800],
      [3, 3, 200],
    ],
  );
  assert.equal(items[1]?.start, timed('from 800ms to 200ms')[3]?.start);
});

test('number words run across words but not into a following number', () => {
  assert.deepEqual(metricsOf('five six engineers'), [['six engineers', 6, 'engineers']]);
});

test('a number counts the noun after it, over a word or two that describe it', () => {
  assert.deepEqual(only('every page made twelve separate calls'), ['twelve separate calls', 12, 'calls']);
  assert.deepEqual(only('we had nine open billing incidents'), ['nine open billing incidents', 9, 'incidents']);
  assert.deepEqual(only('it caught eleven bad changes'), ['eleven bad changes', 11, 'changes']);
  assert.deepEqual(only('we closed six of the incidents'), ['six of the incidents', 6, 'incidents']);
});

test('enumerations, known sets and time references are not metrics', () => {
  assert.deepEqual(metricsOf('we had two options and three things to try'), []);
  assert.deepEqual(metricsOf('I ran the two candidates and the same three numbers'), []);
  assert.deepEqual(metricsOf('this was two years ago'), []);
  assert.deepEqual(metricsOf('it took a week or two'), []);
});

test('a bare number after a range word takes the unit of the metric before it', () => {
  assert.deepEqual(metricsOf('from forty minutes to eight, right?'), [
    ['forty minutes', 40, 'min'],
    ['eight,', 8, 'min'],
  ]);
  assert.deepEqual(metricsOf('in five months instead of three'), [
    ['five months', 5, 'months'],
    ['three', 3, 'months'],
  ]);
});

test('a count per period is a rate', () => {
  assert.deepEqual(only('failures went from four a month'), ['four a month', 4, 'per month']);
  assert.deepEqual(only('two per sprint'), ['two per sprint', 2, 'per sprint']);
});

test('"one week" counts where it is measured: under, within, in, or late', () => {
  assert.deepEqual(only('the p99 stayed under one second'), ['one second', 1, 's']);
  assert.deepEqual(only('We shipped one week late.'), ['one week', 1, 'weeks']);
  assert.deepEqual(metricsOf('one day I realized it'), []);
});

test('zero as where something ended up', () => {
  assert.deepEqual(only('lost shipments dropped to zero'), ['zero', 0, null]);
  assert.deepEqual(metricsOf('we started from zero knowledge'), []);
});

test('"a quarter" after a time word is a period; before "of" it is a share', () => {
  assert.deepEqual(metricsOf('ship it within a quarter.'), []);
  assert.deepEqual(only('in a quarter of the cases'), ['a quarter', 0.25, null]);
  assert.deepEqual(only('we postponed it by one quarter.'), ['one quarter.', 0.25, null]);
});

type Ranged = [text: string, value: number | null, high: number | null | undefined, unit: string | null];

function rangedOf(sentence: string): Ranged[] {
  return detectMetrics(tokenize(timed(sentence))).map((item) => [item.text, item.value, item.high, item.unit]);
}

test('ranges keep both bounds', () => {
  assert.deepEqual(rangedOf('about forty to fifty percent of users'), [['forty to fifty percent', 40, 50, '%']]);
  assert.deepEqual(rangedOf('a 40–50% drop'), [['40–50%', 40, 50, '%']]);
  assert.deepEqual(rangedOf('it got 2 to 3x faster'), [['2 to 3x', 2, 3, 'x']]);
  assert.deepEqual(rangedOf('two to three weeks later'), [['two to three weeks', 2, 3, 'weeks']]);
  assert.deepEqual(rangedOf('between 40 and 50 users'), [['40 and 50 users', 40, 50, 'users']]);
  // A change is two numbers, not a range.
  assert.deepEqual(rangedOf('errors went from 20% to 3%'), [
    ['20%', 20, null, '%'],
    ['3%', 3, null, '%'],
  ]);
});

test('spoken decimals and compounds get their true value', () => {
  assert.deepEqual(only('one point five million dollars a year'), ['one point five million dollars a year', 1_500_000, '$']);
  assert.deepEqual(only('two and a half thousand requests'), ['two and a half thousand requests', 2500, 'requests']);
  assert.deepEqual(only('3 and a half million users'), ['3 and a half million users', 3_500_000, 'users']);
});

test('hyphenated compounds and digits with any common unit count', () => {
  assert.deepEqual(only('a 12-step plan'), ['12-step', 12, 'step']);
  assert.deepEqual(only('a 48-hour hackathon'), ['48-hour', 48, 'h']);
  assert.deepEqual(only('a 3 GHz machine'), ['3 GHz', 3, 'GHz']);
  assert.deepEqual(only('it took 1 second'), ['1 second', 1, 's']);
  assert.deepEqual(only('we stored 2TB'), ['2TB', 2, 'TB']);
});

test('ordinals, places and identifiers are not metrics', () => {
  for (const sentence of [
    'our twenty first release',
    'we finished twenty second place',
    'I joined at phase 15',
    'version 3 shipped',
    'a one-on-one with her',
    'see section 4',
  ]) {
    assert.deepEqual(metricsOf(sentence), [], sentence);
  }
});

test('a spoken decimal is a measured value even without a unit; ratings in stars and points count', () => {
  assert.deepEqual(only('the rating climbed to four point five'), ['four point five', 4.5, null]);
  assert.deepEqual(only('a three point nine star rating'), ['three point nine star', 3.9, 'stars']);
  assert.deepEqual(only('activation rose by five points'), ['five points', 5, 'points']);
});

test('a count of nouns that usually enumerate is a count once it is large', () => {
  assert.deepEqual(only('I listed twenty-three issues in the audit'), ['twenty-three issues', 23, 'issues']);
  assert.deepEqual(only('we closed 40 problems that quarter'), ['40 problems', 40, 'problems']);
  assert.deepEqual(only('she raised fifteen questions'), ['fifteen questions', 15, 'questions']);
  assert.deepEqual(metricsOf('there were three issues with that plan'), []);
  assert.deepEqual(metricsOf('I had two questions for her'), []);
});

test('"N times a week" is a rate; "N times" alone is a count of attempts', () => {
  assert.deepEqual(only('we deployed three times a week'), ['three times a week', 3, 'per week']);
  assert.deepEqual(only('it paged us 5 times per day'), ['5 times per day', 5, 'per day']);
  assert.deepEqual(only('now we release ten times every sprint'), ['ten times every sprint', 10, 'per sprint']);
  assert.deepEqual(metricsOf('I asked three times'), []);
});

test('an article bounded by "under" or "less than" is a measured one', () => {
  assert.deepEqual(only('messages delivered in under a second'), ['a second', 1, 's']);
  assert.deepEqual(only('the build took less than an hour.'), ['an hour.', 1, 'h']);
  assert.deepEqual(only('approved in under a day'), ['a day', 1, 'days']);
  assert.deepEqual(metricsOf('it took a second look'), []);
  assert.deepEqual(metricsOf('I waited for more than a day'), []);
  assert.deepEqual(metricsOf('under a new manager'), []);
});

test("a handful of one's own things is a set, not a figure", () => {
  assert.deepEqual(metricsOf('I owned the effort for our three services.'), []);
  assert.deepEqual(metricsOf('my two engineers took the backend'), []);
  assert.deepEqual(metricsOf('their four servers were old'), []);
  assert.deepEqual(only('our twelve engineers'), ['twelve engineers', 12, 'engineers']);
  assert.deepEqual(only('I fixed the four bugs that were left'), ['four bugs', 4, 'bugs']);
});

test('"in one service" picks a thing out; "in one week" measures', () => {
  assert.deepEqual(metricsOf('I tried it in one service as a pilot'), []);
  assert.deepEqual(metricsOf('it broke on one pod'), []);
  assert.deepEqual(only('we shipped it in one week'), ['one week', 1, 'weeks']);
  assert.deepEqual(only('the page loads in under one second'), ['one second', 1, 's']);
});

test('"in five years" before a plan looks ahead; "in two weeks" before what was done is a duration', () => {
  assert.deepEqual(metricsOf("In five years I'd like to lead a team"), []);
  assert.deepEqual(metricsOf('in three years, I hope to run a platform group'), []);
  assert.deepEqual(metricsOf('in two years we want to be in Europe'), []);
  assert.deepEqual(only('in two weeks we had rewritten it'), ['two weeks', 2, 'weeks']);
  assert.deepEqual(only('we did it in two months'), ['two months', 2, 'months']);
});

test("some of one's own handful is not a figure either", () => {
  assert.deepEqual(metricsOf('two of my engineers disagreed'), []);
  assert.deepEqual(metricsOf('three of our services timed out'), []);
  assert.deepEqual(only('six of the incidents came from one job'), ['six of the incidents', 6, 'incidents']);
});

test('a frequency said in words is a rate: once, twice, thrice or "every other" before a period', () => {
  assert.deepEqual(only('the backups ran once a month'), ['once a month', 1, 'per month']);
  assert.deepEqual(only('we retro twice per sprint'), ['twice per sprint', 2, 'per sprint']);
  assert.deepEqual(only('the pager went off thrice a night'), ['thrice a night', 3, 'per night']);
  assert.deepEqual(only('she rotated the keys every other week.'), ['every other week.', 0.5, 'per week']);
  assert.deepEqual(only('it timed out four times a morning'), ['four times a morning', 4, 'per morning']);
  assert.deepEqual(metricsOf('once it was merged we moved on'), []);
  assert.deepEqual(metricsOf('I had to explain it twice'), []);
  assert.deepEqual(metricsOf('we tried every other option first'), []);
});

test('a period followed by "later" or "ago" says when, not how often', () => {
  assert.deepEqual(metricsOf('we shipped the small one first and the big one a month later'), []);
  assert.deepEqual(metricsOf('I met him once a year ago'), []);
});

test('amounts said with an article: "a couple hundred", "a hundred times that"', () => {
  assert.deepEqual(only('a couple hundred tenants'), ['a couple hundred tenants', 200, 'tenants']);
  assert.deepEqual(only('writes are ten times that, so we shard'), ['ten times', 10, 'x']);
  assert.deepEqual(only('peak is a thousand times this.'), ['a thousand times', 1000, 'x']);
  assert.deepEqual(metricsOf('I called him three times that day'), []);
  assert.deepEqual(metricsOf('we had a couple of ideas'), []);
});

test('a number after "<group> of" is the size of the group', () => {
  assert.deepEqual(only('we migrated them in chunks of a thousand.'), ['a thousand.', 1000, 'per chunk']);
  assert.deepEqual(only('a squad of five rebuilt it'), ['five', 5, 'people']);
  assert.deepEqual(only('pair them up in teams of two'), ['two', 2, 'people']);
  assert.deepEqual(only('in batches of fifty rows'), ['fifty rows', 50, 'rows']);
});

test('both ends of a change said in bare numbers are figures; the far end lends its unit', () => {
  assert.deepEqual(metricsOf('handoffs went from eight to about two and a half.'), [
    ['eight', 8, null],
    ['two and a half.', 2.5, null],
  ]);
  assert.deepEqual(metricsOf('churn fell from thirty to twelve percent last year'), [
    ['thirty', 30, '%'],
    ['twelve percent', 12, '%'],
  ]);
  assert.deepEqual(metricsOf('setup went from an hour to a minute'), [
    ['an hour', 1, 'h'],
    ['a minute', 1, 'min'],
  ]);
  assert.deepEqual(metricsOf('deploys went from six rounds of checks to two.'), [
    ['six', 6, null],
    ['two.', 2, null],
  ]);
  assert.deepEqual(only('we grew it from zero to forty clients'), ['forty clients', 40, 'clients']);
  assert.deepEqual(metricsOf('the office moved from 2015 to 2018'), []);
});

test('a bare number closing a comparison takes the unit of a measured one just before it', () => {
  assert.deepEqual(metricsOf('we budgeted four sprints, but it ended up closer to six.'), [
    ['four sprints,', 4, 'sprints'],
    ['six.', 6, 'sprints'],
  ]);
  assert.deepEqual(metricsOf('Reviews took nine days. We wanted that below two.'), [
    ['nine days.', 9, 'days'],
    ['two.', 2, 'days'],
  ]);
  assert.deepEqual(metricsOf('it cost us 30 hours a month instead of about five, and'), [
    ['30 hours a month', 30, 'h'],
    ['five,', 5, 'h'],
  ]);
  assert.deepEqual(metricsOf('the page now loads in 900 ms, down from about three thousand.'), [
    ['900 ms,', 900, 'ms'],
    ['three thousand.', 3000, 'ms'],
  ]);
  // A spoken "one" after "to" is a pronoun unless a change ends there.
  assert.deepEqual(only('I was on call for two weeks and then handed it to one.'), ['two weeks', 2, 'weeks']);
  assert.deepEqual(metricsOf('we had twelve alerts and brought it down to one.'), [
    ['twelve alerts', 12, 'alerts'],
    ['one.', 1, 'alerts'],
  ]);
  // Not when the number goes on to count something of its own, or stands far away.
  assert.deepEqual(only('it took nine days to get to three of them'), ['nine days', 9, 'days']);
  assert.deepEqual(only('it took nine days. Then the people in the other office, who had never seen the tool, moved to three.'), [
    'nine days.',
    9,
    'days',
  ]);
});

test('a pair of people is who was there; a team size or a change is a figure', () => {
  assert.deepEqual(metricsOf('I paired with two testers on it'), []);
  assert.deepEqual(metricsOf('two engineers stayed on call'), []);
  assert.deepEqual(metricsOf('I asked two of the managers'), []);
  assert.deepEqual(only('three engineers stayed on call'), ['three engineers', 3, 'engineers']);
  assert.deepEqual(only('we were a team of two'), ['two', 2, 'people']);
  assert.deepEqual(only('we grew the team by two engineers'), ['two engineers', 2, 'engineers']);
  assert.deepEqual(metricsOf('we went from two developers to nine'), [
    ['two developers', 2, 'developers'],
    ['nine', 9, 'developers'],
  ]);
});

test('a range keeps the context of its low bound and takes a unit repeated after both bounds', () => {
  assert.deepEqual(metricsOf('we chased the four or five main suspects'), []);
  assert.deepEqual(only('we chased four or five suspects'), ['four or five suspects', 4, 'suspects']);
  const [range] = detectMetrics(tokenize(timed('each takes half an hour to two hours to run')));
  assert.deepEqual([range?.text, range?.value, range?.high, range?.unit], ['half an hour to two hours', 0.5, 2, 'h']);
});

test('a ratio is a share: "one in five", "three out of four"', () => {
  assert.deepEqual(only('about two in ten signups failed'), ['two in ten signups', 20, '%']);
  assert.deepEqual(only('three out of four customers renewed'), ['three out of four customers', 75, '%']);
  assert.deepEqual(metricsOf('it was one in a million'), []);
  assert.deepEqual(only('one in every ten requests failed'), ['one in every ten requests', 10, '%']);
});

test('shares with any ordinal up to ten as the denominator', () => {
  assert.deepEqual(only('a fifth of the traffic'), ['a fifth', 0.2, null]);
  assert.deepEqual(only('three tenths of the budget'), ['three tenths', 0.3, null]);
  assert.deepEqual(metricsOf('the fifth attempt worked'), []);
});

test('ten or more tries are a count; a few are repetition', () => {
  assert.deepEqual(only('I reran the job fifty times'), ['fifty times', 50, 'times']);
  assert.deepEqual(metricsOf('I reran the job three times'), []);
  assert.deepEqual(only('we found nine more regressions'), ['nine more regressions', 9, 'regressions']);
});

test('"an hour and a half" is one and a half of the unit; "once or twice a month" is a range of frequencies', () => {
  assert.deepEqual(only('the restore took a day and a half.'), ['a day and a half.', 1.5, 'days']);
  assert.deepEqual(metricsOf('that was a year and a half ago'), []);
  const [range] = detectMetrics(tokenize(timed('it broke once or twice a month')));
  assert.deepEqual([range?.text, range?.value, range?.high, range?.unit], ['once or twice a month', 1, 2, 'per month']);
  assert.deepEqual(metricsOf('I asked once or twice'), []);
});

test('a ratio counts things on both sides; "five in ten minutes" is a count and a duration', () => {
  assert.deepEqual(metricsOf('we closed five in ten minutes'), [['ten minutes', 10, 'min']]);
});

test('money in everyday words: quid, pounds, grand, mil', () => {
  assert.deepEqual(only('we raised nine grand for the shelter'), ['nine grand', 9000, null]);
  assert.deepEqual(only('a budget of six mil, give or take'), ['six mil,', 6_000_000, null]);
  assert.deepEqual(only('the ticket was thirty quid'), ['thirty quid', 30, '£']);
  assert.deepEqual(metricsOf('a grand plan for the year'), []);
});

test('a price or count with its period is one span, a rate', () => {
  assert.deepEqual(only('the van cost us eighty quid a day to hire.'), ['eighty quid a day', 80, '£']);
  assert.deepEqual(only('they paid twenty-five pounds per visit'), ['twenty-five pounds per visit', 25, '£']);
  assert.deepEqual(only('two thousand orders a minute'), ['two thousand orders a minute', 2000, 'orders']);
});

test('a count noun between the number and its period is a frequency, even at one', () => {
  assert.deepEqual(only('about three refunds a week came in'), ['three refunds a week', 3, 'per week']);
  assert.deepEqual(only('roughly one walkout per shift, then none'), ['one walkout per shift,', 1, 'per shift']);
  assert.deepEqual(metricsOf('one of the rooms a week later'), []);
});

test('hyphenated compound sizes of several number words', () => {
  assert.deepEqual(only('a two-hundred-and-forty-page manual'), ['two-hundred-and-forty-page', 240, 'pages']);
  assert.deepEqual(only('a five-hundred-thousand-pound grant'), ['five-hundred-thousand-pound', 500_000, '£']);
  assert.deepEqual(only('a ninety-six-seat hall'), ['ninety-six-seat', 96, 'seat']);
});

test('hundreds said without "and" or without "one"', () => {
  assert.deepEqual(metricsOf('the list went from three hundred twenty to hundred ninety'), [
    ['three hundred twenty', 320, null],
    ['hundred ninety', 190, null],
  ]);
  assert.deepEqual(only('hundred and eighty parcels'), ['hundred and eighty parcels', 180, 'parcels']);
});

test('a share with the counted thing before "in", but not "times out of"', () => {
  assert.deepEqual(only('they audited one shelf in four by hand'), ['one shelf in four', 25, '%']);
  assert.deepEqual(metricsOf('nine times out of ten it works'), []);
});

test('an exact amount after an article is no figure of speech', () => {
  assert.deepEqual(only('we asked for a hundred and sixty grand'), ['a hundred and sixty grand', 160_000, null]);
  assert.deepEqual(metricsOf('a million things went wrong'), []);
});

test('a bare number compared with a large amount said without a unit', () => {
  assert.deepEqual(metricsOf('we asked for a hundred and sixty grand instead of four hundred, and got it'), [
    ['a hundred and sixty grand', 160_000, null],
    ['four hundred,', 400, null],
  ]);
});

test('power and energy units', () => {
  assert.deepEqual(metricsOf('the farm makes forty megawatts, about 3MW each'), [
    ['forty megawatts,', 40, 'MW'],
    ['3MW', 3, 'MW'],
  ]);
});

test('half a scale word is a large quantity', () => {
  assert.deepEqual(only('it saved half a million pounds'), ['half a million pounds', 500_000, '£']);
  assert.deepEqual(only('about half a billion rows'), ['half a billion rows', 500_000_000, 'rows']);
});

test('an article and a unit of time before "ahead" or "earlier" measure a lead', () => {
  // A fortnight is two weeks (analysis 8), a lead like the day.
  assert.deepEqual(metricsOf('we shipped a fortnight ahead, then a day earlier next time'), [
    ['a fortnight', 2, 'weeks'],
    ['a day', 1, 'days'],
  ]);
  assert.deepEqual(only('the audit came a month earlier than planned'), ['a month', 1, 'months']);
  assert.deepEqual(metricsOf('a month later we moved'), []);
});

test('ten or more "of them" count the group named before; a handful does not', () => {
  assert.deepEqual(only('there were forty-two of them, all late'), ['forty-two', 42, null]);
  assert.deepEqual(metricsOf('two of them left'), []);
});

test('a pair of people named by their role is who was there', () => {
  assert.deepEqual(metricsOf('Two nurses from the night shift helped me.'), []);
  assert.deepEqual(only('we trained twelve nurses'), ['twelve nurses', 12, 'nurses']);
});

test('other currencies are money, and lakh and crore are scales', () => {
  assert.deepEqual(only('the permit cost five thousand yen'), ['five thousand yen', 5000, '¥']);
  assert.deepEqual(only('the locker cost one franc a day'), ['one franc a day', 1, 'CHF']);
  assert.deepEqual(only('the depot spent two point five lakh rupees on tyres'), ['two point five lakh rupees', 250_000, '₹']);
  assert.deepEqual(only('a loan of three crore'), ['three crore', 30_000_000, null]);
});

test('acres and hectares are units of area', () => {
  assert.deepEqual(only('the orchard covers forty hectares'), ['forty hectares', 40, 'ha']);
  assert.deepEqual(only('we planted 250 acres of barley'), ['250 acres', 250, 'acres']);
});

test('a banknote by its nickname is an amount of money', () => {
  assert.deepEqual(only('each raffle ticket was a fiver'), ['a fiver', 5, '£']);
  assert.deepEqual(only('she bet me a tenner it would fail'), ['a tenner', 10, '£']);
});

test('a number in an idiom or proverb counts nothing', () => {
  assert.deepEqual(metricsOf('We were back to square one after the audit.'), []);
  assert.deepEqual(metricsOf('It killed two birds with one stone for the ops team.'), []);
  assert.deepEqual(only('She gave it a hundred and ten percent and cut costs by 30%.'), ['30%.', 30, '%']);
});

test('a named number qualifying a noun is still a name', () => {
  assert.deepEqual(metricsOf('I briefed the Grade 8 tutors before the exams.'), []);
  assert.deepEqual(only('we hired 14 tutors'), ['14 tutors', 14, 'tutors']);
});

test('a school year names a cohort, but "last year" is a period before a count', () => {
  assert.deepEqual(metricsOf('I met the Year 9 tutors before the exams.'), []);
  assert.deepEqual(only('last year 40 stores joined the scheme'), ['40 stores', 40, 'stores']);
});

test('a price said as units and then cents is one amount', () => {
  assert.deepEqual(only('the coffee was a euro twenty at the kiosk'), ['a euro twenty', 1.2, '€']);
  assert.deepEqual(only('a sandwich at three pounds fifty'), ['three pounds fifty', 3.5, '£']);
  assert.deepEqual(only('we paid three dollars for the ride'), ['three dollars', 3, '$']);
});

test('coins below the unit are money: pence, "p" and cents', () => {
  assert.deepEqual(only('each text cost four p to send'), ['four p', 0.04, '£']);
  assert.deepEqual(only('stamps went up by thirty pence'), ['thirty pence', 0.3, '£']);
  assert.deepEqual(only('the fee is 99 cents per order'), ['99 cents', 0.99, '$']);
  assert.deepEqual(metricsOf('I parked in bay 4 on level p'), []);
});

test('a spoken "k" after a number is a thousand', () => {
  assert.deepEqual(only('I ran five k before work'), ['five k', 5000, null]);
  assert.deepEqual(only('the offer was forty k plus a bonus'), ['forty k', 40_000, null]);
  assert.deepEqual(only('we raised 12 k for the ward'), ['12 k', 12_000, null]);
});

test('a price or an amount per kilo, per litre or per head is a rate', () => {
  assert.deepEqual(only('the supplier charged one eighty a kilo for onions'), ['one eighty a kilo', 1.8, 'per kg']);
  assert.deepEqual(only('diesel was two fifteen per litre that week'), ['two fifteen per litre', 2.15, 'per L']);
  assert.deepEqual(only('it was ninety pounds a head'), ['ninety pounds a head', 90, '£']);
  assert.deepEqual(only('dyeing used eighty litres for one kilo of fabric'), ['eighty litres for one kilo', 80, 'L']);
  assert.deepEqual(only('we paid twelve euros per kilo'), ['twelve euros per kilo', 12, '€']);
  // Without a measure after it, "one fifty" may be 150: no price is read.
  assert.deepEqual(metricsOf('the one fifty bus was late'), []);
});

test('a count per thousand or per hundred is a rate, in any wording', () => {
  assert.deepEqual(only('errors fell to one per thousand, then stayed there'), ['one per thousand,', 1, 'per 1000']);
  assert.deepEqual(only('about three per hundred patients'), ['three per hundred', 3, 'per 100']);
  assert.deepEqual(only('we saw 2 per 10,000 transactions'), ['2 per 10,000', 2, 'per 10000']);
  assert.deepEqual(metricsOf('one per person is the rule, and I told them once.'), [['one per person', 1, 'per person']]);
});

test('factor words before what they multiply are factors; a double room or a double check is not', () => {
  assert.deepEqual(only('which is like double what you would normally do'), ['double', 2, 'x']);
  assert.deepEqual(only('the plan was to halve the waiting list'), ['halve', 0.5, 'x']);
  assert.deepEqual(only('we were tripling our output'), ['tripling', 3, 'x']);
  assert.deepEqual(only('the new press would quadruple the yield'), ['quadruple', 4, 'x']);
  assert.deepEqual(metricsOf('I booked a double room and did a double check.'), []);
  assert.deepEqual(metricsOf('she double-checked every order'), []);
});

test('a fortnight and a decade are counts of time', () => {
  assert.deepEqual(only('I read the sheets for a fortnight.'), ['a fortnight.', 2, 'weeks']);
  assert.deepEqual(only('she ran the yard for a decade'), ['a decade', 10, 'years']);
  assert.deepEqual(metricsOf('A decade ago we had no website.'), []);
  assert.deepEqual(only('we met once a fortnight'), ['once a fortnight', 1, 'per fortnight']);
});

test('a share of a scale word is a large quantity', () => {
  assert.deepEqual(only('about a quarter of a million pounds of stock'), ['a quarter of a million pounds', 250_000, '£']);
  assert.deepEqual(only('three quarters of a billion rows'), ['three quarters of a billion rows', 750_000_000, 'rows']);
  assert.deepEqual(only('a third of the team left'), ['a third', 1 / 3, null]);
});

test('collective and irregular plurals are counted like any plural', () => {
  assert.deepEqual(only('a surgery of maybe thirty staff, mostly part-time'), ['thirty staff,', 30, 'staff']);
  assert.deepEqual(only('the reading app reached four hundred children'), ['four hundred children', 400, 'children']);
  assert.deepEqual(only('we kept ninety cattle on the hill'), ['ninety cattle', 90, 'cattle']);
  assert.deepEqual(metricsOf('Two staff covered the night.'), []);
});

test('plural tens after a number name a decade or an age, not a count', () => {
  assert.deepEqual(metricsOf('The radiators dated from the nineteen sixties, like the boiler.'), []);
  assert.deepEqual(metricsOf('Most of the callers were in their eighties.'), []);
});

test('a count beyond a handful counts even after "the same"', () => {
  assert.deepEqual(only('the same twelve parts caused most of the returns'), ['twelve parts', 12, 'parts']);
  assert.deepEqual(metricsOf('the same two parts kept failing'), []);
});

test('a rating in stars counts at one star too', () => {
  assert.deepEqual(only('the complaint in most one-star reviews'), ['one-star', 1, 'stars']);
  assert.deepEqual(only('we were rated 4.5 stars'), ['4.5 stars', 4.5, 'stars']);
  assert.deepEqual(only('she gave us five stars online'), ['five stars', 5, 'stars']);
});

test('"half" before a number or a noun names a time or a thing, not a share', () => {
  assert.deepEqual(metricsOf('Put a second person on the desk from half five.'), []);
  assert.deepEqual(metricsOf('The sorter went down at half six on a Friday.'), []);
  assert.deepEqual(metricsOf('We finished at half twelve and got a team into the half marathon.'), []);
  assert.deepEqual(only('about half of new members stop coming'), ['half', 0.5, null]);
  assert.deepEqual(only('it cut the queue by half.'), ['half.', 0.5, null]);
  assert.deepEqual(only('less than half a second'), ['half a second', 0.5, 's']);
});

test('a clock time after "at" says when, not how many', () => {
  assert.deepEqual(metricsOf('Check-in queues at six every evening.'), []);
  assert.deepEqual(metricsOf('the depot closed at eight and I was home at 9'), []);
  assert.deepEqual(only('we were running at forty a minute'), ['forty a minute', 40, 'per minute']);
  assert.deepEqual(only('we were at 40% by June'), ['40%', 40, '%']);
});

test('zero stated as where something ended is a result', () => {
  assert.deepEqual(only('the no-shows were almost zero.'), ['zero.', 0, null]);
  assert.deepEqual(only('the backlog is zero, and the team is calm'), ['zero,', 0, null]);
  assert.deepEqual(only('failures went down to zero'), ['zero', 0, null]);
  assert.deepEqual(metricsOf('we built it from zero and patient zero was a test account'), []);
});

test('a bare number set against a figure before it takes that figure unit', () => {
  assert.deepEqual(metricsOf('an off-peak plan at nineteen pounds a month against the usual twenty-nine, because'), [
    ['nineteen pounds a month', 19, '£'],
    ['twenty-nine,', 29, '£'],
  ]);
  assert.deepEqual(metricsOf('we paid eleven dollars a seat versus nine.'), [
    ['eleven dollars', 11, '$'],
    ['nine.', 9, '$'],
  ]);
  assert.deepEqual(metricsOf('the new line made 300 units an hour compared with our old 220.'), [
    ['300 units an hour', 300, 'per hour'],
    ['220.', 220, 'per hour'],
  ]);
});

test('a bare number closing "in" or "within" after a duration is a duration', () => {
  assert.deepEqual(metricsOf('Month-end close took us nine working days. The director wanted it done in five.'), [
    ['nine working days.', 9, 'days'],
    ['five.', 5, 'days'],
  ]);
  assert.deepEqual(metricsOf('the first build took three weeks and the next within two.'), [
    ['three weeks', 3, 'weeks'],
    ['two.', 2, 'weeks'],
  ]);
  // A count before "in" is no duration: "in two" names no time there.
  assert.deepEqual(metricsOf('We hired twelve engineers. I put them in two.'), [['twelve engineers.', 12, 'engineers']]);
});

test('a bare number opening a clause before its verb counts the thing counted just before', () => {
  assert.deepEqual(metricsOf('We got eighteen hundred bags out by hand. Only forty missed their flight.'), [
    ['eighteen hundred bags', 1800, 'bags'],
    ['forty', 40, 'bags'],
  ]);
  assert.deepEqual(metricsOf('We interviewed thirty candidates, and twelve passed the test.'), [
    ['thirty candidates,', 30, 'candidates'],
    ['twelve', 12, 'candidates'],
  ]);
  // With no count before it, or an identifier after it, a bare number stays bare.
  assert.deepEqual(metricsOf('Only two showed up.'), []);
  assert.deepEqual(metricsOf('We got eighteen hundred bags out by hand. Van 3 arrived late.'), [
    ['eighteen hundred bags', 1800, 'bags'],
  ]);
});

test('the new rules leave years, ordinals, identifiers, clock times, "one of" and idioms alone', () => {
  assert.deepEqual(metricsOf('In 2019 I was the third hire, one of the founders, on route 12 with van 3.'), []);
  assert.deepEqual(metricsOf('We met at 9 every morning and were back to square one by half ten.'), []);
  assert.deepEqual(metricsOf('Our twenty first release shipped in 2022, and phase 15 followed.'), []);
  assert.deepEqual(metricsOf('Bed 6 and bed 7 were mine, and I taught the Year 10 classes.'), []);
});

test('a bare number naming the last or first part of a duration just said is a duration', () => {
  assert.deepEqual(metricsOf('I cooked for ten years, the last three as head chef.'), [
    ['ten years,', 10, 'years'],
    ['three', 3, 'years'],
  ]);
  assert.deepEqual(metricsOf('Eleven years on the line, last four as shift lead.'), [
    ['Eleven years', 11, 'years'],
    ['four', 4, 'years'],
  ]);
  assert.deepEqual(metricsOf('I spent eleven years as a nurse, and for the last two of those I fixed the rota.'), [
    ['eleven years', 11, 'years'],
    ['two', 2, 'years'],
  ]);
  // A count before "the first" is no duration, and a place is an ordinal.
  assert.deepEqual(metricsOf('We hired twelve engineers and the first two quit.'), [['twelve engineers', 12, 'engineers']]);
});

test('a count per game, match, lesson or delivery is a rate, and a bare number after it shares the rate', () => {
  assert.deepEqual(metricsOf('Goals conceded went from about thirty a game to twelve.'), [
    ['thirty a game', 30, 'per game'],
    ['twelve.', 12, 'per game'],
  ]);
  assert.deepEqual(only('we averaged four stops per delivery'), ['four stops per delivery', 4, 'per delivery']);
});

test('the size of the speaker’s own group, or of any group "a <noun> of N", is a metric; who took part is not', () => {
  assert.deepEqual(only('there were four of us in fundraising'), ['four of us', 4, 'people']);
  assert.deepEqual(only("It's a small bakery, five of us, and"), ['five of us,', 5, 'people']);
  assert.deepEqual(only('a family of four gets this list'), ['four', 4, 'family']);
  assert.deepEqual(only('I teach a class of twenty-eight, and'), ['twenty-eight,', 28, 'class']);
  assert.deepEqual(metricsOf('Three of us built the new index, and the two of us tested it.'), []);
  assert.deepEqual(metricsOf('We bought a lot of three, then a couple of things.'), []);
});

test('coins written with digits, "a <currency>", a couple of a scale, and "-fold" factors are amounts', () => {
  assert.deepEqual(only("they'd rather pay 20p more"), ['20p', 0.2, '£']);
  assert.deepEqual(only("I'd pay a pound more"), ['a pound', 1, '£']);
  assert.deepEqual(only('it cost a dollar a day'), ['a dollar a day', 1, '$']);
  assert.deepEqual(only('we lost a couple of grand on it'), ['a couple of grand', 2000, null]);
  assert.deepEqual(only('a couple of hundred quid'), ['a couple of hundred quid', 200, '£']);
  assert.deepEqual(only('the charity has grown threefold'), ['threefold', 3, 'x']);
  // A weight, a video format and vague amounts stay out.
  assert.deepEqual(metricsOf('Add a pound of flour, film it in 1080p, and wait a couple of months.'), []);
});

test('a factor word closing its clause says what something came to', () => {
  assert.deepEqual(only('The reply rate came back higher, so double, and'), ['double,', 2, 'x']);
  assert.deepEqual(only('by spring it was almost triple.'), ['triple.', 3, 'x']);
  assert.deepEqual(metricsOf('I double-checked the till and booked a double room.'), []);
});

test('a count with its period is a rate even at one, and a figure refused after "not" shares the unit of the one kept', () => {
  assert.deepEqual(only('he gave me one day a week with the QA team'), ['one day a week', 1, 'days']);
  assert.deepEqual(metricsOf('people want a slot of one hour, not three.'), [
    ['one hour,', 1, 'h'],
    ['three.', 3, 'h'],
  ]);
  assert.deepEqual(metricsOf('We lost a couple of grand instead of nine.'), [
    ['a couple of grand', 2000, null],
    ['nine.', 9, null],
  ]);
  // "Not one" after a duration is a pronoun; "one day" alone is an idiom.
  assert.deepEqual(metricsOf('He had done it for forty years and is not one for change. One day he called.'), [
    ['forty years', 40, 'years'],
  ]);
});

test('the part of a duration may close before a pronoun with its contraction', () => {
  assert.deepEqual(metricsOf("I've been a nurse for nine years, and for the last three I've run the rota."), [
    ['nine years,', 9, 'years'],
    ['three', 3, 'years'],
  ]);
});

test('after "a", a number and a singular noun before another word are one modifier, as with a hyphen', () => {
  assert.deepEqual(only('ward 7 is a twenty-eight bed surgical ward'), ['twenty-eight bed', 28, 'bed']);
  assert.deepEqual(only('we booked a two hour meeting'), ['two hour', 2, 'h']);
  // Linking words are not nouns, and without the article the number counts the compound noun.
  assert.deepEqual(metricsOf('we return a 429 with a header.'), []);
  assert.deepEqual(metricsOf('I walked the line with the two team leaders.'), []);
});

test('a named number qualifies the singular noun after it; a measuring unit after it still measures', () => {
  assert.deepEqual(metricsOf('I told our gate 12 team to inform the passengers.'), []);
  assert.deepEqual(only('we ended the year thirty-two percent lower'), ['thirty-two percent', 32, '%']);
});

test('signed values, factor nouns, "half price", zero of a counted noun and hundreds said in words are amounts', () => {
  assert.deepEqual(only('it was minus three outside'), ['minus three', -3, null]);
  assert.deepEqual(only('fast enough to survive another doubling of the data'), ['doubling', 2, 'x']);
  assert.deepEqual(only('I did the next sessions at half price, so'), ['half', 0.5, null]);
  assert.deepEqual(metricsOf('we had zero selection errors, compared with seven in the year before.'), [
    ['zero selection errors,', 0, 'errors'],
    ['seven', 7, 'errors'],
  ]);
  assert.deepEqual(only("we've got about three hundred now"), ['three hundred', 300, null]);
  // "Ten minus three" is arithmetic, "a hundred things" hyperbole, "the two export bugs" a known pair.
  assert.deepEqual(metricsOf('Ten minus three, a hundred things, and the two export bugs they kept hitting.'), []);
});

test('a level something stood at, or the figure a change took it to, is a measurement even bare', () => {
  assert.deepEqual(metricsOf('She wanted it under six minutes, and it was sitting at eight and a half.'), [
    ['six minutes,', 6, 'min'],
    ['eight and a half.', 8.5, 'min'],
  ]);
  assert.deepEqual(only('the connection pool maxed at 200.'), ['200.', 200, null]);
  assert.deepEqual(only('Killed it and raised the pool to 300 as a stopgap.'), ['300', 300, null]);
  // A clock time is still a time, and "to" with no change before it says where.
  assert.deepEqual(metricsOf('The depot closed at eight, and I handed it to two of them.'), []);
});

test('"a few" of a scale is an amount; a pair of people named by their role took part, a pair of things counts', () => {
  assert.deepEqual(only('we came in a few hundred quid under budget'), ['a few hundred quid', 300, '£']);
  assert.deepEqual(metricsOf('I rang two councillors and two dentists, and a few weeks later it was done.'), []);
  // A pair of things is still counted: "two errors" is not two people.
  assert.deepEqual(only('we shipped with two errors in the log'), ['two errors', 2, 'errors']);
});
