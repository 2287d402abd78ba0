// Reading the shipped starter questions (resources/questions.json). The file is checked in full
// before anything is seeded, so a bad edit fails loudly instead of half-filling the library.

import { readFileSync } from 'node:fs';
import { QUESTION_KINDS, type StarterQuestion } from '../../common/library';
import { requireOneOf, requireText } from './validate';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new Error(`${what} must be an object`);
  }
  return value;
}

function requireSlug(value: unknown, what: string, seen: Set<string>): string {
  if (typeof value !== 'string' || !SLUG.test(value)) {
    throw new Error(`${what} slug must be lowercase words joined by '-', got ${JSON.stringify(value)}`);
  }
  if (seen.has(value)) {
    throw new Error(`${what} slug '${value}' is used twice`);
  }
  seen.add(value);
  return value;
}

function parseFollowUps(value: unknown, what: string, seen: Set<string>): StarterQuestion['followUps'] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new Error(`${what} followUps must be a list`);
  }
  return value.map((entry: unknown, index) => {
    const followUp = requireRecord(entry, `${what} follow-up ${index}`);
    const slug = requireSlug(followUp.slug, `${what} follow-up ${index}`, seen);
    return { slug, text: requireText(followUp.text, `follow-up '${slug}' text`) };
  });
}

/** Checks parsed JSON against the starter format; slugs must be unique across the whole list. */
export function parseStarterQuestions(json: unknown): StarterQuestion[] {
  if (!Array.isArray(json)) {
    throw new Error('starter questions must be a JSON list');
  }
  const seen = new Set<string>();
  return json.map((entry: unknown, index) => {
    const item = requireRecord(entry, `starter question ${index}`);
    const slug = requireSlug(item.slug, `starter question ${index}`, seen);
    return {
      slug,
      kind: requireOneOf(item.kind, QUESTION_KINDS, `starter question '${slug}' kind`),
      text: requireText(item.text, `starter question '${slug}' text`),
      followUps: parseFollowUps(item.followUps, `starter question '${slug}'`, seen),
    };
  });
}

export function readStarterQuestions(file: string): StarterQuestion[] {
  try {
    return parseStarterQuestions(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`cannot read starter questions from ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
