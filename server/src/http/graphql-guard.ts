import type { NextFunction, Request, Response } from "express";
import type { ApiLimits } from "../config";
import { checkDocument, MAX_FIELD_REPEATS } from "../schema/document-limits";
import { noteRequestError } from "../logger";
import { requestIdOf } from "./request-id";

/**
 * Refuses GraphQL documents that would be costly to validate (see document-limits.ts) before Apollo parses and
 * validates them. Answered like any request error: 400 to clients that accept application/graphql-response+json,
 * 200 with the error to legacy application/json clients, as the GraphQL-over-HTTP spec asks.
 */
export function graphqlDocumentGuard(limits: ApiLimits) {
  const documentLimits = {
    maxTokens: limits.maxTokens,
    maxDirectives: limits.maxDirectives,
    maxFieldRepeats: MAX_FIELD_REPEATS,
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    const query: unknown =
      req.method === "POST" ? (req.body as { query?: unknown } | undefined)?.query : req.query.query;
    if (typeof query !== "string") return next();
    const problem = checkDocument(query, documentLimits);
    if (!problem) return next();
    noteRequestError("GRAPHQL_VALIDATION_FAILED", problem);
    const modern = (req.get("accept") ?? "").includes("application/graphql-response+json");
    res.setHeader("Cache-Control", "no-store");
    res
      .status(modern ? 400 : 200)
      .type(modern ? "application/graphql-response+json" : "application/json")
      .send(
        JSON.stringify({
          errors: [
            { message: problem, extensions: { code: "GRAPHQL_VALIDATION_FAILED", requestId: requestIdOf(res) } },
          ],
        }),
      );
  };
}
