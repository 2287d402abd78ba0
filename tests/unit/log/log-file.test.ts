import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../common/errors';
import { LogFile, logFilePath } from '../../../native/log/log-file';

function dir(t: import('node:test').TestContext): string {
  const made = mkdtempSync(path.join(tmpdir(), 'voicedrill-log-'));
  t.after(() => rmSync(made, { recursive: true, force: true }));
  return made;
}

test('an error is logged with its time, code, stack and every cause', (t) => {
  const file = logFilePath(dir(t));
  const log = new LogFile(file, { now: () => new Date('2026-11-27T14:00:00Z') });
  const sqlite = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  assert.equal(log.error(new AppError('disk-full', 'The disk is full. Free at least 5 MB.', { cause: sqlite }), 'open'), true);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /^2026-11-27T14:00:00.000Z ERROR disk-full \(open\)\n/);
  assert.match(text, /AppError: The disk is full/);
  assert.match(text, /caused by: Error: database or disk is full/);
  assert.match(text, /\[SQLITE_FULL\]/);
  assert.match(text, /at .*log-file\.test\.ts/, 'the stack is kept');
  log.error('a plain string');
  assert.match(readFileSync(file, 'utf8'), /ERROR internal\n {2}a plain string\n$/);
});

test('the log rotates at the size limit, keeping one older file', (t) => {
  const file = logFilePath(dir(t));
  const log = new LogFile(file, { maxBytes: 2000 });
  for (let i = 0; i < 40; i++) log.info(`entry ${i} ${'x'.repeat(80)}`);
  assert.ok(statSync(file).size <= 2000);
  assert.ok(existsSync(`${file}.1`));
  assert.ok(statSync(`${file}.1`).size <= 2000);
  assert.match(readFileSync(file, 'utf8'), /entry 39/);
});

test('a log that cannot be written is reported, never thrown', (t) => {
  const log = new LogFile(path.join(dir(t), 'missing', 'voicedrill.log'));
  assert.equal(log.error(new Error('boom')), false);
});
