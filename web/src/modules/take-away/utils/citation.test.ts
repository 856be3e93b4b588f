import { describe, expect, it } from "vitest";
import { buildCitation } from "./citation";

describe("buildCitation", () => {
  it("adds the version, the date of the data, the address and the day of access", () => {
    const text = buildCitation({
      datasetCitation: "Subpoena Tracker. ICE subpoenas to sanctuary jurisdictions, 2020",
      version: 3,
      updatedAt: "2026-11-28T03:10:00.000Z",
      url: "https://example.org/?jurisdiction=denver-co",
      accessedOn: new Date(Date.UTC(2026, 10, 29, 12)),
    });
    expect(text).toBe(
      "Subpoena Tracker. ICE subpoenas to sanctuary jurisdictions, 2020. Dataset version 3, updated 28 Nov 2026. " +
        "https://example.org/?jurisdiction=denver-co (accessed 29 Nov 2026).",
    );
  });

  it("does not repeat a version the dataset's citation already gives", () => {
    const text = buildCitation({
      datasetCitation: "Subpoena Tracker (version 3, 28 Nov 2026).",
      version: 3,
      updatedAt: "2026-11-28T03:10:00.000Z",
      url: "https://example.org/",
      accessedOn: new Date(Date.UTC(2026, 10, 29)),
    });
    expect(text).toBe("Subpoena Tracker (version 3, 28 Nov 2026). https://example.org/ (accessed 29 Nov 2026).");
  });
});
