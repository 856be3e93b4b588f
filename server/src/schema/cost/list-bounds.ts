import { OUTCOMES } from "@subpoena-tracker/domain";
import { DEFAULT_PAGE_SIZE } from "../../modules/batches/batch-page";
import { DEFAULT_CASE_BATCHES } from "../../modules/court-cases/court-case.resolver";
import type { DatasetSizes } from "./dataset-sizes";

type Args = Record<string, unknown>;

/** Jurisdictions nest as country, state, county, city: a documented bound on how deep the tree goes. */
const ANCESTORS = 5;
const atLeastOne = (n: number) => Math.max(1, n);

const pageSize = (args: Args, fallback: number) =>
  typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : fallback;

/**
 * The most items each list field can return, for the node estimate (query-cost.ts). Paged lists read their page
 * size; top-level lists are bounded by the table's size; nested lists by the widest fan-out in the data or, where
 * the data has no natural bound, by a documented figure (docs/security.md lists them). Connections (batches) count
 * their page here, and their `nodes` and `edges` lists are then not counted again.
 */
const BOUNDS: Record<string, (args: Args, sizes: DatasetSizes) => number> = {
  "Query.batches": (args) => pageSize(args, DEFAULT_PAGE_SIZE),
  "Query.timeline": (args) => (typeof args.limit === "number" ? args.limit : 500),
  "Query.jurisdictions": (_args, sizes) => sizes.jurisdictions,
  "Query.agencies": (_args, sizes) => sizes.agencies,
  "Query.policies": (_args, sizes) => sizes.policies,
  "Query.sources": (_args, sizes) => sizes.sources,
  "Query.courtCases": (_args, sizes) => sizes.courtCases,
  "BatchConnection.nodes": () => 1,
  "BatchConnection.edges": () => 1,
  "Batch.agencies": (_args, sizes) => atLeastOne(sizes.maxAgenciesPerBatch),
  "Batch.events": (_args, sizes) => atLeastOne(sizes.maxEventsPerBatch),
  "Batch.sources": (_args, sizes) => atLeastOne(sizes.maxSourcesPerBatch),
  "Batch.courtCases": (_args, sizes) => atLeastOne(sizes.maxCourtCasesPerBatch),
  // A batch's policies are those of its jurisdiction and of every jurisdiction containing it.
  "Batch.policies": (_args, sizes) => ANCESTORS * atLeastOne(sizes.maxPoliciesPerJurisdiction),
  "Batch.outcomes": () => OUTCOMES.length,
  "Event.sources": (_args, sizes) => atLeastOne(sizes.maxSourcesPerEvent),
  "CourtCase.batches": (args) => pageSize(args, DEFAULT_CASE_BATCHES),
  "CourtCase.sources": (_args, sizes) => atLeastOne(sizes.maxSourcesPerCourtCase),
  "Policy.sources": (_args, sizes) => atLeastOne(sizes.maxSourcesPerPolicy),
  "Jurisdiction.children": (_args, sizes) => atLeastOne(sizes.maxChildren),
  "Jurisdiction.agencies": (_args, sizes) => atLeastOne(sizes.maxAgenciesPerJurisdiction),
  "Jurisdiction.ancestors": () => ANCESTORS,
  "Jurisdiction.policies": (_args, sizes) => atLeastOne(sizes.maxPoliciesPerJurisdiction),
  "Jurisdiction.applicablePolicies": (_args, sizes) => ANCESTORS * atLeastOne(sizes.maxPoliciesPerJurisdiction),
  "Dataset.licenses": () => 5,
  "SubpoenaCounts.buckets": () => 1,
};

/** The bound of a list field, or null for a field that returns one object. */
export function listBound(typeName: string, fieldName: string, args: Args, sizes: DatasetSizes): number | null {
  const key = `${typeName}.${fieldName}`;
  return Object.hasOwn(BOUNDS, key) ? BOUNDS[key](args, sizes) : null;
}
