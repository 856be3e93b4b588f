import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "The client's rate limit: points per window, what this request cost, and what is left. Every request costs at least 1 point; a query costs 1 plus 1 per 100 objects or count buckets it may return (extensions.cost shows the estimate). Limits are per client address. See docs/security.md.",
})
export class RateLimit {
  @Field(() => Int, { description: "Points this request cost: 1, plus 1 per 100 estimated nodes and buckets." })
  cost: number;

  @Field(() => Int, { nullable: true, description: "Points per window; null when this server sets no limit." })
  limit: number | null;

  @Field(() => Int, { nullable: true, description: "Points left in the current window, after this request." })
  remaining: number | null;

  @Field(() => String, { description: "When the current window ends and the points are renewed (ISO 8601, UTC)." })
  resetAt: string;

  @Field(() => Int, { description: "The most nodes (objects and count buckets) one request may return." })
  nodeLimit: number;
}
