import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMode } from '../../../native/analysis/mode';

test('stories about the past are behavioral', () => {
  for (const question of [
    'Tell me about a time you failed.',
    'Describe a situation where you disagreed with your manager.',
    'Give me an example of a project with measurable impact.',
    'Have you ever had to deliver bad news?',
  ]) {
    assert.equal(detectMode(question), 'behavioral', question);
  }
});

test('systems to build are design', () => {
  for (const question of ['Design a URL shortener.', 'How would you build a rate limiter?', 'How would you scale a news feed?']) {
    assert.equal(detectMode(question), 'design', question);
  }
});

test('something broken now is an incident', () => {
  for (const question of [
    'Production is down. Walk me through what you would do.',
    'Walk me through what you would do when latency spikes.',
    'Tell me what you would do in the first hour of a major outage.',
    'The service keeps crashing. How would you debug it?',
    'Checkout is timing out for some users. What do you do?',
  ]) {
    assert.equal(detectMode(question), 'incident', question);
  }
});

test('product calls are product', () => {
  for (const question of [
    'How would you prioritize the backlog?',
    'We have three ideas. What would you ship first?',
    'How would you decide the roadmap?',
    'If you could only ship one thing, what would it be?',
  ]) {
    assert.equal(detectMode(question), 'product', question);
  }
});

test('the earliest cue wins: a story about an outage is behavioral, a system that survives one is design', () => {
  assert.equal(detectMode('Tell me about a time you handled an outage.'), 'behavioral');
  assert.equal(detectMode('Design a system that survives an outage.'), 'design');
  assert.equal(detectMode('Design the system that charges customers for a product.'), 'design');
});

test('anything else, or no question, is general', () => {
  assert.equal(detectMode('Tell me about yourself.'), 'general');
  assert.equal(detectMode('Why do you want to work here?'), 'general');
  assert.equal(detectMode(''), 'general');
  assert.equal(detectMode(undefined), 'general');
});
