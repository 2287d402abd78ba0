// The model downloader against a local server: progress, redirects, resume, restart, verification,
// cancel, stalls and HTTP errors, each with the .part file left exactly as the next run needs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../common/errors';
import { DownloadCancelledError, downloadModel, type DownloadOptions } from '../../native/models/download';
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

/** The test server speaks plain http on 127.0.0.1, which downloads accept only when opted in. */
function download(options: DownloadOptions): ReturnType<typeof downloadModel> {
  return downloadModel({ allowHttp: true, ...options });
}

/** A .part of `bytes` bytes left by a dropped connection, with the sidecar a real interruption leaves. */
async function interruptedAt(file: string, bytes: number, name = 'ggml-test.bin'): Promise<void> {
  server.behave({ dropAfter: bytes });
  await assert.rejects(download({ url: server.url(name), destination: file }), /interrupted/);
  server.behave({});
}

test('downloads through a redirect with throttled progress, verifies both checksums and installs', async () => {
  const file = newDestination();
  server.behave({ slices: { count: 8, pauseMs: 120 } });
  server.requests.length = 0;
  const events: TransferProgress[] = [];
  let verifying = 0;
  const started = performance.now();
  const info = await download({
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
  assert.deepEqual(
    server.requests.map((r) => r.path),
    ['/redirect/ggml-test.bin', '/ggml-test.bin'],
  );

  assert.ok(events.length >= 3, `expected several progress events, got ${events.length}`);
  assert.ok(
    events.length <= Math.ceil(elapsedSec * 4) + 2,
    `${events.length} events in ${elapsedSec.toFixed(2)} s is more than ~4 per second`,
  );
  for (const [i, event] of events.entries()) {
    assert.equal(event.totalBytes, model.length);
    if (i > 0) assert.ok(event.receivedBytes >= (events[i - 1]?.receivedBytes ?? 0));
  }
  const last = events.at(-1);
  assert.equal(last?.receivedBytes, model.length);
  assert.ok(
    events.some((e) => e.bytesPerSec > 0 && e.etaSec !== null),
    'speed and ETA appear once measured',
  );
});

test('a dropped connection keeps the .part and says so; the next run resumes with Range and verifies', async () => {
  const file = newDestination();
  server.behave({ dropAfter: 3_000_000 });
  server.requests.length = 0;
  await assert.rejects(
    download({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256 } }),
    /interrupted at [23]\.\d MB of 8\.\d MB .*run it again to resume/,
  );
  // Chunks still buffered when the connection ends are dropped with it; the .part holds what was written.
  const kept = statSync(part(file)).size;
  assert.ok(kept > 0 && kept <= 3_000_000, `kept ${kept} bytes`);
  assert.equal(existsSync(file), false);

  server.behave({});
  const info = await download({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha1, sha256 } });
  assert.equal(info.sizeBytes, model.length);
  assert.deepEqual(readFileSync(file), model);
  assert.equal(existsSync(part(file)), false);
  assert.deepEqual(
    server.requests.map((r) => r.range),
    [null, `bytes=${kept}-`],
  );
});

test('a server that ignores Range restarts the download from byte 0', async () => {
  const file = newDestination();
  await interruptedAt(file, 1_000_000);
  // A prefix of wrong bytes: appending to it would fail the checksum, so only a true restart passes.
  writeFileSync(part(file), Buffer.alloc(1_000_000, 0xaa));
  server.behave({ ignoreRange: true });
  server.requests.length = 0;
  await download({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256 } });
  assert.deepEqual(readFileSync(file), model);
  assert.deepEqual(
    server.requests.map((r) => r.range),
    ['bytes=1000000-'],
  );
});

test('a .part that is already complete gets 416 and is verified without downloading again', async () => {
  const file = newDestination();
  await interruptedAt(file, 1000);
  writeFileSync(part(file), model);
  server.requests.length = 0;
  await download({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha1 } });
  assert.deepEqual(readFileSync(file), model);
  assert.equal(server.requests.length, 1);
});

