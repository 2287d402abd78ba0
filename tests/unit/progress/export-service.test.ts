import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../common/errors';
import { ExportService, type ExportSources } from '../../../native/progress/export-service';
import { scoredAttempt } from './fixtures';

const SOURCES: ExportSources = {
  getAttempt: (id) => (id === 7 || id === 8 ? scoredAttempt({ id, words: id === 8 ? [] : scoredAttempt().words }) : null),
  getRecording: () => null,
  attemptIds: (questionId) => (questionId === null || questionId === 3 ? [7, 8] : []),
  questionText: (id) => (id === 3 ? 'Tell me about a failure.' : null),
};

test('an export is built, then saved where the user chose; cancelling saves nothing', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-export-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const asked: string[] = [];
  const service = new ExportService(SOURCES, async (name) => {
    asked.push(name);
    return name.endsWith('.md') ? null : path.join(dir, name);
  });
  const saved = await service.export({ kind: 'attempts-csv', questionId: 3, attemptId: null });
  assert.deepEqual(asked, ['voicedrill-tell-me-about-a-failure-attempts.csv']);
  assert.equal(readFileSync(saved.path!, 'utf8').split('\r\n').filter(Boolean).length, 3);
  const srt = await service.export({ kind: 'transcript-srt', questionId: null, attemptId: 7 });
  assert.ok(readFileSync(srt.path!, 'utf8').startsWith('1\r\n00:00:00,600 --> '));
  assert.deepEqual(await service.export({ kind: 'transcript-md', questionId: null, attemptId: 7 }), { path: null });
});

test('bad requests fail with a sentence before any dialog', async () => {
  let asked = 0;
  const service = new ExportService(SOURCES, async () => {
    asked += 1;
    return null;
  });
  const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;
  await assert.rejects(service.export({ kind: 'transcript-vtt', questionId: null, attemptId: null }), /choose the attempt/);
  await assert.rejects(service.export({ kind: 'transcript-vtt', questionId: null, attemptId: 99 }), code('not-found'));
  await assert.rejects(service.export({ kind: 'transcript-vtt', questionId: null, attemptId: 8 }), /no transcript yet/);
  await assert.rejects(service.export({ kind: 'audio-wav', questionId: null, attemptId: 7 }), /no recording/);
  assert.equal(asked, 0);
  // Without a window to ask, nothing is saved.
  assert.deepEqual(await new ExportService(SOURCES, null).export({ kind: 'attempts-json', questionId: null, attemptId: null }), {
    path: null,
  });
});
