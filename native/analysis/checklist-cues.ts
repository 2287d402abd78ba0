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
