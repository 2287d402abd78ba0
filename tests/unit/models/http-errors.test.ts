import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeNetworkError, parseHttpUrl } from '../../../native/models/http-get';

const url = new URL('https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.en.bin');

function failure(code: string): Error {
  return Object.assign(new Error(`getaddrinfo ${code}`), { code });
}

test('network failures become one readable line', () => {
  assert.equal(
    describeNetworkError(failure('ENOTFOUND'), url),
    'cannot reach huggingface.co: DNS lookup failed (are you online?)',
  );
  assert.equal(
    describeNetworkError(failure('EAI_AGAIN'), url),
    'cannot reach huggingface.co: DNS lookup failed (are you online?)',
  );
  assert.equal(describeNetworkError(failure('ECONNREFUSED'), url), 'cannot connect to huggingface.co: connection refused');
  assert.equal(
    describeNetworkError(failure('ENETUNREACH'), url),
    'cannot reach huggingface.co: no route to the host (are you online?)',
  );
  assert.equal(describeNetworkError(failure('ECONNRESET'), url), 'connection to huggingface.co was lost');
  assert.equal(
    describeNetworkError(failure('CERT_HAS_EXPIRED'), url),
    'secure connection to huggingface.co failed (CERT_HAS_EXPIRED)',
  );
  assert.equal(describeNetworkError(new Error('something else'), url), null);
});

test('only http and https URLs are accepted', () => {
  assert.equal(parseHttpUrl('http://127.0.0.1:8080/a.bin').port, '8080');
  assert.throws(
    () => parseHttpUrl('file:///etc/passwd'),
    /^Error: only http and https URLs can be downloaded, got 'file:\/\/\/etc\/passwd'$/,
  );
  assert.throws(() => parseHttpUrl('::'), /^Error: not a valid URL: '::'$/);
});
