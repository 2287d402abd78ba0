import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressMeter, type TransferProgress } from '../../../native/models/progress-meter';

function meter(totalBytes: number): { events: TransferProgress[]; clock: { t: number }; meter: ProgressMeter } {
  const events: TransferProgress[] = [];
  const clock = { t: 0 };
  return { events, clock, meter: new ProgressMeter({ totalBytes, onProgress: (p) => events.push(p), now: () => clock.t }) };
}

test('reports at most four times a second, and always the final count', () => {
  const { events, clock, meter: m } = meter(10_000_000);
  for (let i = 0; i <= 100; i++) {
    clock.t = i * 20;
    m.update(i * 50_000);
  }
  m.finish(5_000_000);
  // 2 s of updates every 20 ms: reports at 0, 260, 520, … (every 13th), then the final one.
  assert.equal(events.length, 9);
  assert.deepEqual(
    events.slice(0, 3).map((e) => e.receivedBytes),
    [0, 650_000, 1_300_000],
  );
  assert.equal(events.at(-1)?.receivedBytes, 5_000_000);
});

test('speed over the recent window, and ETA from it', () => {
  const { events, clock, meter: m } = meter(10_000_000);
  m.update(0);
  assert.deepEqual(events[0], { receivedBytes: 0, totalBytes: 10_000_000, bytesPerSec: 0, etaSec: null });
  clock.t = 1000;
  m.update(2_000_000);
  assert.deepEqual(events[1], { receivedBytes: 2_000_000, totalBytes: 10_000_000, bytesPerSec: 2_000_000, etaSec: 4 });
  // Five seconds at 1 MB/s later, the early fast second has left the window.
  for (let s = 2; s <= 6; s++) {
    clock.t = s * 1000;
    m.update(2_000_000 + (s - 1) * 1_000_000);
  }
  const last = events.at(-1);
  assert.equal(last?.bytesPerSec, 1_000_000);
  assert.equal(last?.etaSec, 3);
});

test('without a known size there is a speed but no ETA', () => {
  const { events, clock, meter: m } = meter(0);
  m.update(0);
  clock.t = 500;
  m.update(1_000_000);
  assert.deepEqual(events.at(-1), { receivedBytes: 1_000_000, totalBytes: 0, bytesPerSec: 2_000_000, etaSec: null });
});

test('a resumed download measures speed from where it resumed', () => {
  const { events, clock, meter: m } = meter(10_000_000);
  m.update(8_000_000);
  clock.t = 1000;
  m.update(9_000_000);
  assert.deepEqual(events.at(-1), { receivedBytes: 9_000_000, totalBytes: 10_000_000, bytesPerSec: 1_000_000, etaSec: 1 });
});
