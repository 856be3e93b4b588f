/**
 * Whether an error means "the database cannot answer right now" (down, restarting, unreachable, out of connections,
 * or a statement stopped by statement_timeout or lock_timeout) rather than a bug: such errors answer 503 with
 * Retry-After, and the pool reconnects by itself once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || code.startsWith("08") || SQLSTATES.has(code))) {
      return true;
    }
    if (typeof message === "string" && MESSAGES.some((m) => message.includes(m))) return true;
    e =
      (e as { originalError?: unknown; cause?: unknown; driverError?: unknown }).originalError ??
      (e as { driverError?: unknown }).driverError ??
      (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, query_canceled (statement_timeout),
// lock_not_available (lock_timeout), idle_in_transaction_session_timeout.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014", "55P03", "25P03"]);
const MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Connection is not established",
  "the database system is",
];
