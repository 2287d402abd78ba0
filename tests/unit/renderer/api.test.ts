import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALL_NAMES, type VoicedrillApi } from '../../../common/contract';
import { CallError, withCallErrors } from '../../../renderer/src/api';

test("a call's failure, a plain { code, message } after contextBridge, becomes an Error carrying its code", async () => {
  const sent: unknown[][] = [];
  const bridge = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (...args: unknown[]) => {
        sent.push([name, ...args]);
        if (name === 'startRecording') throw { code: 'recording-active', message: 'a recording is already in progress' };
        if (name === 'getAttempt') throw new Error('no code survived');
        return 'value';
      },
    ]),
  ) as unknown as VoicedrillApi;
  const api = withCallErrors({ ...bridge, on: () => () => undefined });
  assert.equal(await api.listQuestions(), 'value');
  const refused = await api
    .startRecording({ questionId: 1, target: { minSec: 60, maxSec: 90 } })
    .catch((error: unknown) => error);
  assert.ok(refused instanceof CallError && refused instanceof Error);
  assert.deepEqual([refused.code, refused.message], ['recording-active', 'a recording is already in progress']);
  const plain = await api.getAttempt(3).catch((error: unknown) => error);
  assert.ok(plain instanceof CallError);
  assert.deepEqual([plain.code, plain.message], ['internal', 'no code survived']);
  assert.deepEqual(sent.slice(1, 2), [['startRecording', { questionId: 1, target: { minSec: 60, maxSec: 90 } }]]);
});
