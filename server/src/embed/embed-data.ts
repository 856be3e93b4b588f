import {
  buildChartDocument,
  countsRequestFor,
  dataRequestFor,
  dashboardUrl,
  dataUrl,
  describeFilter,
  embedPageUrl,
  imageUrl,
  type ChartDocument,
  type CountsLike,
  type EmbedPayload,
  type NamedSlug,
  placePositions,
  spanOf,
  topFor,
} from "@subpoena-tracker/charts";
import type { ApiLimits } from "../config";
import { countSubpoenas } from "../modules/counts/counts.service";
import { CountDimension, Interval } from "../modules/counts/counts.types";
import type { DatasetVersion } from "../modules/dataset/dataset-version.service";
import type { Queryable } from "../modules/shared/queryable";
import { UserInputError } from "../schema/errors";
import { MAX_COLUMNS, type EmbedRequest } from "./embed-params";

const INTERVALS: Record<string, Interval> = { month: Interval.MONTH, quarter: Interval.QUARTER, year: Interval.YEAR };

export interface LoadedChart {
  payload: EmbedPayload;
  document: ChartDocument;
}

interface NameRow {
  kind: "jurisdiction" | "agency";
  slug: string;
  name: string;
}

interface FilterNames {
  jurisdictions: Map<string, string>;
  agencies: Map<string, string>;
}

/**
 * The names of every jurisdiction (filtered, agencies' places, excluded) and agency the filter mentions, in one
 * statement however many there are.
 */
async function filterNames(
  q: Queryable,
  jurisdictionSlugs: readonly string[],
  agencySlugs: readonly string[],
): Promise<FilterNames> {
  const names: FilterNames = { jurisdictions: new Map(), agencies: new Map() };
  if (jurisdictionSlugs.length === 0 && agencySlugs.length === 0) return names;
  const rows = await q.query<NameRow[]>(
    `SELECT 'jurisdiction' AS kind, j.slug, j.name FROM jurisdictions j WHERE j.slug = ANY($1::text[])
     UNION ALL
     SELECT 'agency' AS kind, a.slug, a.name FROM agencies a WHERE a.slug = ANY($2::text[])`,
    [[...new Set(jurisdictionSlugs)], [...new Set(agencySlugs)]],
  );
  for (const row of rows) (row.kind === "agency" ? names.agencies : names.jurisdictions).set(row.slug, row.name);
  return names;
}

/** Slugs with their names, in the order asked; the counts service has already refused unknown slugs. */
function named(slugs: readonly string[] | null, names: Map<string, string>): NamedSlug[] {
  return (slugs ?? []).flatMap((slug) => {
    const name = names.get(slug);
    return name === undefined ? [] : [{ slug, name }];
  });
}

/**
 * Every jurisdiction's slug in code-point order (COLLATE "C", the order the dashboard sorts them in): a place's colour
 * is its position here (CountsLike.placeOrder), the same on the dashboard, in the embed and in the images (which are
 * sent only the positions of the places they draw); and where the map puts each one (its county).
 */
async function jurisdictionPlaces(q: Queryable): Promise<{ order: string[]; countyFips: Map<string, string | null> }> {
  const rows = await q.query<{ slug: string; county_fips: string | null }[]>(
    `SELECT slug, county_fips FROM jurisdictions ORDER BY slug COLLATE "C"`,
  );
  return { order: rows.map((row) => row.slug), countyFips: new Map(rows.map((row) => [row.slug, row.county_fips])) };
}

/**
 * The counts behind a chart, from the API's own counts service, with everything its words need: the filter in
 * words (jurisdiction and agency names from the database) and the dataset's date. One statement for the counts, one
 * for names.
 *
 * An over-time chart whose interval was not chosen never fails because the data grew: past MAX_COLUMNS periods it
 * steps up to quarters, then years. One chosen explicitly (interval=month) is refused with a way out instead.
 */
