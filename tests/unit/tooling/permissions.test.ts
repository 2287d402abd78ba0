// Electron hardening: the microphone permission goes only to our app:// page and only for audio.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowPermissionCheck,
  allowPermissionRequest,
  installPermissionHandlers,
  isAppOrigin,
  type PermissionCheckDetails,
  type PermissionRequestDetails,
  type PermissionSession,
} from '../../../electron/main/permissions';

const APP = 'app://voicedrill';
const page = `${APP}/index.html`;

test('isAppOrigin matches our scheme and host only', () => {
  assert.equal(isAppOrigin(page, APP), true);
  assert.equal(isAppOrigin(APP, APP), true);
  assert.equal(isAppOrigin(`${APP}/`, APP), true);
  for (const other of [
    'app://other/index.html',
    'https://voicedrill/index.html',
    'file:///index.html',
    'app://user@voicedrill/',
    '',
    'not a url',
  ]) {
    assert.equal(isAppOrigin(other, APP), false, other);
  }
  assert.equal(isAppOrigin(undefined, APP), false);
});

test('a microphone request from our page is granted', () => {
  assert.equal(
    allowPermissionRequest('media', { requestingUrl: page, securityOrigin: `${APP}/`, mediaTypes: ['audio'] }, APP),
    true,
  );
});

test('camera, screen or mixed requests are refused, even from our page', () => {
  for (const mediaTypes of [['video'], ['audio', 'video'], [], undefined]) {
    assert.equal(allowPermissionRequest('media', { requestingUrl: page, mediaTypes }, APP), false, String(mediaTypes));
  }
  assert.equal(allowPermissionRequest('display-capture', { requestingUrl: page, mediaTypes: ['audio'] }, APP), false);
});

test('other permissions are refused', () => {
  for (const permission of ['notifications', 'geolocation', 'clipboard-read', 'openExternal', 'midi', 'hid', 'fullscreen']) {
    assert.equal(allowPermissionRequest(permission, { requestingUrl: page, mediaTypes: ['audio'] }, APP), false, permission);
  }
});

test('a microphone request from another origin is refused', () => {
  const cases: PermissionRequestDetails[] = [
    { requestingUrl: 'https://example.com/', mediaTypes: ['audio'] },
    { requestingUrl: page, securityOrigin: 'https://example.com', mediaTypes: ['audio'] },
    { mediaTypes: ['audio'] },
  ];
  for (const details of cases) assert.equal(allowPermissionRequest('media', details, APP), false, JSON.stringify(details));
});

test('permission checks: audio from our page only', () => {
  assert.equal(allowPermissionCheck('media', `${APP}/`, { mediaType: 'audio', securityOrigin: `${APP}/` }, APP), true);
  assert.equal(allowPermissionCheck('media', `${APP}/`, { mediaType: 'video' }, APP), false);
  assert.equal(allowPermissionCheck('media', `${APP}/`, { mediaType: 'unknown' }, APP), false);
  assert.equal(allowPermissionCheck('media', `${APP}/`, {}, APP), false);
  assert.equal(allowPermissionCheck('media', 'https://example.com', { mediaType: 'audio' }, APP), false);
  assert.equal(
    allowPermissionCheck('media', `${APP}/`, { mediaType: 'audio', requestingUrl: 'https://example.com/' }, APP),
    false,
  );
  assert.equal(allowPermissionCheck('notifications', `${APP}/`, { mediaType: 'audio' }, APP), false);
});

test('installPermissionHandlers wires both handlers to these decisions', () => {
  type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
  type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  installPermissionHandlers(
    {
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    },
    APP,
  );
  assert.ok(request && check, 'both handlers installed');
  const answers: boolean[] = [];
  request(null, 'media', (granted) => answers.push(granted), { requestingUrl: page, mediaTypes: ['audio'] });
  request(null, 'media', (granted) => answers.push(granted), { requestingUrl: page, mediaTypes: ['video'] });
  request(null, 'media', (granted) => answers.push(granted), { requestingUrl: 'https://example.com/', mediaTypes: ['audio'] });
  assert.deepEqual(answers, [true, false, false]);
  const audio: PermissionCheckDetails = { mediaType: 'audio' };
  assert.equal(check(null, 'media', `${APP}/`, audio), true);
  assert.equal(check(null, 'media', 'https://example.com', audio), false);
});
