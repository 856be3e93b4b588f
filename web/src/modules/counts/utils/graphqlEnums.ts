import type { Interval } from "@subpoena-tracker/domain";
import type { StackBy } from "../../dashboard-state/utils/dashboardState";

export type GraphQLInterval = "MONTH" | "QUARTER" | "YEAR";
export type GraphQLDimension = "PERIOD" | "JURISDICTION" | "STATE" | "OUTCOME";

export function toGraphQLInterval(interval: Interval): GraphQLInterval {
  return interval.toUpperCase() as GraphQLInterval;
}

// What the over-time chart groups by: always the period, and the stacking dimension if any.
export function overTimeGroupBy(stackBy: StackBy): GraphQLDimension[] {
  return stackBy === "none" ? ["PERIOD"] : ["PERIOD", stackBy.toUpperCase() as GraphQLDimension];
}
