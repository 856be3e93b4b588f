import { CombinedError } from "urql";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { toEditErrors } from "./graphqlErrors";

function failure(...errors: GraphQLError[]): CombinedError {
  return new CombinedError({ graphQLErrors: errors });
}

describe("toEditErrors", () => {
  it("puts the server's field-path problems beside their fields and keeps the rest general", () => {
    const errors = toEditErrors(
      failure(
        new GraphQLError("problems", {
          extensions: {
            code: "BAD_USER_INPUT",
            problems: [
              { path: "input.subpoenaCount", message: "must be empty when count_precision is unknown" },
              { path: "input.events.1.date", message: '"2025-13" is not a valid date' },
              { path: "reason", message: "a correction must say why" },
              { path: "changesetId", message: "changeset 4 is published" },
            ],
          },
        }),
      ),
    );
    expect(errors.byField).toEqual({
      subpoenaCount: ["must be empty when count_precision is unknown"],
      "events.1.date": ['"2025-13" is not a valid date'],
      reason: ["a correction must say why"],
    });
    expect(errors.general).toEqual(["changesetId: changeset 4 is published"]);
    expect(errors.code).toBe("BAD_USER_INPUT");
  });

  it("keeps a CONFLICT's current values and version", () => {
    const errors = toEditErrors(
      failure(
        new GraphQLError("The batch has changed since you started", {
          extensions: { code: "CONFLICT", currentVersion: 3, current: { subpoena_count: "14" } },
        }),
      ),
    );
    expect(errors.conflict).toMatchObject({ currentVersion: 3, current: { subpoena_count: "14" } });
    expect(errors.general).toEqual([]);
  });

  it("shows an error without problems, such as FORBIDDEN, as a general message", () => {
    const errors = toEditErrors(
      failure(
        new GraphQLError("You may not publish a changeset you wrote alone.", { extensions: { code: "FORBIDDEN" } }),
      ),
    );
    expect(errors.general).toEqual(["You may not publish a changeset you wrote alone."]);
    expect(errors.code).toBe("FORBIDDEN");
  });
});
