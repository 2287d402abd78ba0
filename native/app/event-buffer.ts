// Events sent before any window listens (recovery notices at launch) are kept and delivered once the
// renderer says it has subscribed; after that, events pass straight through.
import type { EventName, Events } from '../../common/contract';
import type { Emit } from './events';

/** A bound on what is kept while nobody listens: the newest events are the ones that matter. */
const MAX_HELD = 500;

export class EventBuffer {
  private held: [EventName, Events[EventName]][] | null = [];

  constructor(private readonly deliver: Emit) {}

  readonly emit: Emit = (name, payload) => {
    if (this.held === null) {
      this.deliver(name, payload);
      return;
    }
    this.held.push([name, payload]);
    if (this.held.length > MAX_HELD) this.held.shift();
  };

  /** The renderer listens: everything held is delivered in order, and later events go straight through. */
  ready(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const [name, payload] of held) this.deliver(name, payload);
  }
}