test('a wrong checksum deletes the .part and installs nothing', async () => {
  const file = newDestination();
  server.behave({});
  const wrong = 'ab'.repeat(32);
  await assert.rejects(
    download({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256: wrong } }),
    new RegExp(`^Error: checksum mismatch for ggml-test\\.bin: expected SHA-256 ${wrong}, got ${sha256}$`),
  );
  assert.equal(existsSync(file), false);
  assert.equal(existsSync(part(file)), false);
});

test('a file that is not a model is refused after download even without a checksum', async () => {
  const file = newDestination('noise.bin');
  server.behave({});
  await assert.rejects(
    download({ url: server.url('noise.bin'), destination: file }),
    /noise\.bin is not a usable whisper\.cpp model: not a whisper\.cpp model/,
  );
  assert.equal(existsSync(file), false);
  assert.equal(existsSync(part(file)), false);
});

test('a size that differs from the exact expected size is refused before writing', async () => {
  const file = newDestination();
  server.behave({});
  await assert.rejects(
    download({ url: server.url('ggml-test.bin'), destination: file, expectedBytes: 77_704_715 }),
    new RegExp(`the server offers ${model.length} bytes for ggml-test\\.bin, but 77704715 are expected`),
  );
  assert.equal(existsSync(file), false);
});

