import fs from "node:fs";
import path from "node:path";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApiSchema } from "../src/schema/build-schema";
import { printApiSchema } from "../src/schema/print";

const SCHEMA_FILE = path.resolve(__dirname, "..", "schema.graphql");

describe("the GraphQL schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it("matches the committed server/schema.graphql (run `pnpm --filter @subpoena-tracker/server schema:emit`)", () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(printApiSchema(schema));
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    const need = (description: string | null | undefined, what: string) => {
      if (!description || description.trim().length < 3) missing.push(what);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      need(type.description, type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          need(field.description, `${type.name}.${field.name}`);
          if ("args" in field)
            for (const arg of field.args) need(arg.description, `${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the names outside clients rely on", () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of [
      "subpoenaCounts",
      "batches",
      "batch",
      "jurisdictions",
      "jurisdiction",
      "agencies",
      "policies",
      "courtCases",
      "sources",
      "source",
      "timeline",
      "dataset",
    ]) {
      expect(query[name], name).toBeDefined();
    }
    expect(
      query.subpoenaCounts.args.map(
        (a) => `${a.name}: ${a.type}${a.defaultValue !== undefined ? ` = ${String(a.defaultValue)}` : ""}`,
      ),
    ).toEqual([
      "filter: BatchFilter",
      "groupBy: [CountDimension!]!",
      "interval: Interval = MONTH",
      "fillEmptyPeriods: Boolean = false",
      // An added optional argument: clients that leave it out get what they always got.
      "top: Int",
    ]);
    expect(String(query.subpoenaCounts.type)).toBe("SubpoenaCounts!");
    expect(String(query.batches.type)).toBe("BatchConnection!");
    const dimension = schema.getType("CountDimension");
    expect(isEnumType(dimension) && dimension.getValues().map((v) => v.name)).toEqual([
      "PERIOD",
      "JURISDICTION",
      "STATE",
      "OUTCOME",
      "AGENCY_KIND",
      "ISSUING_COMPONENT",
      "OFFENSE_CATEGORY",
    ]);
    const bucket = schema.getType("CountBucket");
    expect(isObjectType(bucket) && Object.keys(bucket.getFields())).toEqual(
      expect.arrayContaining([
        "period",
        "jurisdiction",
        "state",
        "outcome",
        "agencyKind",
        "issuingComponent",
        "offenseCategory",
        "subpoenas",
        "batches",
        "unknownCountBatches",
      ]),
    );
    const filter = schema.getType("BatchFilter");
    expect(isInputObjectType(filter) && Object.keys(filter.getFields()).sort()).toEqual([
      "agencies",
      "agencyJurisdictions",
      "agencyKinds",
      "excludeJurisdictions",
      "issuedFrom",
      "issuedTo",
      "issuingComponents",
      "jurisdictions",
      "offenseCategories",
      "outcomes",
      "states",
    ]);
  });
});
