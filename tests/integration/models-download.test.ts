// The model downloader against a local server: progress, redirects, resume, restart, verification,
// cancel, stalls and HTTP errors, each with the .part file left exactly as the next run needs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DownloadCancelledError, downloadModel } from '../../native/models/download';
import type { TransferProgress } from '../../native/models/progress-meter';
import { smallModel } from '../unit/models/fixtures';
import { startModelServer, type ModelServer } from './models-server';

const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-download-'));
let model: Buffer;
let server: ModelServer;
let sha1: string;
let sha256: string;

before(async () => {
  model = await smallModel(path.join(work, 'source.bin'));
  sha1 = createHash('sha1').update(model).digest('hex');
  sha256 = createHash('sha256').update(model).digest('hex');
  server = await startModelServer({ 'ggml-test.bin': model, 'noise.bin': Buffer.alloc(4096, 7) });
});

after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh folder per test, so no test sees another's .part. */
function newDestination(name = 'ggml-test.bin'): string {
  const dir = mkdtempSync(path.join(work, 'case-'));
  return path.join(dir, name);
}

const part = (file: string): string => `${file}.part`;

test('downloads through a redirect with throttled progress, verifies both checksums and installs', async () => {
  const file = newDestination();
  server.behave({ slices: { count: 8, pauseMs: 120 } });
  server.requests.length = 0;
  const events: TransferProgress[] = [];
  let verifying = 0;
  const started = performance.now();
  const info = await downloadModel({
    url: server.url('redirect/ggml-test.bin'),
    destination: file,
    checksums: { sha1, sha256 },
    onProgress: (progress) => events.push(progress),
    onVerifying: () => verifying++,
  });
  const elapsedSec = (performance.now() - started) / 1000;
  assert.equal(info.path, file);
  assert.equal(info.nAudioState, 64);
  assert.deepEqual(readFileSync(file), model);
  assert.equal(existsSync(part(file)), false);
  assert.equal(verifying, 1);
  assert.deepEqual(server.requests.map((r) => r.path), ['/redirect/ggml-test.bin', '/ggml-test.bin']);

  assert.ok(events.length >= 3, `expected several progress events, got ${events.length}`);
  assert.ok(events.length <= Math.ceil(elapsedSec * 4) + 2, `${events.length} events in ${elapsedSec.toFixed(2)} s is more than ~4 per second`);
  for (const [i, event] of events.entries()) {
    assert.equal(event.totalBytes, model.length);
    if (i > 0) assert.ok(event.receivedBytes >= (events[i - 1]?.receivedBytes ?? 0));
  }
  const last = events.at(-1);
  assert.equal(last?.receivedBytes, model.length);
  assert.ok(events.some((e) => e.bytesPerSec > 0 && e.etaSec !== null), 'speed and ETA appear once measured');
});

test('a dropped connection keeps the .part and says so; the next run resumes with Range and verifies', async () => {
  const file = newDestination();
  server.behave({ dropAfter: 3_000_000 });
  server.requests.length = 0;
  await assert.rejects(downloadModel({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256 } }), /interrupted at 3\.0 MB of 8\.\d MB .*run it again to resume/);
  assert.equal(statSync(part(file)).size, 3_000_000);
  assert.equal(existsSync(file), false);

  server.behave({});
  const info = await downloadModel({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha1, sha256 } });
  assert.equal(info.sizeBytes, model.length);
  assert.deepEqual(readFileSync(file), model);
  assert.equal(existsSync(part(file)), false);
  assert.deepEqual(server.requests.map((r) => r.range), [null, 'bytes=3000000-']);
});

test('a server that ignores Range restarts the download from byte 0', async () => {
  const file = newDestination();
  // A prefix of wrong bytes: appending to it would fail the checksum, so only a true restart passes.
  writeFileSync(part(file), Buffer.alloc(1_000_000, 0xaa));
  server.behave({ ignoreRange: true });
  server.requests.length = 0;
  await downloadModel({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256 } });
  assert.deepEqual(readFileSync(file), model);
  assert.deepEqual(server.requests.map((r) => r.range), ['bytes=1000000-']);
});

test('a .part that is already complete gets 416 and is verified without downloading again', async () => {
  const file = newDestination();
  writeFileSync(part(file), model);
  server.behave({});
  server.requests.length = 0;
  await downloadModel({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha1 } });
  assert.deepEqual(readFileSync(file), model);
  assert.equal(server.requests.length, 1);
});

