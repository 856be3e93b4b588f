/**
 * An HTTP-level refusal raised before any resolver or service runs (a bad header, a NUL byte, a full queue). The
 * error handler answers it in the client's format with this status, code and message; `headers` add e.g.
 * Retry-After or Allow.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}
