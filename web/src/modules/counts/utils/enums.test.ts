import { AGENCY_KINDS, AGENCY_KIND_LABELS, ISSUING_COMPONENTS, OUTCOMES } from "@subpoena-tracker/domain";
import { describe, expect, it } from "vitest";
import { fromGraphQLEnum, labelOfEnum } from "./enums";

describe("fromGraphQLEnum", () => {
  it("maps upper-case GraphQL values to the domain's words", () => {
    expect(fromGraphQLEnum(AGENCY_KINDS, "STATE_POLICE")).toBe("state_police");
    expect(fromGraphQLEnum(OUTCOMES, "IN_COURT")).toBe("IN_COURT");
    expect(fromGraphQLEnum(ISSUING_COMPONENTS, "ERO")).toBe("ERO");
    expect(fromGraphQLEnum(AGENCY_KINDS, "SPACESHIP")).toBeNull();
  });

  it("labels values, falling back to the raw value", () => {
    expect(labelOfEnum(AGENCY_KINDS, AGENCY_KIND_LABELS, "SHERIFF")).toBe("Sheriff's office");
    expect(labelOfEnum(AGENCY_KINDS, AGENCY_KIND_LABELS, "NEW_KIND")).toBe("NEW_KIND");
  });
});