export async function loadChart(
  q: Queryable,
  request: EmbedRequest,
  dataset: DatasetVersion,
  limits: ApiLimits,
  origin: string,
): Promise<LoadedChart> {
  const chosen = request.query.has("interval");
  let view = request.view;
  const tooMany = (columns: number) =>
    new UserInputError(
      `The chart would have ${columns} ${view.interval}s; it shows at most ${MAX_COLUMNS}. Narrow from and to, or use a longer interval (interval=quarter or year).`,
      "interval",
    );
  // The interval is settled on the periods alone before the chart's own counts are asked for: at 1M batches the
  // periods are one statement of 0.4 s on the rollups, where counting months × places took 17 s only to find too
  // many months.
  if (view.chart === "subpoenas-over-time") {
    for (;;) {
      const columns = await periodCount(q, request, view, limits);
      const coarser = COARSER[view.interval];
      if (columns <= MAX_COLUMNS) break;
      if (chosen || coarser === null) throw tooMany(columns);
      view = { ...view, interval: coarser };
    }
  }
  let loaded = await loadView(q, request, view, dataset, limits);
  for (;;) {
    const { document } = loaded;
    const coarser = COARSER[view.interval];
    if (document.model.kind !== "columns" || document.model.columns.length <= MAX_COLUMNS) break;
    if (chosen || coarser === null) throw tooMany(document.model.columns.length);
    view = { ...view, interval: coarser };
    loaded = await loadView(q, request, view, dataset, limits);
  }
  const { counts, context, document } = loaded;
  const query = new URLSearchParams(request.query);
  if (view.interval !== request.view.interval) query.set("interval", view.interval);
  const { chart } = request;
  // The download holds the chart's own numbers: one row per outcome or place on the bar charts and the map.
  const data = dataRequestFor(view);
  const payload: EmbedPayload = {
    chart,
    view,
    theme: request.theme,
    showTitle: request.showTitle,
    counts,
    context,
    dataset,
    links: {
      dashboard: dashboardUrl(origin, chart, query),
      csv: dataUrl(origin, data.groupBy, data.interval?.toUpperCase() ?? null, query),
      svg: imageUrl(origin, chart, "svg", query),
      png: imageUrl(origin, chart, "png", query),
      page: embedPageUrl(origin, chart, query),
    },
  };
  return { payload, document };
}

/** How many periods the chart would draw: its columns, one per period holding a batch. */
async function periodCount(
  q: Queryable,
  request: EmbedRequest,
  view: EmbedRequest["view"],
  limits: ApiLimits,
): Promise<number> {
  const { interval } = countsRequestFor(view);
  const periods = await countSubpoenas(
    q,
    {
      criteria: request.counts.criteria,
      groupBy: [CountDimension.PERIOD],
      interval: INTERVALS[interval],
      fillEmptyPeriods: false,
    },
    { maxSpanYears: limits.maxSpanYears },
  );
  return periods.buckets.length;
}

const COARSER: Record<string, EmbedRequest["view"]["interval"] | null> = {
  month: "quarter",
  quarter: "year",
  year: null,
};

