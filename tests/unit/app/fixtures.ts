// Shared fixtures for the app services: a store in memory, its settings, and an event recorder that
// checks each event against the contract.
import type { TestContext } from 'node:test';
import { EVENTS, type EventName, type Events } from '../../../common/contract';
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
  // Every event a service sends must match the contract's schema for it.
  const emit: Emit = (name, payload) => void events.push({ name, payload: EVENTS[name].parse(payload) as Events[EventName] });
  return { emit, events };
}
