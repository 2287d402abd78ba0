import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChosenTwistView, SessionItem } from '../../../common/practice';
import {
  currentWindow,
  drillReducer,
  recordingCue,
  startDrill,
  type DrillEvent,
  type DrillState,
} from '../../../renderer/src/drill/sessionMachine';

const item = (questionId: number): SessionItem => ({
  questionId,
  text: `Q${questionId}`,
  mode: 'behavioral',
  length: 'elevator',
  window: { minSec: 25, maxSec: 35 },
  hardCapSec: 40,
});
const twist: ChosenTwistView = {
  twistId: 'we-you',
  text: 'What did you do yourself?',
  gap: 'mostly-we',
  because: 'You mostly said "we".',
  window: { minSec: 30, maxSec: 60 },
};

function run(state: DrillState, ...events: DrillEvent[]): DrillState {
  return events.reduce(drillReducer, state);
}
const ticks: DrillEvent[] = [{ type: 'tick' }, { type: 'tick' }, { type: 'tick' }];

test('three questions, one twist: countdown, answer, twist threaded under the first, then the summary', () => {
  let state = startDrill([item(1), item(2), item(3)], true);
  assert.deepEqual(state.phase, { kind: 'countdown', remaining: 3, target: { kind: 'first' } });
  state = run(state, { type: 'tick' });
  assert.equal(state.phase.kind === 'countdown' && state.phase.remaining, 2);
  state = run(state, { type: 'tick' }, { type: 'tick' });
  assert.equal(state.phase.kind, 'recording');
  state = run(state, { type: 'recorded', attemptId: 101 });
  assert.deepEqual(state.phase, { kind: 'awaiting-twist', attemptId: 101 });
  state = run(state, { type: 'twist', twist }, { type: 'accept-twist' });
  assert.deepEqual(currentWindow(state), { window: { minSec: 30, maxSec: 60 }, hardCapSec: 70 });
  state = run(state, ...ticks, { type: 'recorded', attemptId: 102 });
  assert.equal(state.index, 1);
  state = run(state, ...ticks, { type: 'recorded', attemptId: 103 }, { type: 'twist', twist }, { type: 'skip-twist' });
  state = run(state, ...ticks, { type: 'recorded', attemptId: 104 }, { type: 'twist', twist: null });
  assert.equal(state.phase.kind, 'done');
  assert.equal(state.countdowns, 4, 'a countdown before each of the four answers');
  assert.deepEqual(state.answers, [
    { questionId: 1, attemptId: 101, twistAttemptId: 102 },
    { questionId: 2, attemptId: 103, twistAttemptId: null },
    { questionId: 3, attemptId: 104, twistAttemptId: null },
  ]);
});

test('without twists the next item follows at once; a failed recording asks again; finish ends early', () => {
  let state = run(startDrill([item(1), item(2)], false), ...ticks, { type: 'retry' });
  assert.equal(state.phase.kind, 'countdown');
  state = run(state, ...ticks, { type: 'recorded', attemptId: 5 });
  assert.equal(state.index, 1);
  assert.equal(state.phase.kind, 'countdown');
  assert.equal(run(state, { type: 'finish' }).phase.kind, 'done');
  assert.equal(run(state, { type: 'accept-twist' }), state, 'an event that does not fit the phase changes nothing');
  assert.throws(() => startDrill([], true), /at least one item/);
});

test('recording cues: one chime when the window ends, a stop at the hard cap, each only when asked for', () => {
  const limits = { window: { minSec: 25, maxSec: 35 }, hardCapSec: 40 };
  const both = { chime: true, autoStop: true };
  assert.equal(recordingCue(34.75, 35, limits, both), 'chime');
  assert.equal(recordingCue(35, 35.25, limits, both), null, 'the chime sounds once');
  assert.equal(recordingCue(39.75, 40, limits, both), 'stop');
  assert.equal(recordingCue(34.75, 35, limits, { chime: false, autoStop: true }), null);
  assert.equal(recordingCue(39.75, 41, limits, { chime: true, autoStop: false }), null);
});