test('a wrong checksum deletes the .part and installs nothing', async () => {
  const file = newDestination();
  server.behave({});
  const wrong = 'ab'.repeat(32);
  await assert.rejects(
    downloadModel({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256: wrong } }),
    new RegExp(`^Error: checksum mismatch for ggml-test\\.bin: expected SHA-256 ${wrong}, got ${sha256}$`),
  );
  assert.equal(existsSync(file), false);
  assert.equal(existsSync(part(file)), false);
});

test('a file that is not a model is refused after download even without a checksum', async () => {
  const file = newDestination('noise.bin');
  server.behave({});
  await assert.rejects(downloadModel({ url: server.url('noise.bin'), destination: file }), /noise\.bin is not a usable whisper\.cpp model: not a whisper\.cpp model/);
  assert.equal(existsSync(file), false);
  assert.equal(existsSync(part(file)), false);
});

test('a size that differs from the exact expected size is refused before writing', async () => {
  const file = newDestination();
  server.behave({});
  await assert.rejects(
    downloadModel({ url: server.url('ggml-test.bin'), destination: file, expectedBytes: 77_704_715 }),
    new RegExp(`the server offers ${model.length} bytes for ggml-test\\.bin, but 77704715 are expected`),
  );
  assert.equal(existsSync(file), false);
});

test('cancelling through the AbortSignal keeps the .part for a later resume', async () => {
  const file = newDestination();
  server.behave({ slices: { count: 20, pauseMs: 100 } });
  const controller = new AbortController();
  await assert.rejects(
    downloadModel({
      url: server.url('ggml-test.bin'),
      destination: file,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.receivedBytes > 0) controller.abort();
      },
    }),
    (error: unknown) => error instanceof DownloadCancelledError && /cancelled; it resumes from/.test(error.message),
  );
  const kept = statSync(part(file)).size;
  assert.ok(kept > 0 && kept < model.length, `kept ${kept} bytes`);
  assert.equal(existsSync(file), false);
});

test('a stalled connection times out, keeping the .part', async () => {
  const file = newDestination();
  server.behave({ stallAfter: 500_000 });
  await assert.rejects(
    downloadModel({ url: server.url('ggml-test.bin'), destination: file, stallTimeoutMs: 300 }),
    /^Error: download of ggml-test\.bin stalled \(no data for 0\.3 s\); run it again to resume$/,
  );
  assert.equal(statSync(part(file)).size, 500_000);
});

test('HTTP errors, redirect loops and refused connections get one clear line each', async () => {
  const file = newDestination();
  server.behave({});
  await assert.rejects(downloadModel({ url: server.url('ggml-missing.bin'), destination: file }), /^Error: ggml-test\.bin was not found on the server \(HTTP 404 Not Found from 127\.0\.0\.1:\d+\)$/);
  await assert.rejects(downloadModel({ url: server.url('broken'), destination: file }), /the server failed while sending ggml-test\.bin \(HTTP 503 .*\); try again later/);
  server.requests.length = 0;
  await assert.rejects(downloadModel({ url: server.url('loop'), destination: file }), /too many redirects \(more than 5\)/);
  assert.equal(server.requests.length, 6);
  assert.equal(existsSync(part(file)), false);

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(downloadModel({ url: `http://127.0.0.1:${port}/ggml-test.bin`, destination: file }), new RegExp(`cannot download ggml-test\\.bin: cannot connect to 127\\.0\\.0\\.1:${port}: connection refused`));
  await assert.rejects(downloadModel({ url: 'ftp://example.invalid/x.bin', destination: file }), /only http and https URLs can be downloaded/);
});

test('a full disk stops the download with a clear message (Linux /dev/full)', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, async () => {
  const file = newDestination();
  // The .part is a link to /dev/full, where every write fails with ENOSPC.
  symlinkSync('/dev/full', part(file));
  server.behave({});
  await assert.rejects(
    downloadModel({ url: server.url('ggml-test.bin'), destination: file }),
    /^Error: not enough disk space to download ggml-test\.bin \(8\.\d MB needed\); free some space and run it again to resume$/,
  );
  assert.equal(existsSync(file), false);
});
