import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALL_NAMES } from '../../../common/contract';
import { callNamesFromArgv, callsArgument } from '../../../common/ipc';

test('the call names main derives from the table reach the preload through argv, intact', () => {
  const argv = ['/opt/Voicedrill/voicedrill', '--type=renderer', callsArgument(CALL_NAMES)];
  assert.deepEqual(callNamesFromArgv(argv), CALL_NAMES);
});

test('without the argument the preload exposes no calls, and odd names are dropped', () => {
  assert.deepEqual(callNamesFromArgv(['--type=renderer']), []);
  assert.deepEqual(callNamesFromArgv(['--voicedrill-calls=listQuestions,__proto__,a-b,getAttempt']), [
    'listQuestions',
    'getAttempt',
  ]);
});
