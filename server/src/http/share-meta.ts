import { embedFromDashboard, type ChartId } from "@subpoena-tracker/charts";
import { formatPartialDateHuman, parsePartialDate, type Route } from "@subpoena-tracker/domain";
import type { Request } from "express";
import type { ApiLimits } from "../config";
import { loadChart } from "../embed/embed-data";
import { parseEmbedRequest } from "../embed/embed-params";
import type { DatasetVersion } from "../modules/dataset/dataset-version.service";
import type { Queryable } from "../modules/shared/queryable";
import { cardDescription, escapeHtml, linkCardTags, type LinkCard } from "../util/link-card";

const SITE_NAME = "Subpoena Tracker";
const SITE_DESCRIPTION =
  "How many immigration subpoenas ICE served on sanctuary jurisdictions, where, and what happened to them: sourced figures, charts, downloads and citations.";

/**
 * What a link unfurler (Slack, Mastodon, a CMS) shows for a page: written into the HTML shell by the server, because
 * unfurlers do not run the dashboard's JavaScript. The image is the PNG of the page's chart, so a pasted link shows
 * the numbers themselves.
 */
export type ShareMeta = LinkCard;

type Query = Request["query"];

function searchToQuery(search: URLSearchParams): Query {
  const query: Record<string, string> = Object.create(null) as Record<string, string>;
  search.forEach((value, name) => {
    query[name] = name in query ? `${query[name]},${value}` : value;
  });
  return query;
}

/** The chart's words and image for an embed query; null when the query is not a chart (a bad filter). */
async function chartMeta(
  q: Queryable,
  chart: ChartId,
  query: URLSearchParams,
  dataset: DatasetVersion,
  limits: ApiLimits,
  origin: string,
): Promise<{ title: string; description: string; image: string } | null> {
  try {
    const request = parseEmbedRequest(chart, searchToQuery(query));
    const { payload, document } = await loadChart(q, request, dataset, limits, origin);
    return { title: document.title, description: cardDescription(document.description), image: payload.links.png };
  } catch {
    // A mistyped filter gets the site's own card; the page itself says what is wrong.
    return null;
  }
}

interface Subject {
  title: string;
  description: string;
  /** The chart that shows this page's subject. */
  chart: ChartId;
  chartQuery: URLSearchParams;
  oembed: boolean;
}

