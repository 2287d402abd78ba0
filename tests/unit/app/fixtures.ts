// Shared fixtures for the app services: a store in memory, its settings, and an event recorder.
import type { TestContext } from 'node:test';
import type { EventName, Events } from '../../../common/contract';
import type { Emit } from '../../../native/app/events';
import { SettingsService } from '../../../native/app/settings';
import { openStore, type Store } from '../../../native/store';

export interface Recorded {
  name: EventName;
  payload: Events[EventName];
}

export function memoryStore(t: TestContext): { store: Store; settings: SettingsService; questionId: number } {
  const store = openStore(':memory:');
  t.after(() => store.close());
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a hard trade-off.' });
  return { store, settings: new SettingsService(store), questionId };
}

export function eventRecorder(): { emit: Emit; events: Recorded[] } {
  const events: Recorded[] = [];
  const emit: Emit = (name, payload) => void events.push({ name, payload });
  return { emit, events };
}
