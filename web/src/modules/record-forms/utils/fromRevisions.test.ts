import { describe, expect, it } from "vitest";
import { foldRevisions } from "./fromRevisions";

describe("a published record from its history", () => {
  it("folds the fields each revision set, in order, and keeps the latest version", () => {
    const records = foldRevisions([
      {
        recordType: "BATCH",
        recordId: "b",
        recordVersion: 2,
        datasetVersion: 5,
        action: "UPDATE",
        changes: [{ field: "subpoenaCount", after: "4" }],
      },
      {
        recordType: "BATCH",
        recordId: "b",
        recordVersion: 1,
        datasetVersion: 2,
        action: "CREATE",
        changes: [
          { field: "subpoenaCount", after: "3" },
          { field: "countPrecision", after: "exact" },
        ],
      },
      {
        recordType: "EVENT",
        recordId: "31",
        recordVersion: 1,
        datasetVersion: 2,
        action: "CREATE",
        changes: [{ field: "date", after: "2025-09-02" }],
      },
    ]);
    expect(records.get("BATCH:b")).toEqual({
      recordId: "b",
      version: 2,
      values: { subpoenaCount: "4", countPrecision: "exact" },
      withdrawn: false,
    });
    expect(records.get("EVENT:31")?.values).toEqual({ date: "2025-09-02" });
  });

  it("knows a withdrawn record", () => {
    const records = foldRevisions([
      { recordType: "SOURCE", recordId: "s", recordVersion: 1, datasetVersion: 1, action: "CREATE", changes: [] },
      { recordType: "SOURCE", recordId: "s", recordVersion: 2, datasetVersion: 3, action: "WITHDRAW", changes: [] },
    ]);
    expect(records.get("SOURCE:s")).toMatchObject({ version: 2, withdrawn: true });
  });
});
