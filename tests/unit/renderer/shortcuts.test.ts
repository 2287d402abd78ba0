import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activatesOnSpace,
  isTypingTarget,
  shortcutFor,
  type FocusInfo,
  type KeyPress,
} from '../../../renderer/src/keyboard/shortcuts';

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

test("Space on a control that Space activates is that control's, never a recording", () => {
  for (const target of [
    focus('BUTTON'),
    focus('INPUT', { type: 'checkbox' }),
    focus('INPUT', { type: 'radio' }),
    focus('A', { isLink: true }),
    focus('SUMMARY'),
    focus('LI', { role: 'button' }),
    focus('SPAN', { role: 'link' }),
    focus('DIV', { role: 'row' }),
    focus('DIV', { role: 'option' }),
  ]) {
    assert.equal(activatesOnSpace(target), true, `${target.tagName} ${target.role ?? ''}`);
    assert.equal(shortcutFor(press(' '), target), null, `${target.tagName} ${target.role ?? ''}`);
  }
  // P still plays from a focused button: a button does nothing with P.
  assert.equal(shortcutFor(press('p'), focus('BUTTON')), 'toggle-playback');
  // Focus on plain content (a heading, a region) leaves Space to the recorder.
  assert.equal(shortcutFor(press(' '), focus('SECTION', { role: 'region' })), 'toggle-recording');
  assert.equal(shortcutFor(press(' '), focus('H2')), 'toggle-recording');
});

test('single-key shortcuts can be turned off; Esc is not a character key and stays', () => {
  assert.equal(shortcutFor(press(' '), null, false), null);
  assert.equal(shortcutFor(press('p'), null, false), null);
  assert.equal(shortcutFor(press('Escape'), null, false), 'discard-recording');
});

test('typing in a text field, textarea or select is never a shortcut', () => {
  for (const target of [
    focus('INPUT', { type: 'text' }),
    focus('TEXTAREA'),
    focus('SELECT'),
    focus('DIV', { isContentEditable: true }),
  ]) {
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
