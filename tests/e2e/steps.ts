// Steps the end-to-end tests share. Every wait is on a state of the page (polled by Playwright in the page)
// or of the store, never on a sleep: the bounds are generous ceilings for a loaded 2-core machine.
import type { Page } from 'playwright-core';
import type { App } from '../../native/app/compose';

/** Upper bound for anything the UI does by itself; transcription has its own. */
export const UI_BOUND_MS = 60_000;
export const PIPELINE_BOUND_MS = 240_000;

interface PageDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/**
 * Waits until the number in `data-<attribute>` of the first element with this test id reaches `min`.
 * A function, not a string: the app's CSP forbids eval in the page.
 */
export async function untilAtLeast(
  page: Page,
  testId: string,
  attribute: string,
  min: number,
  timeout = UI_BOUND_MS,
): Promise<void> {
  await page.waitForFunction(
    ([id, name, least]) => {
      const element = (globalThis as unknown as { document: PageDocument }).document.querySelector(`[data-testid="${id}"]`);
      return Number(element?.getAttribute(`data-${name}`)) >= Number(least);
    },
    [testId, attribute, String(min)] as const,
    { timeout, polling: 'raf' },
  );
}

/** A numeric data attribute of the first element with this test id, as the page shows it now. */
export async function dataNumber(page: Page, testId: string, attribute: string): Promise<number> {
  const value = await page.getByTestId(testId).first().getAttribute(`data-${attribute}`);
  if (value === null) throw new Error(`${testId} has no data-${attribute}`);
  return Number(value);
}

/** The level meter moving proves the fake microphone reaches the audio graph. */
export async function micIsLive(page: Page): Promise<void> {
  await untilAtLeast(page, 'level-meter', 'level', 0.011);
}

/** Focus on nothing in particular, as after clicking empty space: Space is then the recorder's. */
export async function focusNothing(page: Page): Promise<void> {
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
}

export async function recorderState(page: Page, state: 'idle' | 'starting' | 'recording' | 'stopping'): Promise<void> {
  await page.locator(`[data-testid="record-button"][data-state="${state}"]`).waitFor({ timeout: UI_BOUND_MS });
}

/** Waits until the recording timer (counted from captured samples) reaches `seconds`. */
export async function recordedAtLeast(page: Page, seconds: number): Promise<void> {
  await untilAtLeast(page, 'recording-timer', 'elapsed', seconds);
}

/** Records with Space for at least `seconds` of captured audio; returns the length the timer shows at the end. */
export async function recordWithSpace(page: Page, seconds: number): Promise<number> {
  await micIsLive(page);
  await focusNothing(page);
  await page.keyboard.press('Space');
  await recorderState(page, 'recording');
  await recordedAtLeast(page, seconds);
  await page.keyboard.press('Space');
  await recorderState(page, 'idle');
  return dataNumber(page, 'recording-timer', 'elapsed');
}

/** The test id of the focused element and its data-index, if any. */
export async function focused(page: Page): Promise<{ testId: string | null; index: string | null }> {
  const json = await page.evaluate(
    `JSON.stringify({ testId: document.activeElement?.getAttribute('data-testid') ?? null, index: document.activeElement?.getAttribute('data-index') ?? null })`,
  );
  return JSON.parse(String(json)) as { testId: string | null; index: string | null };
}

/** Waits until the store holds exactly `count` attempts for the question. */
export async function attemptsStored(page: Page, core: App, questionId: number, count: number): Promise<void> {
  // The store is in this process: poll it between page round-trips, bounded like the UI waits.
  const deadline = Date.now() + UI_BOUND_MS;
  while (core.library.listAttempts(questionId).length !== count) {
    if (Date.now() > deadline)
      throw new Error(`expected ${count} attempts, found ${core.library.listAttempts(questionId).length}`);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
  }
}
