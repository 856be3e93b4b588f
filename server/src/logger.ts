/** A small logger: one line per message, to stderr, respecting LOG_LEVEL. */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(level: "silent" | "info" | "debug"): Logger {
  const at = (min: "info" | "debug") => level === "debug" || (level === "info" && min === "info");
  return {
    info: (m) => at("info") && console.error(`[subpoena-tracker] ${m}`),
    debug: (m) => at("debug") && console.error(`[subpoena-tracker] ${m}`),
    error: (m, e) => level !== "silent" && console.error(`[subpoena-tracker] ${m}`, e ?? ""),
  };
}
