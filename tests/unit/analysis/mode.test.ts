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

test('behavioural questions by their grammar, not only by set phrases', () => {
  for (const question of [
    'Tell me about an engineer you mentored.',
    'Tell me about a release you were nervous about.',
    'Describe a project that changed how your team works.',
    'Describe a decision you regret.',
    'Give me an example of when you pushed back.',
    'Walk me through a project you led end to end.',
    "What's the hardest problem you've solved?",
    'What is the most useful feedback you ever got?',
  ]) {
    assert.equal(detectMode(question), 'behavioral', question);
  }
});

test('why this company or role, and where you see yourself, are motivation', () => {
  for (const question of [
    'Why do you want to work here?',
    'Why are you interested in this role?',
    'Why this company?',
    'Where do you see yourself in five years?',
    'What are you looking for in your next job?',
    'Why are you leaving your current job?',
  ]) {
    assert.equal(detectMode(question), 'motivation', question);
  }
});

test('tell me about yourself and your background are a pitch', () => {
  for (const question of [
    'Tell me about yourself.',
    'Tell me a bit about yourself.',
    'Walk me through your resume.',
    'Walk me through your background.',
    'Introduce yourself.',
  ]) {
    assert.equal(detectMode(question), 'pitch', question);
  }
});

test('anything else, or no question, is general', () => {
  assert.equal(detectMode('What would you say is your biggest strength?'), 'general');
  assert.equal(detectMode('How do you like to receive feedback?'), 'general');
  assert.equal(detectMode(''), 'general');
  assert.equal(detectMode(undefined), 'general');
});

test('design, incident and product questions in other words', () => {
  assert.equal(detectMode('How would you store user sessions for a web app?'), 'design');
  assert.equal(detectMode('How would you model the data for a library app?'), 'design');
  assert.equal(detectMode('The API CPU is at 100 percent. Walk me through it.'), 'incident');
  assert.equal(detectMode('Would you raise prices on the basic plan?'), 'product');
  assert.equal(detectMode('How would you decide what goes into the next release?'), 'product');
  assert.equal(detectMode('Tell me about something you are proud of.'), 'behavioral');
});

test('motivation by its frame: the future self, reasons to join, reasons to leave', () => {
  for (const question of [
    'Imagine yourself ten years out. What does your week look like?',
    'What has you wanting to join a company our size?',
    'Why move on from the team you are in now?',
    'What is making you consider leaving your current employer?',
  ]) {
    assert.equal(detectMode(question), 'motivation', question);
  }
});

test('a pitch asks to narrate your own background, in any words', () => {
  for (const question of ['Take me through your career so far.', "What's your story?", 'Sum up your journey into engineering.']) {
    assert.equal(detectMode(question), 'pitch', question);
  }
});

test('design by a design verb and a system noun, without the word "design"', () => {
  for (const question of [
    'Lay out the architecture for a ride dispatch service.',
    'How would you push configuration to ten thousand edge nodes?',
    'Sketch the storage for a photo sharing app.',
  ]) {
    assert.equal(detectMode(question), 'design', question);
  }
});

test('an incident by a breakage and a request for next steps', () => {
  for (const question of [
    'Customers say the app shows an empty cart after login. What are your first steps?',
    'Payments stopped going through ten minutes ago. Talk me through your response.',
    'The reporting disk is almost full. What do you do?',
  ]) {
    assert.equal(detectMode(question), 'incident', question);
  }
});

test('product by users, features and their metrics', () => {
  for (const question of [
    'Weekly active users are flat since the redesign. What would you dig into?',
    'Which of our three onboarding ideas would you try first?',
  ]) {
    assert.equal(detectMode(question), 'product', question);
  }
});

test('a story about the past by its grammar: a gerund after "tell me about", a second-person past', () => {
  for (const question of ['Tell me about mentoring someone junior.', "What's a risk you took that didn't pay off?"]) {
    assert.equal(detectMode(question), 'behavioral', question);
  }
  assert.equal(detectMode('How do you handle stress?'), 'general');
  assert.equal(detectMode('If you joined tomorrow, what would you ship first?'), 'product');
});

test('more frames: what appeals to you, looking at other roles, how you got into it, a malfunction, a past question', () => {
  assert.equal(detectMode('What attracts you to logistics software?'), 'motivation');
  assert.equal(detectMode('Why are you looking for a new role this year?'), 'motivation');
  assert.equal(detectMode('How did you get into embedded work?'), 'pitch');
  assert.equal(detectMode('Customers are seeing stale prices in the basket. What now?'), 'incident');
  assert.equal(detectMode('What did you do after your first big production mistake?'), 'behavioral');
  assert.equal(detectMode('How would you set up a pipeline for nightly sales reports?'), 'design');
});

test('asking for next steps without a breakage is a general question, and "down the line" is no outage', () => {
  assert.equal(detectMode('What do you do when a teammate misses a review?'), 'general');
  assert.equal(detectMode('What would you like to be doing three years down the line?'), 'motivation');
});

test('topical frames: the company or field, a change that broke something, product metrics, system components', () => {
  assert.equal(detectMode('What about our culture made you reach out?'), 'motivation');
  assert.equal(detectMode('Nobody can log in since the release. Where do you start?'), 'incident');
  assert.equal(detectMode('Which metric would you use to evaluate the new pricing page?'), 'product');
  assert.equal(detectMode('What components would a booking website need?'), 'design');
  assert.equal(detectMode('Give me the highlights so far in your career.'), 'pitch');
});
