import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTypingTarget, shortcutFor, type FocusInfo, type KeyPress } from '../../../renderer/src/keyboard/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  repeat: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});
const focus = (tagName: string, extra: Partial<FocusInfo> = {}): FocusInfo => ({
  tagName,
  type: '',
  isContentEditable: false,
  inDialog: false,
  ...extra,
});

test('Space toggles recording, Esc discards, P toggles playback', () => {
  assert.equal(shortcutFor(press(' '), null), 'toggle-recording');
  assert.equal(shortcutFor(press('Escape'), null), 'discard-recording');
  assert.equal(shortcutFor(press('p'), null), 'toggle-playback');
  assert.equal(shortcutFor(press('P'), null), 'toggle-playback');
  assert.equal(shortcutFor(press('x'), null), null);
});

test('Space on a focused button records rather than clicking it', () => {
  assert.equal(shortcutFor(press(' '), focus('BUTTON')), 'toggle-recording');
  assert.equal(shortcutFor(press(' '), focus('INPUT', { type: 'checkbox' })), 'toggle-recording');
});

test('typing in a text field, textarea or select is never a shortcut', () => {
  for (const target of [focus('INPUT', { type: 'text' }), focus('TEXTAREA'), focus('SELECT'), focus('DIV', { isContentEditable: true })]) {
    assert.equal(isTypingTarget(target), true);
    assert.equal(shortcutFor(press(' '), target), null);
    assert.equal(shortcutFor(press('p'), target), null);
  }
});

test('modifiers, auto-repeat and open dialogs switch shortcuts off', () => {
  assert.equal(shortcutFor(press(' ', { ctrlKey: true }), null), null);
  assert.equal(shortcutFor(press('p', { metaKey: true }), null), null);
  assert.equal(shortcutFor(press(' ', { repeat: true }), null), null);
  assert.equal(shortcutFor(press('Escape'), focus('BUTTON', { inDialog: true })), null);
});
