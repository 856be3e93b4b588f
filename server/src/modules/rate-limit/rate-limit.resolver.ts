import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { RateLimit } from "./rate-limit.types";

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, {
    description:
      "This client's rate limit after this request, and what the request cost, as GitHub's API reports it: ask for it alongside a query to see what the query costs.",
  })
  rateLimit(@Ctx() ctx: RequestContext): RateLimit {
    const state = ctx.rateLimit;
    return {
      cost: ctx.cost?.cost ?? 1,
      limit: state?.limit ?? null,
      remaining: state?.remaining ?? null,
      resetAt: (state?.resetAt ?? new Date()).toISOString(),
      nodeLimit: ctx.limits.maxNodes,
    };
  }
}
