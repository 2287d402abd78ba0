import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventBuffer } from '../../../native/app/event-buffer';

test('events are held until the renderer is ready, then delivered in order, then passed straight through', () => {
  const delivered: string[] = [];
  const buffer = new EventBuffer((name, payload) => void delivered.push(`${name}:${(payload as { message: string }).message}`));
  buffer.emit('notice', { level: 'info', message: 'one' });
  buffer.emit('notice', { level: 'info', message: 'two' });
  assert.deepEqual(delivered, []);
  buffer.ready();
  assert.deepEqual(delivered, ['notice:one', 'notice:two']);
  buffer.emit('notice', { level: 'info', message: 'three' });
  buffer.ready();
  assert.deepEqual(delivered, ['notice:one', 'notice:two', 'notice:three'], 'a second ready (a reload) repeats nothing');
});

test('what is held while nobody listens is bounded, keeping the newest', () => {
  const delivered: string[] = [];
  const buffer = new EventBuffer((_name, payload) => void delivered.push((payload as { message: string }).message));
  for (let i = 0; i < 10_000; i++) buffer.emit('notice', { level: 'info', message: String(i) });
  buffer.ready();
  assert.equal(delivered.length, 500);
  assert.equal(delivered.at(-1), '9999');
});
