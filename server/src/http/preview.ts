import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { createLoaders, type RequestContext } from "../context";
import { viewerOf } from "./auth";
import { HttpError } from "./http-error";
import { refusal } from "../modules/accounts/permissions";
import { applyDraftForPreview } from "../modules/changesets/changeset.service";

export const PREVIEW_HEADER = "x-preview-changeset";

/** What the preview middleware leaves for the GraphQL context: the draft to apply, once the operation runs. */
export interface PreviewRequest {
  changesetId: number;
  /** Set while the preview's transaction is open: rolls it back and gives the connection back (idempotent). */
  release?: () => Promise<void>;
}

/**
 * Preview: `X-Preview-Changeset: <id>` on /graphql shows every read (dashboard numbers, records, charts' data) as it
 * will be once that draft is published. The draft is applied through the write path inside a transaction that
 * this request alone sees and that is rolled back, so nothing of it is ever committed, cached or shown to anyone
 * else. Only staff who may read drafts get it; the answer is private, no-store.
 *
 * This middleware only checks who asks and for what; it touches no database. The transaction is opened by
 * previewPlugin just before the operation executes and closed as soon as it has, because on the embedded database
 * (PGlite: one session behind a socket) an open transaction makes every other connection wait: opened here, it
 * would stall every reader while a slow client sent its body, and the rate limit's charge on another connection
 * would wait for it for ever.
 */
export function preview(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const raw = req.headers[PREVIEW_HEADER];
    if (raw === undefined) return next();
    const refused = refusal(res.locals.viewer ?? null, "read");
    if (refused) {
      const status = (refused.extensions.http as { status: number }).status;
      return fail(res, status, String(refused.extensions.code), `Previews are for staff. ${refused.message}`);
    }
    const id = Number(raw);
    if (typeof raw !== "string" || !Number.isSafeInteger(id) || id < 1) {
      return fail(res, 400, "BAD_USER_INPUT", `${PREVIEW_HEADER} must be a changeset id, got "${String(raw)}"`);
    }
    const request: PreviewRequest = { changesetId: id };
    res.locals.preview = request;
    // A safety net: whatever happens to the exchange, the transaction never outlives it.
    res.on("close", () => void request.release?.());
    next();
  };
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.setHeader("Cache-Control", "private, no-store");
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Opens the preview's transaction when the operation is about to execute (after parsing, validation, the cost
 * estimate and its charge), applies the draft, and points the request's data source and loaders at it; rolls it
 * back in willSendResponse, before a byte of the answer is written. A draft that cannot be applied (unknown
 * changeset, a conflict, invalid changes) is answered with the matching status instead of running the operation.
 */
export function previewPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const request = contextValue.preview;
      if (!request) return;
      return {
        async responseForOperation({ contextValue: context }) {
          const runner = dataSource.createQueryRunner();
          let released = false;
          request.release = async () => {
            if (released) return;
            released = true;
            try {
              if (runner.isTransactionActive) await runner.rollbackTransaction();
            } finally {
              await runner.release();
            }
          };
          try {
            await runner.connect();
            await runner.startTransaction();
            await applyDraftForPreview(runner.manager, request.changesetId);
          } catch (error) {
            await request.release();
            if (!(error instanceof GraphQLError)) throw error;
            const code = String(error.extensions.code);
            const { http: _http, ...extensions } = error.extensions;
            const headers = new HeaderMap([["cache-control", "private, no-store"]]);
            return {
              http: { status: code === "NOT_FOUND" ? 404 : code === "CONFLICT" ? 409 : 400, headers },
              body: {
                kind: "single",
                singleResult: {
                  errors: [
                    {
                      message: `Cannot preview changeset ${request.changesetId}: ${error.message}`,
                      extensions: { ...extensions, code },
                    },
                  ],
                },
              },
            };
          }
          const previewSource = previewDataSource(dataSource, runner);
          context.dataSource = previewSource;
          context.loaders = createLoaders(previewSource);
          return null;
        },
        async willSendResponse() {
          await request.release?.();
        },
      };
    },
  };
}

