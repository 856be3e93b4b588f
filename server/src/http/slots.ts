import { HttpError } from "./http-error";

/**
 * A fixed number of places for costly work (downloads being streamed, images being rendered): taking one when all
 * are in use is refused at once with 503 and Retry-After, rather than queueing without bound.
 */
export class Slots {
  private used = 0;

  constructor(
    private readonly capacity: number,
    private readonly what: string,
    private readonly retryAfterSeconds = 5,
  ) {}

  /** Takes a place or throws; call the returned function exactly once when done. */
  take(): () => void {
    if (this.used >= this.capacity) {
      throw new HttpError(
        503,
        "SERVICE_UNAVAILABLE",
        `The server is busy with ${this.capacity} ${this.what} at once, its limit. Try again in ${this.retryAfterSeconds} seconds.`,
        { "Retry-After": String(this.retryAfterSeconds) },
      );
    }
    this.used += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= 1;
    };
  }

  get inUse(): number {
    return this.used;
  }
}