test('cancelling through the AbortSignal keeps the .part for a later resume', async () => {
  const file = newDestination();
  server.behave({ slices: { count: 20, pauseMs: 100 } });
  const controller = new AbortController();
  await assert.rejects(
    download({
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
    download({ url: server.url('ggml-test.bin'), destination: file, stallTimeoutMs: 300 }),
    /^Error: download of ggml-test\.bin stalled \(no data for 0\.3 s\); run it again to resume$/,
  );
  assert.equal(statSync(part(file)).size, 500_000);
});

test('HTTP errors, redirect loops and refused connections get one clear line each', async () => {
  const file = newDestination();
  server.behave({});
  await assert.rejects(
    download({ url: server.url('ggml-missing.bin'), destination: file }),
    /^Error: ggml-test\.bin was not found on the server \(HTTP 404 Not Found from 127\.0\.0\.1:\d+\)$/,
  );
  await assert.rejects(
    download({ url: server.url('broken'), destination: file }),
    /the server failed while sending ggml-test\.bin \(HTTP 503 .*\); try again later/,
  );
  server.requests.length = 0;
  await assert.rejects(download({ url: server.url('loop'), destination: file }), /too many redirects \(more than 5\)/);
  assert.equal(server.requests.length, 6);
  assert.equal(existsSync(part(file)), false);

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(
    download({ url: `http://127.0.0.1:${port}/ggml-test.bin`, destination: file }),
    new RegExp(`cannot download ggml-test\\.bin: cannot connect to 127\\.0\\.0\\.1:${port}: connection refused`),
  );
  await assert.rejects(
    download({ url: 'ftp://example.invalid/x.bin', destination: file }),
    /only http and https URLs can be downloaded/,
  );
});

test(
  'a full disk stops the download with a clear message (Linux /dev/full)',
  { skip: !existsSync('/dev/full') && 'no /dev/full here' },
  async () => {
    const file = newDestination();
    // The .part is a link to /dev/full, where every write fails with ENOSPC.
    symlinkSync('/dev/full', part(file));
    server.behave({});
    await assert.rejects(
      download({ url: server.url('ggml-test.bin'), destination: file }),
      /^Error: not enough disk space to download ggml-test\.bin \(8\.\d MB needed\); free some space and run it again to resume$/,
    );
    assert.equal(existsSync(file), false);
  },
);

test('a resume after the file changed on the server restarts instead of splicing two versions (If-Range)', async () => {
  const file = newDestination('ggml-changing.bin');
  // The same size and structure with other weights before the resume point (inside the token
  // embedding): a splice of the two would still look like a model, only the checksum can tell.
  const first = model;
  const second = Buffer.from(model);
  second.fill(0x3c, 2_000_000, 2_000_400);
  const secondSha256 = createHash('sha256').update(second).digest('hex');
  server.replace('ggml-changing.bin', first);
  await interruptedAt(file, 3_000_000, 'ggml-changing.bin');
  const etag = (await fetch(server.url('ggml-changing.bin'), { method: 'HEAD' })).headers.get('etag');
  assert.ok(etag);
  const kept = statSync(part(file)).size;
  assert.ok(kept > 2_000_400, 'the .part holds the bytes that differ between the versions');

  server.replace('ggml-changing.bin', second);
  server.requests.length = 0;
  await download({ url: server.url('ggml-changing.bin'), destination: file, checksums: { sha256: secondSha256 } });
  assert.deepEqual(readFileSync(file), second, 'the new version, whole');
  assert.deepEqual(
    server.requests.map((r) => [r.range, r.ifRange]),
    [[`bytes=${kept}-`, etag]],
  );
});

test('If-Range carries Last-Modified when the server sends no ETag; with neither, a .part starts over', async () => {
  const file = newDestination();
  server.behave({ lastModifiedOnly: true, dropAfter: 2_000_000 });
  await assert.rejects(download({ url: server.url('ggml-test.bin'), destination: file }), /interrupted/);
  server.behave({ lastModifiedOnly: true });
  server.requests.length = 0;
  const kept = statSync(part(file)).size;
  await download({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256 } });
  assert.equal(server.requests[0]?.range, `bytes=${kept}-`);
  assert.match(server.requests[0]?.ifRange ?? '', /GMT$/);

  const again = newDestination();
  server.behave({ noValidators: true, dropAfter: 2_000_000 });
  await assert.rejects(download({ url: server.url('ggml-test.bin'), destination: again }), /interrupted/);
  server.behave({ noValidators: true });
  server.requests.length = 0;
  await download({ url: server.url('ggml-test.bin'), destination: again, checksums: { sha256 } });
  assert.deepEqual(
    server.requests.map((r) => r.range),
    [null],
    'nothing to check the .part against: start over',
  );
  assert.deepEqual(readFileSync(again), model);
});

test('plain http needs an explicit opt-in (option or VOICEDRILL_ALLOW_HTTP=1)', async () => {
  const file = newDestination();
  server.requests.length = 0;
  await assert.rejects(
    downloadModel({ url: server.url('ggml-test.bin'), destination: file, allowHttp: false }),
    (error: unknown) =>
      error instanceof AppError && error.code === 'insecure-url' && /VOICEDRILL_ALLOW_HTTP=1/.test(error.message),
  );
  assert.equal(server.requests.length, 0, 'nothing was sent');
  const saved = process.env.VOICEDRILL_ALLOW_HTTP;
  process.env.VOICEDRILL_ALLOW_HTTP = '1';
  try {
    await downloadModel({ url: server.url('ggml-test.bin'), destination: file, checksums: { sha256 } });
  } finally {
    if (saved === undefined) delete process.env.VOICEDRILL_ALLOW_HTTP;
    else process.env.VOICEDRILL_ALLOW_HTTP = saved;
  }
  assert.deepEqual(readFileSync(file), model);
});

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } | null {
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
  } catch {
    return null;
  }
  return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
}

test('a redirect from https to plain http is never followed, even with http allowed', async (t) => {
  const tls = selfSignedCertificate(mkdtempSync(path.join(work, 'tls-')));
  if (tls === null) {
    t.skip('openssl is not available to make a test certificate');
    return;
  }
  const secure = createHttpsServer(tls, (request, response) => {
    if (request.url === '/ggml-test.bin') response.writeHead(302, { location: server.url('ggml-test.bin') }).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => secure.close(() => resolve())));
  const { port } = secure.address() as AddressInfo;
  const file = newDestination();
  server.requests.length = 0;
  await assert.rejects(
    downloadModel({ url: `https://127.0.0.1:${port}/ggml-test.bin`, destination: file, allowHttp: true, ca: tls.cert }),
    (error: unknown) =>
      error instanceof AppError &&
      error.code === 'insecure-url' &&
      /redirect from https:\/\/127\.0\.0\.1:\d+ to plain http/.test(error.message),
  );
  assert.equal(server.requests.length, 0, 'the http URL was never requested');
  assert.equal(existsSync(file), false);
});