/** The DataSource as the services use it, but reading and writing through the preview's transaction. */
function previewDataSource(dataSource: DataSource, runner: QueryRunner): DataSource {
  const manager: EntityManager = runner.manager;
  return new Proxy(dataSource, {
    get(target, property, receiver) {
      switch (property) {
        case "query":
          return (sql: string, parameters?: unknown[]) => runner.query(sql, parameters);
        case "manager":
          return manager;
        case "getRepository":
          return manager.getRepository.bind(manager);
        case "transaction":
          // Already inside the preview's transaction: run the work in it (isolation levels cannot change now).
          return (first: unknown, second?: unknown) =>
            (typeof first === "function" ? first : (second as (m: EntityManager) => unknown))(manager);
        default:
          return Reflect.get(target, property, receiver) as unknown;
      }
    },
  });
}

/** The CSV/JSON twins that answer a preview: every file of /api/v1 that reads the data, not the data package. */
const PREVIEWABLE_TWINS = /^\/(counts|batches|sources|court-cases|agencies)\.(csv|json)$/;

/**
 * The same preview on the CSV/JSON twins under /api/v1: with `X-Preview-Changeset` and the credentials of staff who
 * may read drafts (an API token, or the session cookie with `apollo-require-preflight` as on /graphql), the file is
 * answered with the draft applied, `Cache-Control: private, no-store`, no ETag; anyone else asking for a preview is
 * refused (401/403), never answered with the draft. The data package is never previewed: a draft never reaches an
 * export. The draft's transaction is rolled back before the end of the answer is sent; files built in memory
 * (counts, records) are not sent at all until it is, and the batches download is written to a temporary file inside
 * the transaction and sent from there once it is rolled back (api-v1.ts): no transaction or connection waits on a
 * client that reads slowly.
 */
export function restPreview(dataSource: DataSource): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const raw = req.headers[PREVIEW_HEADER];
    if (!PREVIEWABLE_TWINS.test(req.path)) return next();
    // The same address answers differently with the header: a shared cache must not mix the two.
    res.vary("X-Preview-Changeset");
    if (raw === undefined) return next();
    res.setHeader("Cache-Control", "private, no-store");
    let runner: QueryRunner | null = null;
    try {
      let viewer;
      try {
        viewer = await viewerOf(dataSource, req, res);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw new HttpError(
          (error.extensions.http as { status?: number } | undefined)?.status ?? 401,
          String(error.extensions.code),
          error.message,
        );
      }
      const refused = refusal(viewer, "read");
      if (refused) {
        const status = (refused.extensions.http as { status: number }).status;
        throw new HttpError(status, String(refused.extensions.code), `Previews are for staff. ${refused.message}`);
      }
      const id = Number(raw);
      if (typeof raw !== "string" || !Number.isSafeInteger(id) || id < 1) {
        throw new HttpError(400, "BAD_USER_INPUT", `${PREVIEW_HEADER} must be a changeset id, got "${String(raw)}"`);
      }
      runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await applyDraftForPreview(runner.manager, id);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const code = String(error.extensions.code);
        const status = code === "NOT_FOUND" ? 404 : code === "CONFLICT" ? 409 : 400;
        throw new HttpError(status, code, `Cannot preview changeset ${id}: ${error.message}`);
      }
    } catch (error) {
      if (runner) await rollBack(runner);
      return next(error);
    }
    const held = runner;
    let released: Promise<void> | null = null;
    const release = () => (released ??= rollBack(held));
    res.locals.previewRelease = release;
    res.on("close", () => void release());
    // Hold the end of the answer (for a file built in memory, all of it) until the transaction is rolled back.
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      void release().finally(() => end(...args));
      return res;
    }) as Response["end"];
    res.locals.previewDataSource = previewDataSource(dataSource, held);
    next();
  };
}

async function rollBack(runner: QueryRunner): Promise<void> {
  try {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
  } finally {
    await runner.release();
  }
}

/**
 * For a twin that streams (the batches download): rolls the preview's transaction back and gives its connection
 * back now, before the file is sent, so that nothing is held while the client reads. Null when the request is no
 * preview.
 */
export function previewRelease(res: Response): (() => Promise<void>) | null {
  return (res.locals.previewRelease as (() => Promise<void>) | undefined) ?? null;
}

/** The data source a twin reads: the preview's, when the request previews a draft. */
export function dataSourceFor(res: Response, dataSource: DataSource): DataSource {
  return (res.locals.previewDataSource as DataSource | undefined) ?? dataSource;
}
