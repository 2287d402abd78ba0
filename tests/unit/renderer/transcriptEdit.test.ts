import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortcutFor, type FocusInfo } from '../../../renderer/src/keyboard/shortcuts';
import { canSaveCorrection, editableText, editorKey, saveKeyLabel } from '../../../renderer/src/replay/transcriptEdit';

const key = (k: string, extra: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

test('the editor starts from the words as shown, Whisper’s leading spaces dropped', () => {
  assert.equal(editableText([{ text: ' So,' }, { text: ' I' }, { text: '' }, { text: ' owned it.' }]), 'So, I owned it.');
  assert.equal(editableText([]), '');
});

test('Save needs a change of words: spacing alone or an empty text is not a correction', () => {
  assert.equal(canSaveCorrection('I owned it.', 'I owned it.'), false);
  assert.equal(canSaveCorrection('I owned it.', '  I  owned\nit. '), false);
  assert.equal(canSaveCorrection('I owned it.', '   '), false);
  assert.equal(canSaveCorrection('I owned it.', 'I owned it all.'), true);
});

test('Ctrl+Enter or Cmd+Enter saves, Esc cancels, plain Enter is a new line', () => {
  assert.equal(editorKey(key('Enter', { ctrlKey: true })), 'save');
  assert.equal(editorKey(key('Enter', { metaKey: true })), 'save');
  assert.equal(editorKey(key('Escape')), 'cancel');
  assert.equal(editorKey(key('Enter')), null);
  assert.equal(editorKey(key('Enter', { ctrlKey: true, altKey: true })), null);
  assert.equal(editorKey(key(' ')), null);
});

test('typing in the transcript editor never records or plays', () => {
  const editor: FocusInfo = { tagName: 'TEXTAREA', type: '', isContentEditable: false, inDialog: false };
  const press = (k: string) => ({ ...key(k), repeat: false });
  assert.equal(shortcutFor(press(' '), editor), null);
  assert.equal(shortcutFor(press('p'), editor), null);
  assert.equal(shortcutFor({ ...press('Enter'), ctrlKey: true }, editor), null);
});

test('the save key is named as the platform names it', () => {
  assert.equal(saveKeyLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Electron/45'), 'Cmd+Enter');
  assert.equal(saveKeyLabel('Mozilla/5.0 (X11; Linux x86_64) Electron/45'), 'Ctrl+Enter');
});
