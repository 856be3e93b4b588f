// Links to the API's CSV and JSON twins of what a chart shows, with the same filters, so a download holds exactly the
// numbers on screen. The parameter names are the REST twins' (server/src/http), not the dashboard's own URL names.
import type { Interval } from "@subpoena-tracker/domain";
import type { DashboardFilters } from "../../dashboard-state/utils/dashboardState";

export type CountDimensionName =
  "PERIOD" | "JURISDICTION" | "STATE" | "OUTCOME" | "AGENCY_KIND" | "ISSUING_COMPONENT" | "OFFENSE_CATEGORY";

export type DownloadFormat = "csv" | "json";

export const API_BASE = "/api/v1";
export const DATAPACKAGE_URL = `${API_BASE}/datapackage.zip`;
/** Every published change, newest first, as an Atom feed. */
export const CHANGES_FEED_URL = "/feeds/changes.atom";

function appendFilters(params: URLSearchParams, filters: DashboardFilters): void {
  for (const value of filters.jurisdictions) params.append("jurisdiction", value);
  for (const value of filters.states) params.append("state", value);
  for (const value of filters.outcomes) params.append("outcome", value);
  for (const value of filters.issuingComponents) params.append("issuingComponent", value);
  for (const value of filters.offenseCategories) params.append("offenseCategory", value);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
}

export interface CountsQuery {
  groupBy: CountDimensionName[];
  interval?: Interval;
  fillEmptyPeriods?: boolean;
  filters: DashboardFilters;
}

export function countsUrl(format: DownloadFormat, query: CountsQuery): string {
  const params = new URLSearchParams();
  params.set("groupBy", query.groupBy.join(","));
  if (query.groupBy.includes("PERIOD")) {
    params.set("interval", (query.interval ?? "month").toUpperCase());
    if (query.fillEmptyPeriods) params.set("fillEmptyPeriods", "true");
  }
  appendFilters(params, query.filters);
  return `${API_BASE}/counts.${format}?${params.toString()}`;
}

export function batchesUrl(format: DownloadFormat, filters: DashboardFilters): string {
  const params = new URLSearchParams();
  appendFilters(params, filters);
  const query = params.toString();
  return `${API_BASE}/batches.${format}${query ? `?${query}` : ""}`;
}

/** The data package exactly as a dataset version published it (the server keeps every version). */
export function versionPackagePath(version: number): string {
  return `${DATAPACKAGE_URL}?version=${version}`;
}
