import type { NextFunction, Request, RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { refusal } from "../modules/accounts/permissions";
import { applyDraftForPreview } from "../modules/changesets/changeset.service";

export const PREVIEW_HEADER = "x-preview-changeset";

/**
 * Preview: `X-Preview-Changeset: <id>` on /graphql shows every read (dashboard numbers, records, charts' data) as it
 * will be once that draft is published. The draft is applied through the write path inside a transaction that
 * this request alone sees and that is rolled back when the answer has been sent, so nothing of it is ever committed,
 * cached or shown to anyone else. Only staff who may read drafts get it; the answer is private, no-store.
 */
export function preview(dataSource: DataSource): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const raw = req.headers[PREVIEW_HEADER];
    if (raw === undefined) return next();
    const fail = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => {
      res.setHeader("Cache-Control", "private, no-store");
      res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
    };
    const refused = refusal(res.locals.viewer ?? null, "read");
    if (refused) {
      const status = (refused.extensions.http as { status: number }).status;
      return fail(status, String(refused.extensions.code), `Previews are for staff. ${refused.message}`);
    }
    const id = Number(raw);
    if (typeof raw !== "string" || !Number.isSafeInteger(id) || id < 1) {
      return fail(400, "BAD_USER_INPUT", `${PREVIEW_HEADER} must be a changeset id, got "${String(raw)}"`);
    }
    const runner = dataSource.createQueryRunner();
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      try {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
    };
    res.on("close", () => void release());
    try {
      await runner.connect();
      await runner.startTransaction();
      await applyDraftForPreview(runner.manager, id);
    } catch (error) {
      await release();
      if (error instanceof GraphQLError) {
        const status = error.extensions.code === "NOT_FOUND" ? 404 : error.extensions.code === "CONFLICT" ? 409 : 400;
        const { http: _http, ...extensions } = error.extensions;
        return fail(
          status,
          String(error.extensions.code),
          `Cannot preview changeset ${id}: ${error.message}`,
          extensions,
        );
      }
      return next(error);
    }
    res.locals.previewDataSource = previewDataSource(dataSource, runner);
    next();
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
