import { describe, expect, it } from "vitest";
import { collectSources } from "./collectSources";

describe("collectSources", () => {
  it("lists each source once, in order of first citation, with everything it supports", () => {
    const ap = { id: "ap" };
    const westword = { id: "westword" };
    const casetext = { id: "casetext" };
    const cited = collectSources({
      batch: { sources: [westword, ap] },
      events: [
        { label: "13 Jan 2020: Issued", sources: [westword, ap] },
        { label: "Jan 2020: Declined", sources: [ap] },
      ],
      courtCases: [{ label: "ICE v. Sheriff", sources: [casetext, westword] }],
      policies: [],
    });
    expect(cited.map((c) => [c.source.id, c.citedFor])).toEqual([
      ["westword", ["the batch", "13 Jan 2020: Issued", "ICE v. Sheriff"]],
      ["ap", ["the batch", "13 Jan 2020: Issued", "Jan 2020: Declined"]],
      ["casetext", ["ICE v. Sheriff"]],
    ]);
  });
});
