import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/** The schema as SDL, sorted so the file changes only when the API does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `# Generated from the server's code by \`pnpm --filter @subpoena-tracker/server schema:emit\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
