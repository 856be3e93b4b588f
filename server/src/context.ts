import { randomUUID } from "node:crypto";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { RateLimitState } from "./http/rate-limit/rate-limiter";
import type { ApiLimits, EditorialConfig } from "./config";
import type { Viewer } from "./modules/accounts/auth.service";
import { createAgencyLoaders } from "./modules/agencies/agency.loaders";
import { createBatchLoaders } from "./modules/batches/batch.loaders";
import { createChangesetLoaders } from "./modules/changesets/changeset.loaders";
import { createCourtCaseLoaders } from "./modules/court-cases/court-case.loaders";
import { createJurisdictionLoaders } from "./modules/jurisdictions/jurisdiction.loaders";
import { createPolicyLoaders } from "./modules/policies/policy.loaders";
import { createSourceLoaders } from "./modules/sources/source.loaders";
import { createWithdrawalLoaders } from "./modules/withdrawals/withdrawal.loaders";
import type { PendingAnswer } from "./http/graphql-answer-cache";
import type { PreviewRequest } from "./http/preview";
import type { RawJsonParts } from "./http/raw-json";
import type { BatchProjections } from "./modules/batches/batch-json.sql";
import type { CostEstimate } from "./schema/cost/query-cost";

/** Every per-request DataLoader, made in one place so that their caches never outlive the request. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createJurisdictionLoaders(dataSource),
    ...createAgencyLoaders(dataSource),
    ...createBatchLoaders(dataSource),
    ...createCourtCaseLoaders(dataSource),
    ...createPolicyLoaders(dataSource),
    ...createSourceLoaders(dataSource),
    ...createWithdrawalLoaders(dataSource),
    ...createChangesetLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives. Loaders are made per request so their caches never outlive it. */
export interface RequestContext {
  dataSource: DataSource;
  requestId: string;
  loaders: Loaders;
  limits: ApiLimits;
  /** Set on GraphQL GET requests: the ETag a successful answer carries. */
  httpCache?: { etag: string; version: number };
  /** The operation's estimated cost (set by the cost plugin before it runs). */
  cost?: CostEstimate;
  /** The client's rate limit as of the last charge; absent when no limit applies. */
  rateLimit?: RateLimitState;
  /** Charges points against the client's rate limit; throws RATE_LIMITED (429) once over. */
  charge?: (points: number) => Promise<void>;
  /** The signed-in staff member or token holder; null for the public. */
  viewer: Viewer | null;
  /** What the editorial operations need of the HTTP exchange (sign-in cookies, the caller's address). */
  http?: HttpExchange;
  editorial?: EditorialConfig;
  /**
   * Set by http/batch-page-plugin.ts while it runs a page of batches through its own schema: the batches resolver
   * then builds every batch as JSON in its one statement (batch-json.sql.ts), read against this, the full schema.
   */
  batchNodesAsJson?: { schema: GraphQLSchema; raw: RawJsonParts; projections: BatchProjections };
  /** JSON text sent in the answer as it is (http/raw-json.ts): the batches of such a page. */
  rawJson?: RawJsonParts;
  /** A public read whose answer may be kept whole (http/graphql-answer-cache.ts), with the version it read. */
  answerCache?: PendingAnswer;
  /** A staff preview of a draft (http/preview.ts): the plugin swaps dataSource and loaders once it is applied. */
  preview?: PreviewRequest;
}

export interface HttpExchange {
  /** The client's address (behind TRUST_PROXY, the one the proxy reports). */
  address: string;
  userAgent: string | null;
  setSessionCookie(secret: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

export function createRequestContext(
  dataSource: DataSource,
  limits: ApiLimits,
  extras: Partial<Pick<RequestContext, "viewer" | "http" | "editorial" | "httpCache">> = {},
): RequestContext {
  return { dataSource, requestId: randomUUID(), loaders: createLoaders(dataSource), limits, viewer: null, ...extras };
}
