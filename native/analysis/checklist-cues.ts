// What each answer mode's checklist looks for, as cue phrases ("*" ends a prefix). A design answer is judged
// on whether it names requirements, constraints, failure modes and a way to watch or undo it; an incident
// answer on its sequence, hypotheses, fix and prevention; a product answer on the user, how success is
// measured, and the smallest next step.

import { phrasesOf } from './phrases';

export const REQUIREMENTS = phrasesOf([
  'requirement*', 'use case*', 'clarify', 'assume', 'assuming', 'assumption*', 'scope', 'need to support',
  'needs to support', 'users need', 'users can', 'functional', 'non-functional', 'read-heavy', 'write-heavy',
  'how many users', 'should be able to', 'we need to', 'must',
]);

export const CONSTRAINTS = phrasesOf([
  'constraint*', 'latency', 'budget', 'trade-off*', 'tradeoff*', 'sla', 'slas', 'slo', 'slos', 'limit*', 'throughput',
  'consistency', 'memory', 'cost*', 'correctness', 'peak', 'volume', 'bottleneck*',
]);

export const FAILURE_MODES = phrasesOf([
  'fail*', 'goes down', 'go down', 'is down', 'dies', 'crash*', 'outage*', 'retry', 'retries', 'backoff', 'fallback',
  'fall back', 'falls back', 'fall through', 'replica*', 'replicate', 'redundan*', 'circuit breaker', 'timeout*',
  'unavailable', 'degrad*', 'single point of failure', 'hot key', 'disaster', 'recover*', 'reconnect',
]);

export const OBSERVABILITY_ROLLBACK = phrasesOf([
  'monitor*', 'dashboard*', 'alert*', 'metrics on', 'logging', 'logs', 'tracing', 'observability', 'rollback',
  'roll back', 'roll it back', 'rolled back', 'feature flag*', 'canary', 'kill switch', 'gradual*', 'roll it out',
  'rollout', 'hit rate', 'track', 'reconcile',
]);

export const TIMELINE = phrasesOf([
  'first', 'then', 'next', 'after that', 'once', 'while', 'timeline', 'within', 'by the time', 'afterwards', 'after recovery',
  'meanwhile', 'as soon as', 'right away', 'immediately', 'finally', 'before',
]);

export const HYPOTHESES = phrasesOf([
  'hypothes*', 'suspect*', 'my guess', 'could be', 'might be', 'likely', 'rule out', 'to rule', 'whether', 'theory',
  'possible cause*', 'lines up with', 'correlat*', 'confirm*', 'narrow*', 'either',
]);

export const FIX = phrasesOf([
  'fix*', 'mitigat*', 'roll back', 'rollback', 'rolling back', 'revert*', 'restart*', 'fail over', 'failover', 'patch*',
  'hotfix', 'stopgap', 'scale up', 'add space', 'buy time', 'workaround',
]);

export const PREVENTION = phrasesOf([
  'postmortem*', 'post-mortem*', 'prevent*', 'again', 'alert*', 'runbook*', 'root cause', 'regression test',
  'smoke test', 'follow-up', 'follow up', 'action items', 'a test that', 'canary', 'so we catch', 'before users',
  'never happens',
]);

export const USER_VALUE = phrasesOf([
  'user*', 'customer*', 'pain', 'problem', 'complain*', 'people who', 'value', 'needs', 'jobs to be done', 'confuses',
]);

export const SUCCESS_METRIC = phrasesOf([
  'measure*', 'metric*', 'success', 'kpi*', 'activation', 'conversion', 'retention', 'adoption', 'engagement',
  'north star', 'weekly active', 'daily active', 'aim for', 'target',
]);

export const SMALLEST_STEP = phrasesOf([
  'smallest', 'mvp', 'minimum viable', 'prototype', 'experiment', 'a/b', 'pilot', 'first step', 'start with',
  'ship first', 'next step', 'iterate', 'v1', 'first version', 'test it with', 'first priority', 'start small',
  'this sprint',
]);

// A motivation answer: a specific reason (something about this company or role), tied to the speaker's own
// experience, and what they would bring.
export const SPECIFIC_REASON = phrasesOf([
  'your product', 'your team', 'your company', 'your mission', 'your customers', 'your users', 'your platform',
  'your stack', 'you are', "you're", 'this role', 'the role', 'this team', 'this job', 'this position', 'here',
  'because', 'reason*', 'what draws me', 'what excites me', 'i care about', 'i want to', "i'd like to", 'i would like to',
]);

export const OWN_EXPERIENCE = phrasesOf([
  'i built', "i've built", 'i spent', "i've spent", 'i worked', "i've worked", 'i did', "i've done", 'i led', "i've led",
  'my last', 'my current', 'my previous', 'at my', 'in my', 'for the last', 'for the past', 'years of', 'i used',
  "i've used", 'i ran', 'i own', 'i studied', 'i have been', "i've been",
]);

export const WHAT_I_BRING = phrasesOf([
  'i can bring', "i'd bring", 'i would bring', 'i bring', 'bring', 'i can help', "i'd be useful", 'useful from day one',
  'from day one', 'i can contribute', "i'd contribute", 'i can', "i'd", 'i would', 'skip', 'help you', 'help the team',
]);

// A pitch ("tell me about yourself"): where you are now, how you got here, and where you are heading.
export const PITCH_PRESENT = phrasesOf([
  'right now', 'currently', "i'm a", 'i am a', "i'm an", 'i am an', 'today i', 'these days', 'at the moment', 'i work',
  "i'm working", 'i lead', 'i run', 'i own',
]);

export const PITCH_PAST = phrasesOf([
  'before that', 'i started', 'i studied', 'my first job', 'previously', 'i spent', 'i was', 'i used to', 'years ago',
  'i began', 'i got into', 'i joined', 'for the last', 'for the past', "i've been", 'i have been',
]);

export const PITCH_FUTURE = phrasesOf([
  'next', "i'm looking", 'i am looking', 'i want', "i'd like", 'i would like', 'looking for', 'in the future', 'my goal',
  'i hope', 'i plan', 'now i want', 'going forward', 'ideally',
]);
