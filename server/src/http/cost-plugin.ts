import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode } from "graphql";
import type { ApiLimits } from "../config";
import type { RequestContext } from "../context";
import { checkBuckets } from "../schema/cost/bucket-estimate";
import type { DatasetSizesCache } from "../schema/cost/dataset-sizes";
import { estimateCost } from "../schema/cost/query-cost";
import { HttpError } from "./http-error";
import type { WorkGate } from "./work-gate";

/**
 * Estimates every operation before it runs (schema/cost/query-cost.ts) and refuses one over the node budget, or
 * with a counts field over the bucket cap, with the estimate and the limit in the message. The estimate travels
 * back in `extensions.cost`, is charged against the client's rate limit, and is what `rateLimit { cost }` reports.
 * An operation estimated at `costlyNodes` or more then waits for a place at the gate (work-gate.ts), which it keeps
 * until its answer has been serialized and handed to the connection.
 */
export function costPlugin(
  limits: Pick<ApiLimits, "maxNodes" | "maxBuckets" | "costlyNodes">,
  sizes: DatasetSizesCache,
  gate: WorkGate,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let leave: (() => void) | null = null;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const estimate = estimateCost(schema, operation, fragments, request.variables ?? {}, sizes.current);
          contextValue.cost = estimate;
          if (estimate.largestCounts) checkBuckets(estimate.largestCounts, limits.maxBuckets);
          const total = estimate.nodes + estimate.buckets;
          if (total > limits.maxNodes) {
            throw new GraphQLError(
              `This query could return up to ${total} nodes (${estimate.nodes} objects and ${estimate.buckets} count buckets); one request may return at most ${limits.maxNodes}. Ask for smaller pages (first: ...), fewer nested lists, or fewer aliases, or split it into several requests.`,
              {
                extensions: {
                  code: "NODE_LIMIT_EXCEEDED",
                  nodes: total,
                  limit: limits.maxNodes,
                  http: { status: 400 },
                },
              },
            );
          }
          await contextValue.charge?.(estimate.cost - 1);
          if (total >= limits.costlyNodes) leave = await enterGate(gate);
        },
        async willSendResponse({ response, contextValue }) {
          // Apollo serializes the answer and writes it right after this hook, in the same turn of the event loop:
          // the place is given back on the next turn, once that is done.
          if (leave) setImmediate(leave);
          if (response.body.kind !== "single" || !contextValue.cost) return;
          const { nodes, buckets, cost } = contextValue.cost;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { nodes, buckets, cost, maxNodes: limits.maxNodes },
          };
        },
      };
    },
  };
}

/** A place at the gate, or the gate's 503 as a GraphQL error (with its Retry-After). */
async function enterGate(gate: WorkGate): Promise<() => void> {
  try {
    return await gate.enter();
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: error.code,
        http: {
          status: error.status,
          headers: new HeaderMap(Object.entries(error.headers).map(([k, v]) => [k.toLowerCase(), v])),
        },
      },
    });
  }
}
