import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { maxAliasesRule, maxDepthRule } from "./limits";

const schema = buildSchema(`
  type Node { id: ID! child: Node name: String }
  type Query { node: Node }
`);

const errors = (query: string, rule = maxDepthRule(3)) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe("query limits", () => {
  it("measures depth through fragments and inline fragments", () => {
    expect(errors(`{ node { child { id } } }`)).toEqual([]);
    expect(errors(`{ node { child { child { id } } } }`)).toEqual([
      "The operation nests fields 4 levels deep; the maximum is 3. Ask for fewer nested levels, or split it into several queries.",
    ]);
    expect(
      errors(`query Deep { node { ...F } } fragment F on Node { child { ... on Node { child { id } } } }`),
    ).toHaveLength(1);
  });

  it("ignores introspection, whose queries are deep by nature", () => {
    expect(errors(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`)).toEqual([]);
  });

  it("counts aliases where fragments are used, and survives fragment cycles", () => {
    const rule = maxAliasesRule(2);
    expect(errors(`{ a: node { id } b: node { id } }`, rule)).toEqual([]);
    expect(errors(`query Q { ...F ...F } fragment F on Query { a: node { id } }`, rule)).toEqual([]);
    expect(errors(`query Q { ...F ...F ...F } fragment F on Query { a: node { id } }`, rule)).toEqual([
      "Operation Q uses 3 aliases; the maximum is 2. Use list arguments (e.g. filter: { jurisdictions: [...] } with groupBy) instead of one alias per value, or send several requests.",
    ]);
    expect(() =>
      errors(`{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ...A }`),
    ).not.toThrow();
  });
});
