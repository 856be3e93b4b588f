import { describe, expect, it } from "vitest";
import {
  AGENCY_KINDS,
  COUNT_PRECISIONS,
  COURT_CASE_OUTCOMES,
  EVENT_STATUSES,
  ISSUING_COMPONENTS,
  JURISDICTION_KINDS,
  OFFENSE_CATEGORIES,
  OUTCOMES,
  RELIABILITIES,
  SOURCE_KINDS,
  isOneOf,
} from "./enums";
import {
  AGENCY_KIND_LABELS,
  COUNT_PRECISION_LABELS,
  COURT_CASE_OUTCOME_LABELS,
  EVENT_STATUS_LABELS,
  ISSUING_COMPONENT_LABELS,
  JURISDICTION_KIND_LABELS,
  OFFENSE_CATEGORY_LABELS,
  OUTCOME_DESCRIPTIONS,
  OUTCOME_LABELS,
  RELIABILITY_DESCRIPTIONS,
  RELIABILITY_LABELS,
  SOURCE_KIND_LABELS,
  formatCount,
} from "./labels";

// Each table must label exactly the enum's values: a value added to an enum without a label fails here, and so does a
// stale label left behind.
const TABLES: [string, readonly string[], Record<string, string>][] = [
  ["OUTCOME_LABELS", OUTCOMES, OUTCOME_LABELS],
  ["OUTCOME_DESCRIPTIONS", OUTCOMES, OUTCOME_DESCRIPTIONS],
  ["EVENT_STATUS_LABELS", EVENT_STATUSES, EVENT_STATUS_LABELS],
  ["AGENCY_KIND_LABELS", AGENCY_KINDS, AGENCY_KIND_LABELS],
  ["OFFENSE_CATEGORY_LABELS", OFFENSE_CATEGORIES, OFFENSE_CATEGORY_LABELS],
  ["ISSUING_COMPONENT_LABELS", ISSUING_COMPONENTS, ISSUING_COMPONENT_LABELS],
  ["COUNT_PRECISION_LABELS", COUNT_PRECISIONS, COUNT_PRECISION_LABELS],
  ["JURISDICTION_KIND_LABELS", JURISDICTION_KINDS, JURISDICTION_KIND_LABELS],
  ["SOURCE_KIND_LABELS", SOURCE_KINDS, SOURCE_KIND_LABELS],
  ["RELIABILITY_LABELS", RELIABILITIES, RELIABILITY_LABELS],
  ["RELIABILITY_DESCRIPTIONS", RELIABILITIES, RELIABILITY_DESCRIPTIONS],
  ["COURT_CASE_OUTCOME_LABELS", COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS],
];

describe("labels", () => {
  it.each(TABLES)("%s labels every value and nothing else", (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value].trim()).not.toBe("");
  });

  it.each(TABLES.filter(([name]) => name.endsWith("_LABELS")))("%s gives distinct labels", (_name, values, labels) => {
    expect(new Set(values.map((value) => labels[value])).size).toBe(values.length);
  });

  it("uses the agreed outcome words", () => {
    expect(OUTCOMES.map((outcome) => OUTCOME_LABELS[outcome])).toEqual([
      "Pending",
      "Complied",
      "Partially complied",
      "Declined",
      "No response",
      "In court",
      "Court-ordered",
      "Complied after order",
      "Quashed",
      "Withdrawn",
      "Mixed",
    ]);
  });

  it("describes each outcome in one sentence", () => {
    for (const outcome of OUTCOMES) expect(OUTCOME_DESCRIPTIONS[outcome]).toMatch(/^[A-Z][^.]*\.$/);
  });

  it("spells out the issuing components", () => {
    expect(ISSUING_COMPONENT_LABELS.ERO).toBe("Enforcement and Removal Operations (ERO)");
    expect(ISSUING_COMPONENT_LABELS.HSI).toBe("Homeland Security Investigations (HSI)");
  });
});

describe("enums", () => {
  it("keep the canonical outcome order", () => {
    expect(OUTCOMES[0]).toBe("PENDING");
    expect(OUTCOMES[OUTCOMES.length - 1]).toBe("MIXED");
    expect(OUTCOMES).toHaveLength(11);
  });

  it("isOneOf narrows only members", () => {
    expect(isOneOf(OUTCOMES, "MIXED")).toBe(true);
    expect(isOneOf(OUTCOMES, "mixed")).toBe(false);
    expect(isOneOf(JURISDICTION_KINDS, "city_county")).toBe(true);
    expect(isOneOf(JURISDICTION_KINDS, null)).toBe(false);
  });
});

describe("formatCount", () => {
  it("says how exact the count is", () => {
    expect(formatCount(4, "exact")).toBe("4");
    expect(formatCount(4, "approximate")).toBe("about 4");
    expect(formatCount(4, "at_least")).toBe("at least 4");
    expect(formatCount(1200, "exact")).toBe("1,200");
  });

  it("never shows a missing count as a number", () => {
    expect(formatCount(null, "unknown")).toBe("not reported");
    expect(formatCount(null, "exact")).toBe("not reported");
  });

  it("keeps the caveat on a count of unknown precision", () => {
    expect(formatCount(3, "unknown")).toBe("3 (precision not reported)");
  });
});
