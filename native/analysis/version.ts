// The version of the analysis. Raise it whenever a change to the engine can change a verdict: stored attempts scored
// by an older version are then re-scored from their words (rescore.ts), so a user's history never mixes verdicts
// from two versions. 1: the first engine (reports without the field); 2: STAR by sequence labelling, reflection by
// grammar, endings by evidence, motivation and pitch modes, verdicts, metric ranges and kinds, speaker-only
// ownership; 3: metrics read rates ("three times a week"), bounded articles ("under a second") and large counts of
// list nouns, and leave out one's own small sets ("our three services"); 4: metrics read frequencies in words
// ("twice a week"), article amounts ("a couple hundred"), group sizes, ratios, both ends of a change in bare
// numbers, units lent to a nearby bare number, and leave out pairs of people; frequencies are context; "like" after
// a verb and a hedge ("works kind of like cron") compares; 5: reflection scored from features (mental-state
// predicates, tense shift against the story's past, generalisation, position, literal readings as counter-evidence),
// answer mode from semantic frames, STAR goals and outcomes by clause shape; 6: metrics read money in everyday words
// ("quid", "grand", "mil"), a rate's period after its unit or count noun ("ninety quid a night", "one refund a
// week"), hyphenated compounds of several number words, a hundred said without "one" or "and", shares with the
// counted noun before "in", exact amounts after an article, "half a million", a lead ("a week ahead"), power units,
// ten or more "of them", more roles in a pair of people; rates of a hundred or more per period are scale; answer
// mode also from a naive Bayes classifier trained on varied interview questions, and from the answer's story grammar
// when the question is general; 7: metrics read other currencies by name and code (rupees, yen, francs…), the South
// Asian scales lakh and crore, areas in acres and hectares, banknotes by nickname ("a tenner") and prices as units
// then cents ("a dollar ninety-nine"), and leave out numbers in idioms ("back to square one") and named numbers
// before a noun ("the Year 10 classes"); 8: metrics read coins ("four p", "99 cents"), a spoken "k", prices and
// amounts per kilo, litre or head ("one eighty a kilo"), rates per thousand, factor words before what they multiply
// ("double what"), a fortnight and a decade, shares of a scale ("a quarter of a million"), collective plurals
// ("thirty staff"), one-star ratings, and bare numbers that take their unit from the figure before them (set
// "against the usual twenty-nine", "done in five" after a duration, "the last three" of one, "Only forty missed"
// after a count); they leave out "half" naming a time or a thing ("half five", "half marathon"), clock times ("at six
// every evening") and decades ("the nineteen sixties"); "like" after a conjunction before a clause's subject or
// between an auxiliary and a bare verb is a filler, before an amount ("like double") or after "somewhere" it is not;
// 9: metrics read the size of the speaker's own group ("there were five of us") and of any "a <noun> of N" ("a family
// of four"), coins in digits ("20p"), one of a currency ("a pound more"), "a couple of" a scale ("a couple of
// grand"), "-fold" factors, a factor word closing its clause ("so double,"), a count with its period at one ("one day
// a week"), and a figure refused after "not" ("one hour, not three"); reflection inside another person's quoted words
// is not the speaker's, and "what stayed with me" is a lesson; 10: metrics read a number and a singular noun after
// "a" as one modifier ("a twenty-eight bed ward"), signed values ("minus three"), factor nouns ("another doubling"),
// "half price", zero of a counted noun ("zero selection errors") and hundreds said in words ("about three hundred"),
// and leave out a named number qualifying a noun ("our gate 12 team") and "the two" of a known pair of things; 11:
// metrics read a level something stood at ("sitting at eight and a half", "maxed at 200") or a change took it to
// ("raised the pool to 300") and "a few" of a scale ("a few hundred quid"), and leave out a pair of people named by a
// role ("two councillors"); 12: STAR reads a task from a duty that is the speaker's ("it is my decision if…", "it
// was on me to…"), time the speaker was given ("I had six hours to find cover") and a subjectless goal note with its
// deadline ("Get him to his badge before…").
export const ANALYSIS_VERSION = 12;
