import type { EventName, Events } from '../../common/contract';

/** Sends one event of the contract to the renderer (or to a test's recorder). */
export type Emit = <E extends EventName>(name: E, payload: Events[E]) => void;
