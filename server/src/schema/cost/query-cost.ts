import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { CountDimension, Interval } from "../../modules/counts/counts.types";
import { estimateBuckets, type BucketEstimate } from "./bucket-estimate";
import type { DatasetSizes } from "./dataset-sizes";
import { listBound } from "./list-bounds";

export interface CostEstimate {
  /** Objects the answer can hold at most: each list's bound, multiplied by the lists it is nested in. */
  nodes: number;
  /** Count buckets the answer can hold at most (every subpoenaCounts field, see bucket-estimate.ts). */
  buckets: number;
  /** Points charged against the client's rate limit: 1, plus 1 per 100 nodes or buckets. */
  cost: number;
  /** The largest single counts field, for a refusal that says which one is too big. */
  largestCounts: BucketEstimate | null;
}

type Args = Record<string, unknown>;

/** A list field missing from list-bounds.ts is assumed this long: costly enough to be noticed and given a bound. */
const UNLISTED_LIST_BOUND = 50;

/**
 * Estimates what an operation returns before it runs, the way GitHub's GraphQL API does: every list is paged
 * (`first`/`last`, at most 100) or has a bound (list-bounds.ts); a list nested in another multiplies. Fragments
 * are followed (each spread where it is used, so their cost counts every time), @skip/@include are ignored (the
 * estimate assumes the worst).
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Args,
  sizes: DatasetSizes,
): CostEstimate {
  let nodes = 0;
  let buckets = 0;
  let largestCounts: BucketEstimate | null = null;
  const root = schema.getQueryType();
  if (!root || operation.operation !== "query") return { nodes: 0, buckets: 0, cost: 1, largestCounts: null };

  const walk = (set: SelectionSetNode, type: GraphQLObjectType, multiplier: number, visiting: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (isObjectType(inner)) walk(selection.selectionSet, inner, multiplier, visiting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue;
        const inner = schema.getType(fragment.typeCondition.name.value);
        if (!isObjectType(inner)) continue;
        visiting.add(name);
        walk(fragment.selectionSet, inner, multiplier, visiting);
        visiting.delete(name);
        continue;
      }
      const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[selection.name.value];
      if (!field) continue;
      const args = safeArgs(field, selection, variables);
      if (type === root && field.name === "subpoenaCounts") {
        const estimate = estimateBuckets(countsQuestion(args), sizes);
        buckets += multiplier * estimate.buckets;
        if (!largestCounts || estimate.buckets > largestCounts.buckets) largestCounts = estimate;
      }
      const returns = getNamedType(field.type);
      if (!isObjectType(returns) || !selection.selectionSet) continue;
      const isList = isListType(getNullableType(field.type));
      const bound = listBound(type.name, field.name, args, sizes) ?? (isList ? UNLISTED_LIST_BOUND : 1);
      const inner = multiplier * bound;
      if (isList) nodes += inner;
      walk(selection.selectionSet, returns, inner, visiting);
    }
  };
  walk(operation.selectionSet, root, 1, new Set());
  return { nodes, buckets, cost: 1 + Math.floor((nodes + buckets) / 100), largestCounts };
}

function safeArgs(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Args,
) {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // Bad arguments are reported by validation or execution; estimate with the defaults.
    return {};
  }
}

function countsQuestion(args: Args) {
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : null);
  return {
    groupBy: (list(args.groupBy) ?? []) as CountDimension[],
    interval: (args.interval as Interval | undefined) ?? Interval.MONTH,
    issuedFrom: typeof filter.issuedFrom === "string" ? filter.issuedFrom : null,
    issuedTo: typeof filter.issuedTo === "string" ? filter.issuedTo : null,
    states: list(filter.states),
    outcomes: list(filter.outcomes),
    agencyKinds: list(filter.agencyKinds),
    issuingComponents: list(filter.issuingComponents),
    offenseCategories: list(filter.offenseCategories),
    top: typeof args.top === "number" ? args.top : null,
  };
}
