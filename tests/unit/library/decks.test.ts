import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DECK_MODES, TWIST_GAPS } from '../../../common/deck';
import { parseDeckJson, deckToJson } from '../../../native/library/deck-json';
import { parseTwistDeck } from '../../../native/library/twists';
import { VERDICT_MODES } from '../../../native/library/verdicts';

const starterText = readFileSync(new URL('../../../resources/deck.json', import.meta.url), 'utf8');
const twistDeck = parseTwistDeck(JSON.parse(readFileSync(new URL('../../../resources/twists.json', import.meta.url), 'utf8')));

test('the starter deck: at least 40 questions over all six modes, each with 1–3 follow-ups, tags and a length', () => {
  const { deck, warnings } = parseDeckJson(starterText);
  assert.deepEqual(warnings, []);
  assert.ok(deck.questions.length >= 40, `${deck.questions.length} questions`);
  for (const mode of DECK_MODES) {
    assert.ok(deck.questions.filter((question) => question.mode === mode).length >= 6, `mode ${mode} has at least six questions`);
  }
  for (const question of deck.questions) {
    assert.ok(question.followUps.length >= 1 && question.followUps.length <= 3, question.text);
    assert.ok(question.tags.length >= 1, question.text);
    assert.ok(question.id !== undefined, `${question.text} has an id for seeding`);
  }
  const texts = deck.questions.flatMap((question) => [question.text, ...question.followUps]);
  assert.equal(new Set(texts).size, texts.length, 'no question or follow-up is written twice');
});

test('the starter deck file is written exactly as the exporter writes it', () => {
  assert.equal(deckToJson(parseDeckJson(starterText).deck), starterText);
});

test('the twist deck has several wordings per gap, and one for every mode where a gap applies', () => {
  for (const gap of TWIST_GAPS) {
    assert.ok(twistDeck.twists.filter((twist) => twist.gap === gap).length >= 3, `${gap} has several wordings`);
  }
  const applies: Record<(typeof TWIST_GAPS)[number], readonly string[]> = {
    'no-result': VERDICT_MODES.result,
    'no-metric': VERDICT_MODES.number,
    'mostly-we': VERDICT_MODES.ownership,
    'no-reflection': VERDICT_MODES.reflection,
    'decision-rationale': DECK_MODES,
    depth: DECK_MODES,
    'another-example': DECK_MODES,
  };
  for (const gap of TWIST_GAPS) {
    for (const mode of applies[gap]) {
      const found = twistDeck.twists.some(
        (twist) => twist.gap === gap && (twist.modes === undefined || twist.modes.includes(mode as never)),
      );
      assert.ok(found, `a ${gap} wording for ${mode}`);
    }
  }
});

test('a bad twist deck is refused with the field named', () => {
  assert.throws(() => parseTwistDeck({ twists: [{ id: 'x', gap: 'no-such-gap', text: 'Why?' }] }), /twists\.0\.gap/);
  assert.throws(
    () =>
      parseTwistDeck({
        twists: [
          { id: 'x', gap: 'depth', text: 'a' },
          { id: 'x', gap: 'depth', text: 'b' },
        ],
      }),
    /unique/,
  );
});
