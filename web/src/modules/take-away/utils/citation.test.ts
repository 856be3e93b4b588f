import { describe, expect, it } from "vitest";
import { buildCitation, buildCitations } from "./citation";

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

describe("buildCitations", () => {
  const input = {
    datasetCitation:
      'Subpoena Tracker, "ICE subpoenas to sanctuary jurisdictions", dataset version 7 (updated 2026-11-28).',
    title: "ICE subpoenas to sanctuary jurisdictions",
    publisher: "Subpoena Tracker",
    pageTitle: "Denver, 13 Jan 2020",
    version: 7,
    updatedAt: "2026-11-28T03:10:00.000Z",
    url: "https://example.org/batches/2020-01-13-denver",
    accessedOn: new Date(Date.UTC(2026, 10, 29, 12)),
  };

  it("gives APA 7's data-set form with the version and the retrieval date", () => {
    expect(buildCitations(input).apa).toBe(
      "Subpoena Tracker. (2026). ICE subpoenas to sanctuary jurisdictions: Denver, 13 Jan 2020 (Version 7) [Data set]. " +
        "Retrieved November 29, 2026, from https://example.org/batches/2020-01-13-denver",
    );
  });

  it("gives BibTeX that names the version, with braces balanced and specials escaped", () => {
    const bibtex = buildCitations({ ...input, pageTitle: "A & B" }).bibtex;
    expect(bibtex).toMatch(/^@misc\{subpoenatracker2026v7,\n/);
    expect(bibtex).toContain("  version = {7},");
    expect(bibtex).toContain("title = {{ICE subpoenas to sanctuary jurisdictions: A \\& B}}");
    expect(bibtex).toContain("  urldate = {2026-11-29},");
    expect(bibtex.split("{").length).toBe(bibtex.split("}").length);
  });

  it("gives RIS as a data record, one tag a line, ending with ER", () => {
    const lines = buildCitations(input).ris.split("\r\n");
    expect(lines[0]).toBe("TY  - DATA");
    expect(lines).toContain("ET  - Version 7");
    expect(lines).toContain("UR  - https://example.org/batches/2020-01-13-denver");
    expect(lines).toContain("Y2  - 2026/11/29");
    expect(lines.at(-2)).toBe("ER  - ");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});
