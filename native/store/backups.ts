// Copies of the database in `<data>/backups/`: one before each migration and one a day, keeping the
// newest three. A failed backup (a full disk) never stops the app: the caller gets the reason to log.

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { classifyOpenError } from './open-errors';

export const KEPT_BACKUPS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^voicedrill-(\d{8}T\d{6}\d{3}Z)-[a-z0-9-]+\.sqlite$/;

/** A sortable UTC stamp, safe in file names on every platform. */
export function fileStamp(time: Date): string {
  return time.toISOString().replace(/[-:.]/g, '');
}

function stampTime(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!) : Number.NaN;
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): { file: string; time: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((entry) => entry.match !== null)
    .map((entry) => ({ file: path.join(dir, entry.name), time: stampTime(entry.match![1]!) }))
    .sort((a, b) => b.time - a.time || b.file.localeCompare(a.file));
}

function prune(dir: string): void {
  for (const old of listBackups(dir).slice(KEPT_BACKUPS)) rmSync(old.file, { force: true });
}

function target(dir: string, reason: string, now: Date): string {
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `voicedrill-${fileStamp(now)}-${reason}.sqlite`);
}

export function databaseBytes(db: Database.Database): number {
  return Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
}

function failure(error: unknown, file: string, bytes: number): AppError {
  rmSync(file, { force: true });
  return classifyOpenError(error, { file, bytesNeeded: bytes });
}

/**
 * The copy taken before a migration. Opening is synchronous, so this uses VACUUM INTO (a consistent
 * snapshot written by SQLite itself) rather than the asynchronous online backup.
 */
export function backupBeforeMigration(db: Database.Database, dir: string, toVersion: number, now = new Date()): string {
  const file = target(dir, `before-v${toVersion}`, now);
  try {
    db.prepare('VACUUM INTO ?').run(file);
  } catch (error) {
    throw failure(error, file, databaseBytes(db));
  }
  prune(dir);
  return file;
}

export type DailyBackup = { made: string } | { made: null; error?: AppError };

/** Makes today's backup with SQLite's online backup API unless one is under a day old. Never throws. */
export async function dailyBackup(db: Database.Database, dir: string, now = new Date()): Promise<DailyBackup> {
  const newest = listBackups(dir)[0];
  if (newest !== undefined && now.getTime() - newest.time < DAY_MS) return { made: null };
  let file = '';
  try {
    file = target(dir, 'daily', now);
    await db.backup(file);
    prune(dir);
    return { made: file };
  } catch (error) {
    return { made: null, error: failure(error, file || dir, databaseBytes(db)) };
  }
}
