import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./batch-cursor";
import { BatchOrder } from "./batch.types";

describe("batch cursors", () => {
  const types = ["date", "int", "text"] as const;

  it("round-trip the sort key values of their order", () => {
    const cursor = encodeCursor(BatchOrder.ISSUED_ON_ASC, ["2020-01-13", 2, "2020-01-13-denver"]);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, BatchOrder.ISSUED_ON_ASC, types, "after")).toEqual([
      "2020-01-13",
      2,
      "2020-01-13-denver",
    ]);
  });

  it("refuse a cursor of another order or of another shape", () => {
    const cursor = encodeCursor(BatchOrder.ISSUED_ON_DESC, ["2020-01-13", 2, "x"]);
    expect(() => decodeCursor(cursor, BatchOrder.ISSUED_ON_ASC, types, "after")).toThrow(
      /made for orderBy ISSUED_ON_DESC/,
    );
    const wrongTypes = encodeCursor(BatchOrder.ISSUED_ON_ASC, ["2020-01-13", "2", "x"]);
    expect(() => decodeCursor(wrongTypes, BatchOrder.ISSUED_ON_ASC, types, "before")).toThrow(/before is not a cursor/);
    expect(() => decodeCursor("%%%", BatchOrder.ISSUED_ON_ASC, types, "after")).toThrow(/cannot be read/);
  });
});
