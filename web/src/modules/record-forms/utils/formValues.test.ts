import { describe, expect, it } from "vitest";
import { toInput, valuesFromChange } from "./formValues";
import { EVENT_FIELDS, RECORD_SPECS } from "./recordSpecs";

const BATCH = RECORD_SPECS.BATCH.fields;

describe("record form values", () => {
  it("reads a draft's stored values: lists split, enums in GraphQL's spelling", () => {
    const values = valuesFromChange(BATCH, [
      { field: "id", value: "2025-08-14-marion-county-or" },
      { field: "recipientAgencySlugs", value: "marion-county-sheriff;salem-police" },
      { field: "countPrecision", value: "at_least" },
      { field: "offenseCategories", value: "drug;violent" },
      { field: "subpoenaCount", value: "12" },
      { field: "notes", value: null },
    ]);
    expect(values.recipientAgencySlugs).toEqual(["marion-county-sheriff", "salem-police"]);
    expect(values.countPrecision).toBe("AT_LEAST");
    expect(values.offenseCategories).toEqual(["DRUG", "VIOLENT"]);
    expect(values.subpoenaCount).toBe("12");
    expect(values.notes).toBe("");
    expect(values.sourceIds).toEqual([]);
  });

  it("reads a CONFLICT's current values, named in the format's snake_case", () => {
    const values = valuesFromChange(BATCH, { subpoena_count: "7", source_ids: "a;b" });
    expect(values.subpoenaCount).toBe("7");
    expect(values.sourceIds).toEqual(["a", "b"]);
  });

  it("sends numbers as numbers, empty optional fields as null and required ones as typed", () => {
    const { input, problems } = toInput(BATCH, {
      ...valuesFromChange(BATCH, []),
      id: " 2025-x ",
      subpoenaCount: "4",
      recipientAgencySlugs: "a, b;c",
    });
    expect(problems).toEqual({});
    expect(input.id).toBe("2025-x");
    expect(input.subpoenaCount).toBe(4);
    expect(input.subjectsInCustody).toBeNull();
    expect(input.issuedOn).toBe("");
    expect(input.recipientAgencySlugs).toEqual(["a", "b", "c"]);
    expect(input.offenseCategories).toBeNull();
    expect(input.sourceIds).toEqual([]);
  });

  it("names a count that is not a whole number at its path instead of sending it", () => {
    const { problems } = toInput(EVENT_FIELDS, { subpoenasAffected: "three" }, "events.1.");
    expect(problems).toEqual({ "events.1.subpoenasAffected": ['"three" is not a whole number'] });
  });
});
