import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { DatasetResolver } from "../modules/dataset/dataset.resolver";

/** Every resolver of the public API. */
export const RESOLVERS = [DatasetResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: true });
}
