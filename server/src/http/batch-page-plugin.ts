import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  execute,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type TypeNode,
} from "graphql";
import type { RequestContext } from "../context";
import { batchNodeProjection, collectSelection, type BatchProjections } from "../modules/batches/batch-json.sql";

/**
 * Pages of batches without per-field work. A page of 100 batches with their events and sources is some 4,000
 * fields: resolved one by one (TypeGraphQL's wrappers, Apollo's per-field hooks, graphql-js), with the relations
 * read by three more statements, it cost several times what PostgreSQL takes to build the same JSON (docs/
 * performance.md). So when an operation asks only for `batches` and every field it selects under a batch is one
 * PostgreSQL can build (batch-json.sql.ts), the operation runs against a small schema of its own in which a batch
 * is a JSON scalar: the root field goes through the same resolver (argument validation, cursors, filters, errors),
 * which reads the page and every batch's JSON, relations included, in one statement. That JSON is already the
 * answer's bytes: it goes into the answer as it is (http/raw-json.ts), `nodes` as one text, each `edges { node }`
 * as one.
 *
 * Anything else takes the usual way, and so does any operation that ends in an error here (it is run again the
 * usual way, so errors read exactly as they always do). It runs after parsing, validation, the cost estimate and its
 * charge (didResolveOperation); never for a preview. The answer's cache policy is the one the usual way gives a
 * successful public read: the default max-age.
 */
export function batchPagePlugin(schema: GraphQLSchema, cacheMaxAgeSeconds: number): ApolloServerPlugin<RequestContext> {
  const lean = leanSchema(schema);
  const queryType = schema.getQueryType()!.name;
  const projectionsByDocument = new WeakMap<DocumentNode, Map<string, BatchProjections | null>>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          const { operation, document, contextValue, request } = requestContext;
          if (!operation || operation.operation !== "query" || contextValue.preview || !contextValue.rawJson) {
            return null;
          }
          const variables = request.variables ?? {};
          // Apollo keeps each parsed document, so a page asked again (the next page, another reader) reuses the
          // projections worked out for it; only @skip/@include, with Boolean variables, can change them.
          const key = JSON.stringify(
            (operation.variableDefinitions ?? [])
              .filter((d) => namedTypeName(d.type) === "Boolean")
              .map((d) => variables[d.variable.name.value] ?? null),
          );
          let known = projectionsByDocument.get(document);
          if (!known) projectionsByDocument.set(document, (known = new Map()));
          let projections = known.get(key);
          if (projections === undefined) {
            projections = pageProjections(schema, queryType, document, operation, variables);
            if (known.size < 16) known.set(key, projections);
          }
          if (!projections) return null;
          const result = await execute({
            schema: lean,
            document,
            contextValue: { ...contextValue, batchNodesAsJson: { schema, raw: contextValue.rawJson, projections } },
            variableValues: request.variables,
            operationName: request.operationName,
          });
          if (result.errors?.length || !result.data) return null;
          requestContext.overallCachePolicy.restrict({ maxAge: cacheMaxAgeSeconds });
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}

/** Each `batches` root field's projection, by its first field node; null when the operation is not one for us. */
function pageProjections(
  schema: GraphQLSchema,
  queryType: string,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): BatchProjections | null {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const context = { schema, fragments, variables };
  const roots = collectSelection(context, queryType, [operation.selectionSet]);
  if (!roots || roots.size === 0) return null;
  const projections: BatchProjections = new Map();
  for (const nodes of roots.values()) {
    const name = nodes[0].name.value;
    if (name === "__typename") continue;
    const projection = name === "batches" ? batchNodeProjection(context, nodes) : null;
    if (!projection) return null;
    projections.set(nodes[0], projection);
  }
  return projections;
}

function namedTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeName(type.type);
}

/**
 * The query type with only `batches`, whose connection holds its list of batches, and each edge its batch, as JSON
 * text already in the answer's bytes (a placeholder that raw-json.ts fills in).
 */
function leanSchema(schema: GraphQLSchema): GraphQLSchema {
  const batchJson = new GraphQLScalarType({ name: "BatchJson", serialize: (value) => value });
  const swap = (type: GraphQLOutputType, named: GraphQLOutputType): GraphQLOutputType => {
    if (type instanceof GraphQLNonNull) return new GraphQLNonNull(swap(type.ofType, named));
    if (type instanceof GraphQLList) return new GraphQLList(swap(type.ofType, named));
    return named;
  };
  const whole = (type: GraphQLOutputType): GraphQLOutputType =>
    type instanceof GraphQLNonNull ? new GraphQLNonNull(batchJson) : batchJson;
  const edge = (schema.getType("BatchEdge") as GraphQLObjectType).toConfig();
  const leanEdge = new GraphQLObjectType({
    ...edge,
    fields: { ...edge.fields, node: { ...edge.fields.node, type: swap(edge.fields.node.type, batchJson) } },
  });
  const connection = (schema.getType("BatchConnection") as GraphQLObjectType).toConfig();
  const leanConnection = new GraphQLObjectType({
    ...connection,
    fields: {
      ...connection.fields,
      nodes: { ...connection.fields.nodes, type: whole(connection.fields.nodes.type) },
      edges: { ...connection.fields.edges, type: swap(connection.fields.edges.type, leanEdge) },
    },
  });
  const query = schema.getQueryType()!;
  const batches = query.toConfig().fields.batches;
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: query.name,
      fields: { batches: { ...batches, type: swap(batches.type, leanConnection) } },
    }),
  });
}
