import { tryParsePartialDate } from "@subpoena-tracker/domain";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const PARTIAL_DATE_DESCRIPTION = `A calendar date as precise as the sources are: \`YYYY\` (a year), \`YYYY-MM\` (a month) or \`YYYY-MM-DD\` (a day).

A coarse date stands for its whole period and is never padded: "2020-01" means "some day in January 2020", not 1 January. Every record with a date also has a precision field saying which of the three it is.`;

function parse(value: unknown): string {
  if (typeof value !== "string") {
    throw new GraphQLError(`A PartialDate is a string YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  const parsed = tryParsePartialDate(value);
  if (!parsed.ok) {
    throw new GraphQLError(`Invalid PartialDate: ${parsed.error}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

/** Partial dates travel as their canonical text; inputs are checked against the calendar on the way in. */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  description: PARTIAL_DATE_DESCRIPTION,
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`A PartialDate is a string YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2020-02"`, {
        nodes: ast,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return parse(ast.value);
  },
});
