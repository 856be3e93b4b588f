import { HttpError } from "./http-error";

/** Seconds a client should wait when the gate and its queue are full. */
export const COSTLY_RETRY_AFTER_SECONDS = 2;

/**
 * A cap on costly requests (GraphQL operations and counts estimated at many nodes or buckets) running at once, with
 * a bounded queue in front of it. Each such request spends tens of milliseconds of the event loop building and
 * serializing its answer; sixteen of them at once take turns with everything else, /healthz included, and every
 * request waits for the sum of their turns. With at most a few running, the rest wait their turn here instead, and
 * cheap requests pass by. One more than the queue holds is refused at once with 503 and Retry-After.
 */
export class WorkGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxQueue: number,
  ) {}

  /**
   * Waits for a place and returns the function that gives it back (call it once, when the answer has been handed
   * to the client's connection; extra calls do nothing). Throws a 503 HttpError when the queue is full.
   */
  async enter(): Promise<() => void> {
    if (this.running >= this.capacity) {
      if (this.waiting.length >= this.maxQueue) {
        throw new HttpError(
          503,
          "SERVICE_UNAVAILABLE",
          `The server is busy: ${this.capacity} costly requests are running and ${this.maxQueue} more are waiting, its limit. Try again in ${COSTLY_RETRY_AFTER_SECONDS} seconds, or ask for less (smaller pages, fewer nested lists, fewer count buckets).`,
          { "Retry-After": String(COSTLY_RETRY_AFTER_SECONDS) },
        );
      }
      // The place is handed over by the request leaving it: running stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  get inUse(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
