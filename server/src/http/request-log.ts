import { performance } from "node:perf_hooks";
import type { NextFunction, Request, Response } from "express";
import { currentRequest, withRequestLog, type Logger } from "../logger";

/** Probes from a load balancer, every few seconds: logged only at debug level when they succeed. */
const PROBES = new Set(["/healthz", "/readyz"]);

/**
 * One log line per request, written when its answer is finished (or the client went away): method, path, status,
 * time taken, and for an error answer its code and message. A client's mistake is this one line, with no stack trace;
 * only an error of ours (500) also has a line of its own with the stack (api-errors.ts, graphql.ts).
 */
export function logRequests(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const state = currentRequest();
    const path = req.path;
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const status = res.statusCode;
      const fields = {
        method: req.method,
        path,
        status,
        ms: Math.round(performance.now() - started),
        ...(res.writableFinished ? {} : { aborted: true }),
        ...(state?.error ? { error: state.error } : {}),
      };
      const write = () => {
        if (status >= 500) logger.error("request", undefined, fields);
        // A GraphQL answer can be a 200 that carries errors (a resolver refused an argument): still the client's.
        else if (status >= 400 || state?.error) logger.warn("request", fields);
        else if (PROBES.has(path)) logger.debug("request", fields);
        else logger.info("request", fields);
      };
      if (state) withRequestLog(state, write);
      else write();
    };
    res.once("finish", log);
    res.once("close", log);
    next();
  };
}
