import type { Queryable } from "../../modules/shared/queryable";

/**
 * How big the dataset is, for estimating what a request will return before running it: table sizes for the lists
 * that are not paged, the widest fan-outs of the nested lists, and what the counts dimensions can take.
 */
export interface DatasetSizes {
  jurisdictions: number;
  agencies: number;
  policies: number;
  sources: number;
  courtCases: number;
  /** Jurisdictions and states that have batches: the most JURISDICTION or STATE buckets counts can give. */
  jurisdictionsWithBatches: number;
  statesWithBatches: number;
  /** The years of the earliest and latest issue dates, for counting periods when no range is given. */
  firstYear: number | null;
  lastYear: number | null;
  maxChildren: number;
  maxAgenciesPerJurisdiction: number;
  maxAgenciesPerBatch: number;
  maxEventsPerBatch: number;
  maxSourcesPerBatch: number;
  maxSourcesPerEvent: number;
  maxSourcesPerCourtCase: number;
  maxSourcesPerPolicy: number;
  maxCourtCasesPerBatch: number;
  maxPoliciesPerJurisdiction: number;
}

export const EMPTY_SIZES: DatasetSizes = {
  jurisdictions: 0,
  agencies: 0,
  policies: 0,
  sources: 0,
  courtCases: 0,
  jurisdictionsWithBatches: 0,
  statesWithBatches: 0,
  firstYear: null,
  lastYear: null,
  maxChildren: 0,
  maxAgenciesPerJurisdiction: 0,
  maxAgenciesPerBatch: 0,
  maxEventsPerBatch: 0,
  maxSourcesPerBatch: 0,
  maxSourcesPerEvent: 0,
  maxSourcesPerCourtCase: 0,
  maxSourcesPerPolicy: 0,
  maxCourtCasesPerBatch: 0,
  maxPoliciesPerJurisdiction: 0,
};

const widest = (sql: string) => `(SELECT coalesce(max(n), 0) FROM (${sql}) w)`;

export async function loadDatasetSizes(q: Queryable): Promise<DatasetSizes> {
  const [row] = await q.query<Record<string, number | null>[]>(
    `SELECT (SELECT count(*) FROM jurisdictions) AS jurisdictions,
            (SELECT count(*) FROM agencies) AS agencies,
            (SELECT count(*) FROM policies) AS policies,
            (SELECT count(*) FROM sources) AS sources,
            (SELECT count(*) FROM court_cases) AS court_cases,
            (SELECT count(DISTINCT jurisdiction_slug) FROM batches) AS jurisdictions_with_batches,
            (SELECT count(DISTINCT j.state) FROM batches b JOIN jurisdictions j ON j.slug = b.jurisdiction_slug)
              AS states_with_batches,
            (SELECT extract(year FROM min(issued_on))::int FROM batches) AS first_year,
            (SELECT extract(year FROM max(issued_on))::int FROM batches) AS last_year,
            ${widest("SELECT count(*) AS n FROM jurisdictions GROUP BY parent_slug")} AS max_children,
            ${widest("SELECT count(*) AS n FROM agencies GROUP BY jurisdiction_slug")} AS max_agencies_per_jurisdiction,
            ${widest("SELECT count(*) AS n FROM batch_agencies GROUP BY batch_id")} AS max_agencies_per_batch,
            ${widest("SELECT count(*) AS n FROM events GROUP BY batch_id")} AS max_events_per_batch,
            ${widest("SELECT count(*) AS n FROM batch_sources GROUP BY batch_id")} AS max_sources_per_batch,
            ${widest("SELECT count(*) AS n FROM event_sources GROUP BY event_id")} AS max_sources_per_event,
            ${widest("SELECT count(*) AS n FROM court_case_sources GROUP BY court_case_slug")} AS max_sources_per_court_case,
            ${widest("SELECT count(*) AS n FROM policy_sources GROUP BY policy_slug")} AS max_sources_per_policy,
            ${widest("SELECT count(DISTINCT court_case_slug) AS n FROM events GROUP BY batch_id")} AS max_court_cases_per_batch,
            ${widest("SELECT count(*) AS n FROM policies GROUP BY jurisdiction_slug")} AS max_policies_per_jurisdiction`,
  );
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    jurisdictions: n("jurisdictions"),
    agencies: n("agencies"),
    policies: n("policies"),
    sources: n("sources"),
    courtCases: n("court_cases"),
    jurisdictionsWithBatches: n("jurisdictions_with_batches"),
    statesWithBatches: n("states_with_batches"),
    firstYear: row?.first_year ?? null,
    lastYear: row?.last_year ?? null,
    maxChildren: n("max_children"),
    maxAgenciesPerJurisdiction: n("max_agencies_per_jurisdiction"),
    maxAgenciesPerBatch: n("max_agencies_per_batch"),
    maxEventsPerBatch: n("max_events_per_batch"),
    maxSourcesPerBatch: n("max_sources_per_batch"),
    maxSourcesPerEvent: n("max_sources_per_event"),
    maxSourcesPerCourtCase: n("max_sources_per_court_case"),
    maxSourcesPerPolicy: n("max_sources_per_policy"),
    maxCourtCasesPerBatch: n("max_court_cases_per_batch"),
    maxPoliciesPerJurisdiction: n("max_policies_per_jurisdiction"),
  };
}

/** How often the dataset version is checked: estimates may lag a write by this much, which is harmless. */
const REFRESH_MS = 30_000;

/**
 * The sizes, read at start-up and again whenever the dataset version has moved (checked every half minute in the
 * background), so that estimating a request never adds a statement to it. Reading the sizes scans every batch and
 * event (13 s of database time at a million batches), so it is not repeated while nothing has been written: every
 * published write moves the version. A failed refresh (the database down) keeps the last sizes.
 */
export class DatasetSizesCache {
  private sizes: DatasetSizes = EMPTY_SIZES;
  /** The dataset version the sizes were read at; null before the first read. */
  private version: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly q: Queryable) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async refresh(): Promise<void> {
    try {
      const [{ version }] = await this.q.query<{ version: number }[]>(
        `SELECT coalesce(max(version), 0)::int AS version FROM dataset`,
      );
      if (version === this.version) return;
      this.sizes = await loadDatasetSizes(this.q);
      this.version = version;
    } catch {
      // Keep the last known sizes.
    }
  }

  get current(): DatasetSizes {
    return this.sizes;
  }
}
