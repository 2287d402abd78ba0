// Runs jobs one after another: transcription takes every core, so two at once would only slow both down.
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Queues the job; the returned promise settles with it, and a failing job does not stop the queue. */
  run(job: () => Promise<void>): Promise<void> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }

  idle(): Promise<void> {
    return this.tail;
  }
}