async function loadView(
  q: Queryable,
  request: EmbedRequest,
  view: EmbedRequest["view"],
  dataset: DatasetVersion,
  limits: ApiLimits,
): Promise<{ counts: CountsLike; context: Parameters<typeof buildChartDocument>[2]; document: ChartDocument }> {
  const { groupBy: chartGroupBy, interval } = countsRequestFor(view);
  // The bar charts and the map add the periods up: they ask for their own dimension alone, and for the periods alone
  // to say which span they cover, so that the page does not grow with periods × places (79.6 MB of HTML for the map
  // at 1M batches otherwise). The over-time chart draws the periods.
  const periodless = view.chart !== "subpoenas-over-time";
  const groupBy = periodless ? chartGroupBy.filter((d) => d !== "PERIOD") : chartGroupBy;
  const criteria = request.counts.criteria;
  // Only a chart coloured by jurisdiction needs the places' positions in the colour order; the map, their counties.
  const colouredByPlace = view.chart === "subpoenas-over-time" && view.stack === "jurisdiction";
  const byJurisdiction = colouredByPlace || view.chart === "where";
  const [result, names, places, periods] = await Promise.all([
    countSubpoenas(
      q,
      {
        criteria,
        groupBy: groupBy.map((d) => CountDimension[d]),
        interval: INTERVALS[interval],
        fillEmptyPeriods: false,
        // Only what the chart draws: its top series and the rest summed as "other" (27 MB of HTML at 1M otherwise).
        top: topFor(view),
      },
      { maxSpanYears: limits.maxSpanYears },
    ),
    filterNames(
      q,
      [
        ...(criteria.jurisdictions ?? []),
        ...(criteria.agencyJurisdictions ?? []),
        ...(criteria.excludeJurisdictions ?? []),
      ],
      criteria.agencies ?? [],
    ),
    byJurisdiction ? jurisdictionPlaces(q) : Promise.resolve(undefined),
    periodless
      ? countSubpoenas(
          q,
          { criteria, groupBy: [CountDimension.PERIOD], interval: INTERVALS[interval], fillEmptyPeriods: false },
          { maxSpanYears: limits.maxSpanYears },
        )
      : Promise.resolve(undefined),
  ]);
  const counts: CountsLike = {
    buckets: result.buckets.map((b) => ({
      period: b.period,
      jurisdiction: b.jurisdiction
        ? {
            slug: b.jurisdiction.slug,
            name: b.jurisdiction.name,
            kind: b.jurisdiction.kind,
            state: b.jurisdiction.state,
            countyFips: places?.countyFips.get(b.jurisdiction.slug) ?? null,
          }
        : null,
      state: b.state,
      outcome: b.outcome,
      subpoenas: b.subpoenas,
      batches: b.batches,
      unknownCountBatches: b.unknownCountBatches,
      inexactCountBatches: b.inexactCountBatches,
      ...(b.other ? { other: true } : {}),
    })),
    total: {
      subpoenas: result.total.subpoenas,
      batches: result.total.batches,
      unknownCountBatches: result.total.unknownCountBatches,
      inexactCountBatches: result.total.inexactCountBatches,
    },
    // Only the positions of the places drawn (the top series): the same colours as the whole order gives them, in a
    // few bytes rather than every slug of the data set (56 KB at 1M batches).
    placeOrder:
      places && colouredByPlace
        ? placePositions(
            result.buckets.flatMap((b) => (b.jurisdiction ? [b.jurisdiction.slug] : [])),
            places.order,
          )
        : undefined,
    ...(periods ? { range: spanOf(periods.buckets, { from: criteria.issuedFrom, to: criteria.issuedTo }) } : {}),
    ...(result.otherSeries > 0 ? { otherSeries: result.otherSeries } : {}),
  };
  const context = {
    filterLabel: describeFilter({
      // The counts service has already refused unknown slugs, so every one has a name.
      jurisdictions: named(criteria.jurisdictions, names.jurisdictions),
      agencies: named(criteria.agencies, names.agencies),
      agencyJurisdictions: named(criteria.agencyJurisdictions, names.jurisdictions),
      excludeJurisdictions: named(criteria.excludeJurisdictions, names.jurisdictions),
      states: criteria.states ?? [],
      outcomes: criteria.outcomes ?? [],
      issuingComponents: criteria.issuingComponents ?? [],
      offenseCategories: criteria.offenseCategories ?? [],
      agencyKinds: criteria.agencyKinds ?? [],
    }),
    from: criteria.issuedFrom,
    to: criteria.issuedTo,
    asOf: dataset.updatedAt,
  };
  return { counts, context, document: buildChartDocument(view, counts, context) };
}