/** A record page's subject: its name and the jurisdiction whose chart stands for it. */
async function subjectFor(q: Queryable, route: Route, search: string): Promise<Subject | null> {
  const overall = (): URLSearchParams => new URLSearchParams();
  switch (route.name) {
    case "home": {
      const { chart, query } = embedFromDashboard(search, "");
      return { title: SITE_NAME, description: SITE_DESCRIPTION, chart, chartQuery: query, oembed: true };
    }
    case "jurisdiction": {
      const [row] = await q.query<{ name: string; state: string | null }[]>(
        `SELECT name, state FROM jurisdictions WHERE slug = $1 AND withdrawn_at IS NULL`,
        [route.slug],
      );
      if (!row) return null;
      const name = row.state && !row.name.endsWith(row.state) ? `${row.name}, ${row.state}` : row.name;
      return {
        title: `${name}: ICE subpoenas`,
        description: `ICE administrative subpoenas served on ${name}, what happened to them, and the sources.`,
        chart: "subpoenas-over-time",
        chartQuery: new URLSearchParams({ jurisdiction: route.slug }),
        oembed: false,
      };
    }
    case "batch": {
      const [row] = await q.query<{ issued_on: string; issued_precision: string; slug: string; name: string }[]>(
        `SELECT to_char(b.issued_on, 'YYYY-MM-DD') AS issued_on, b.issued_precision, j.slug, j.name
           FROM batches b JOIN jurisdictions j ON j.slug = b.jurisdiction_slug
          WHERE b.id = $1 AND b.withdrawn_at IS NULL`,
        [route.id],
      );
      if (!row) return null;
      const issued = formatPartialDateHuman(
        parsePartialDate(
          row.issued_precision === "year"
            ? row.issued_on.slice(0, 4)
            : row.issued_precision === "month"
              ? row.issued_on.slice(0, 7)
              : row.issued_on,
        ),
      );
      return {
        title: `ICE subpoenas to ${row.name}, ${issued}`,
        description: `A batch of ICE administrative subpoenas served on ${row.name} (${issued}): what was asked, what happened, and the sources.`,
        chart: "subpoenas-over-time",
        chartQuery: new URLSearchParams({ jurisdiction: row.slug }),
        oembed: false,
      };
    }
    case "source": {
      const [row] = await q.query<{ title: string; publisher: string }[]>(
        `SELECT title, publisher FROM sources WHERE id = $1 AND withdrawn_at IS NULL`,
        [route.id],
      );
      if (!row) return null;
      return {
        title: `Source: ${row.title} (${row.publisher})`,
        description: `Every fact in the Subpoena Tracker that cites "${row.title}" (${row.publisher}).`,
        chart: "subpoenas-over-time",
        chartQuery: overall(),
        oembed: false,
      };
    }
    case "court-case": {
      const [row] = await q.query<{ caption: string; court: string }[]>(
        `SELECT caption, court FROM court_cases WHERE slug = $1 AND withdrawn_at IS NULL`,
        [route.slug],
      );
      if (!row) return null;
      return {
        title: `Court case: ${row.caption}`,
        description: `${row.caption}, ${row.court}: the ICE subpoenas it concerns and the sources.`,
        chart: "outcomes",
        chartQuery: overall(),
        oembed: false,
      };
    }
    case "records": {
      const names = { batches: "Batches", sources: "Sources", "court-cases": "Court cases", agencies: "Agencies" };
      return {
        title: `${names[route.table]} | records`,
        description: `Every ${names[route.table].toLowerCase()} record in the Subpoena Tracker, sortable and filterable, with CSV and JSON downloads.`,
        chart: "subpoenas-over-time",
        chartQuery: overall(),
        oembed: false,
      };
    }
    case "jurisdictions":
    case "methodology":
    case "changes":
    case "search": {
      const titles = {
        jurisdictions: "Jurisdictions",
        methodology: "Methodology",
        changes: "Corrections and changes",
        search: "Search",
      };
      return {
        title: titles[route.name],
        description: SITE_DESCRIPTION,
        chart: "subpoenas-over-time",
        chartQuery: overall(),
        oembed: false,
      };
    }
    default:
      return null;
  }
}

/**
 * The link card for a public page, or null for pages that get none (the editor, pages that do not exist). The chart's
 * own title and description (with its figures and period) describe the dashboard; record pages are named by their
 * record and pictured by their jurisdiction's chart.
 */
export async function shareMetaFor(
  q: Queryable,
  route: Route,
  pathAndSearch: { path: string; search: string },
  dataset: DatasetVersion,
  limits: ApiLimits,
  origin: string,
): Promise<ShareMeta | null> {
  const subject = await subjectFor(q, route, pathAndSearch.search);
  if (!subject) return null;
  const chart =
    (await chartMeta(q, subject.chart, subject.chartQuery, dataset, limits, origin)) ??
    (await chartMeta(q, "subpoenas-over-time", new URLSearchParams(), dataset, limits, origin));
  const url = `${origin}${pathAndSearch.path}${pathAndSearch.search}`;
  const isHome = route.name === "home";
  return {
    title: isHome && chart ? `${chart.title} | ${SITE_NAME}` : `${subject.title} | ${SITE_NAME}`,
    description: isHome && chart ? chart.description : subject.description,
    url,
    image: chart?.image ?? `${origin}/embed/subpoenas-over-time.png`,
    imageAlt: chart?.description ?? subject.description,
    oembed: subject.oembed ? `${origin}/oembed?url=${encodeURIComponent(url)}` : null,
  };
}

/** The shell with the card's tags before </head>, and its description for search engines. */
export function withShareMeta(html: string, meta: ShareMeta): string {
  const head = linkCardTags(meta).join("\n    ");
  return html
    .replace(/<meta\s+name="description"[^>]*>/, `<meta name="description" content="${escapeHtml(meta.description)}">`)
    .replace("</head>", `    ${head}\n  </head>`);
}
