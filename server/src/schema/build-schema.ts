import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AccountResolver } from "../modules/accounts/account.resolver";
import { authChecker } from "../modules/accounts/permissions";
import { AgencyResolver } from "../modules/agencies/agency.resolver";
import { ChangesetResolver } from "../modules/changesets/changeset.resolver";
import { RevisionResolver } from "../modules/revisions/revision.resolver";
import { CorrectionResolver } from "../modules/corrections/correction.resolver";
import { BatchResolver } from "../modules/batches/batch.resolver";
import { EventResolver } from "../modules/batches/event.resolver";
import { CountBucketResolver } from "../modules/counts/count-bucket.resolver";
import { CountsResolver } from "../modules/counts/counts.resolver";
import { CourtCaseResolver } from "../modules/court-cases/court-case.resolver";
import { DatasetResolver } from "../modules/dataset/dataset.resolver";
import { JurisdictionResolver } from "../modules/jurisdictions/jurisdiction.resolver";
import { PolicyResolver } from "../modules/policies/policy.resolver";
import { RateLimitResolver } from "../modules/rate-limit/rate-limit.resolver";
import {
  CourtCaseEventsResolver,
  RecordsResolver,
  SourceCitationResolver,
  SourceCitedByResolver,
} from "../modules/records/records.resolver";
import { SearchResolver } from "../modules/search/search.resolver";
import { SourceResolver } from "../modules/sources/source.resolver";
import { WITHDRAWN_RESOLVERS } from "../modules/withdrawals/withdrawal.resolver";

/** Every resolver of the public API. */
export const RESOLVERS = [
  CountsResolver,
  CountBucketResolver,
  BatchResolver,
  EventResolver,
  JurisdictionResolver,
  AgencyResolver,
  PolicyResolver,
  CourtCaseResolver,
  SourceResolver,
  DatasetResolver,
  RateLimitResolver,
  AccountResolver,
  ChangesetResolver,
  RevisionResolver,
  CorrectionResolver,
  RecordsResolver,
  SourceCitedByResolver,
  SourceCitationResolver,
  CourtCaseEventsResolver,
  SearchResolver,
  ...WITHDRAWN_RESOLVERS,
] as const;

const QUERY_DESCRIPTION = `The public record of ICE administrative subpoenas served on sanctuary jurisdictions: every batch with its sources, events and derived outcome, and counts grouped as you need them.

Read-only and public. Dates are partial (YYYY, YYYY-MM or YYYY-MM-DD) and never padded; counts can be unknown and are never counted as zero; outcomes are derived from sourced events. The same data is available as CSV and JSON under /api/v1/ (see docs/api.md).`;

const MUTATION_DESCRIPTION = `The editorial side: signing in, drafting changes in changesets, review and publication (docs/editorial.md).

Staff only, apart from signIn and reportError. Send a session cookie with the "apollo-require-preflight: true" header, or an API token as "Authorization: Bearer <token>". Refusals come back as UNAUTHENTICATED (HTTP 401), FORBIDDEN (403) or RATE_LIMITED (429); bad input as BAD_USER_INPUT with extensions.problems [{ path, message }]; an edit against a stale version as CONFLICT with the current values.`;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: true, authChecker });
  // TypeGraphQL has no option for the root type's description; it is a plain property of the built type.
  const query = schema.getQueryType();
  if (query) query.description = QUERY_DESCRIPTION;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = MUTATION_DESCRIPTION;
  return schema;
}
