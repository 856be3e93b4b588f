import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Structured logs: one JSON object per line on stdout, for a log collector to parse. A line written while a request
 * is being handled carries that request's id (the same id the client got in X-Request-Id and in every error answer),
 * so a report "request 4f1c…" leads straight to every line about it.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  /** An error of ours: logged with its stack. Client mistakes are never logged this way (see request-log.ts). */
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void;
}

export type LogLevel = "silent" | "info" | "debug";

/** What the log knows about the request being handled: its id, and the error it was answered with, if any. */
export interface RequestLogState {
  requestId: string;
  error?: { code: string; message: string };
}

const requests = new AsyncLocalStorage<RequestLogState>();

/** Runs `fn` (and everything it starts) as part of the request `state` describes. */
export function withRequestLog<T>(state: RequestLogState, fn: () => T): T {
  return requests.run(state, fn);
}

export function currentRequest(): RequestLogState | undefined {
  return requests.getStore();
}

/** Notes the error a request is answered with, for its one log line (code and message only, never a stack). */
export function noteRequestError(code: string, message: string): void {
  const state = requests.getStore();
  if (state && !state.error) state.error = { code, message };
}

export function createLogger(level: LogLevel, write: (line: string) => void = writeStdout): Logger {
  const line = (severity: string, message: string, fields?: Record<string, unknown>) => {
    const request = requests.getStore();
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level: severity,
        ...(request ? { requestId: request.requestId } : {}),
        msg: message,
        ...fields,
      }),
    );
  };
  const on = level !== "silent";
  return {
    info: (m, f) => on && line("info", m, f),
    warn: (m, f) => on && line("warn", m, f),
    debug: (m, f) => level === "debug" && line("debug", m, f),
    error: (m, e, f) => on && line("error", m, { ...f, ...(e === undefined ? {} : { error: describeError(e) }) }),
  };
}

function writeStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}

function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === "string" ? { code } : {}),
      stack: error.stack,
    };
  }
  return { message: String(error) };
}
