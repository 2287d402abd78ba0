import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inputDeviceOptions } from '../../../renderer/src/recorder/devices';
import { micProblem } from '../../../renderer/src/recorder/micErrors';

test('the picker lists microphones after "System default", without the pseudo devices', () => {
  const options = inputDeviceOptions([
    { deviceId: 'default', kind: 'audioinput', label: 'Default - USB Mic' },
    { deviceId: 'communications', kind: 'audioinput', label: 'Communications - USB Mic' },
    { deviceId: 'usb', kind: 'audioinput', label: 'USB Mic' },
    { deviceId: 'spk', kind: 'audiooutput', label: 'Speakers' },
    { deviceId: 'cam', kind: 'videoinput', label: 'Camera' },
    { deviceId: 'int', kind: 'audioinput', label: '' },
  ]);
  assert.deepEqual(options, [
    { id: '', label: 'System default' },
    { id: 'usb', label: 'USB Mic' },
    { id: 'int', label: 'Microphone 2' },
  ]);
});

test('before access is granted Chromium hides ids; only the default is offered', () => {
  assert.deepEqual(inputDeviceOptions([{ deviceId: '', kind: 'audioinput', label: '' }]), [{ id: '', label: 'System default' }]);
});

test('getUserMedia errors become plain advice', () => {
  assert.equal(micProblem('NotAllowedError', '').kind, 'denied');
  assert.match(micProblem('NotAllowedError', '').message, /blocked/);
  assert.equal(micProblem('NotFoundError', '').kind, 'no-device');
  assert.equal(micProblem('OverconstrainedError', '').kind, 'no-device');
  assert.equal(micProblem('NotReadableError', '').kind, 'busy');
  assert.deepEqual(micProblem('TypeError', 'bad constraint'), {
    kind: 'other',
    message: 'The microphone could not be opened: bad constraint',
  });
});
