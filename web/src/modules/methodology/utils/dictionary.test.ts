import { describe, expect, it } from "vitest";
import dictionary from "../../../gql/data-dictionary.json";
import { describeType, groupDictionary, type DataDictionary } from "./dictionary";

describe("groupDictionary", () => {
  it("puts the records first, Batch leading, and leaves out API plumbing", () => {
    const sections = groupDictionary(dictionary as DataDictionary);
    expect(sections.records[0].name).toBe("Batch");
    const all = [...sections.records, ...sections.counts, ...sections.vocabularies, ...sections.inputs].map(
      (t) => t.name,
    );
    expect(all).not.toContain("Query");
    expect(all).toContain("Outcome");
    expect(all).toContain("BatchFilter");
    expect(sections.counts.map((t) => t.name)).toContain("CountBucket");
  });

  it("carries the schema's descriptions", () => {
    const batch = groupDictionary(dictionary as DataDictionary).records[0];
    const count = batch.fields?.find((f) => f.name === "subpoenaCount");
    expect(count?.description).toMatch(/never read null as zero/);
  });
});

describe("describeType", () => {
  it("says GraphQL types in words", () => {
    expect(describeType("[Agency!]!")).toBe("list of Agency");
    expect(describeType("Int")).toBe("Int, may be null");
    expect(describeType("PartialDate!")).toBe("PartialDate");
  });
});
