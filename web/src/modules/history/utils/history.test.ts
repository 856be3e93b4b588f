import { describe, expect, it } from "vitest";
import { groupByVersion, withdrawalOf, type RevisionLike } from "./history";

const batch = { type: "BATCH" as const, id: "2025-09-02-denver" };

function revision(partial: Partial<RevisionLike>): RevisionLike {
  return {
    recordType: "BATCH",
    recordId: batch.id,
    datasetVersion: 2,
    recordVersion: 1,
    publishedAt: "2026-11-29T12:09:00.000Z",
    action: "CREATE",
    reason: null,
    note: "Added Denver's September 2025 subpoenas",
    ...partial,
  };
}

describe("a record's history", () => {
  it("reads one entry per version, newest first, with the batch's events counted", () => {
    const groups = groupByVersion(
      [
        revision({ recordType: "EVENT", recordId: "31", reason: "package x" }),
        revision({}),
        revision({ recordType: "EVENT", recordId: "32" }),
        revision({
          datasetVersion: 5,
          recordVersion: 2,
          action: "UPDATE",
          reason: "The letter gives 4 subpoenas, not 3.",
          note: "Corrected Denver's count",
        }),
      ],
      batch,
    );
    expect(groups.map((g) => g.datasetVersion)).toEqual([5, 2]);
    expect(groups[0]).toMatchObject({ summary: ["Corrected"], reasons: ["The letter gives 4 subpoenas, not 3."] });
    // Additions carry the import's name as their reason: not a correction's reason, so not shown as one.
    expect(groups[1]).toMatchObject({ summary: ["Added", "2 events added"], reasons: [] });
  });

  it("knows a withdrawn record only by its own last revision", () => {
    const withdrawn = revision({ datasetVersion: 6, recordVersion: 3, action: "WITHDRAW", reason: "Duplicate of x" });
    expect(withdrawalOf([revision({}), withdrawn], batch)).toBe(withdrawn);
    expect(withdrawalOf([revision({}), { ...withdrawn, recordType: "EVENT", recordId: "31" }], batch)).toBeNull();
  });
});
