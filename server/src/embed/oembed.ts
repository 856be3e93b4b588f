import {
  DEFAULT_IMAGE_SIZE,
  embedFromDashboard,
  embedSnippet,
  estimateEmbedHeight,
  imageUrl,
  type ChartDocument,
  type ChartId,
} from "@subpoena-tracker/charts";
import type { Request } from "express";
import { NotFoundError, UserInputError } from "../schema/errors";

type Query = Request["query"];

/** The widest frame oEmbed offers; a consumer's maxwidth can only narrow it. */
export const OEMBED_DEFAULT_WIDTH = 640;
const OEMBED_MIN_WIDTH = 280;
/** How long a consumer may keep the answer, in seconds: the data changes rarely, the snippet never. */
const OEMBED_CACHE_AGE = 86_400;

export interface OembedTarget {
  chart: ChartId;
  query: Query;
  maxWidth: number | null;
  maxHeight: number | null;
}

function positive(query: Query, name: string): number | null {
  const raw = query[name];
  if (raw === undefined || raw === "") return null;
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new UserInputError(`Parameter "${name}" is a whole number of pixels, got "${String(raw)}".`, name);
  }
  return Number(raw);
}

/**
 * What an oEmbed request asks to embed. Accepts links to an embed (/embed/<chart>?..., with or without .svg/.png) and
 * to the dashboard (/?... with #over-time, #by-place or #outcomes), on this site only.
 */
export function parseOembedRequest(query: Query, host: string): OembedTarget {
  for (const name of Object.keys(query)) {
    if (!["url", "format", "maxwidth", "maxheight"].includes(name)) {
      throw new UserInputError(`Unknown parameter "${name}". oEmbed takes url, format, maxwidth and maxheight.`, name);
    }
  }
  const raw = query.url;
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new UserInputError(`Parameter "url" is required: the address of a dashboard view or an embed.`, "url");
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UserInputError(`Parameter "url": "${raw}" is not an absolute address (https://...).`, "url");
  }
  if (url.host !== host) throw new NotFoundError(`Only addresses on ${host} can be embedded here, not ${url.host}.`);
  const maxWidth = positive(query, "maxwidth");
  const maxHeight = positive(query, "maxheight");
  const embed = /^\/embed\/([^/.]+)(?:\.(?:svg|png))?\/?$/.exec(url.pathname);
  if (embed) return { chart: embed[1] as ChartId, query: searchToQuery(url.searchParams), maxWidth, maxHeight };
  if (url.pathname === "/" || url.pathname === "") {
    const { chart, query: embedQuery } = embedFromDashboard(url.search, url.hash);
    return { chart, query: searchToQuery(embedQuery), maxWidth, maxHeight };
  }
  throw new NotFoundError(`There is no chart to embed at ${url.pathname}. Link to the dashboard or to an embed.`);
}

/** Image-only parameters do not belong on the embedded page. */
const IMAGE_ONLY = new Set(["width", "height", "scale", "transparent", "preset"]);

function searchToQuery(params: URLSearchParams): Query {
  // No prototype: a parameter named "constructor" or "__proto__" is only a name here.
  const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  params.forEach((value, name) => {
    if (IMAGE_ONLY.has(name)) return;
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  });
  return query;
}

export interface OembedResponse {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The rich embed: the snippet a CMS pastes, sized to fit the consumer's limits, with a PNG thumbnail. */
export function oembedResponse(
  target: OembedTarget,
  document: ChartDocument,
  pageQuery: URLSearchParams,
  showTitle: boolean,
  origin: string,
): OembedResponse {
  const width = Math.max(OEMBED_MIN_WIDTH, Math.min(target.maxWidth ?? OEMBED_DEFAULT_WIDTH, OEMBED_DEFAULT_WIDTH));
  const natural = estimateEmbedHeight(document.model, document, width, showTitle);
  // A frame shorter than its content still looks right: the page fits the chart into whatever height it is given.
  const height = target.maxHeight ? Math.min(natural, target.maxHeight) : natural;
  // 240 px wide keeps the thumbnail's height (at the default proportions) within the images' 150 px minimum.
  const thumbWidth = Math.min(DEFAULT_IMAGE_SIZE.width, Math.max(240, target.maxWidth ?? DEFAULT_IMAGE_SIZE.width));
  const thumbHeight = Math.round((thumbWidth * DEFAULT_IMAGE_SIZE.height) / DEFAULT_IMAGE_SIZE.width);
  const thumbQuery = new URLSearchParams(pageQuery);
  thumbQuery.set("width", String(thumbWidth));
  thumbQuery.set("height", String(thumbHeight));
  return {
    version: "1.0",
    type: "rich",
    title: document.label,
    provider_name: "Subpoena Tracker",
    provider_url: `${origin}/`,
    html: embedSnippet({
      origin,
      chart: target.chart,
      query: pageQuery,
      title: document.label,
      maxWidth: width,
      height,
    }),
    width,
    height,
    cache_age: OEMBED_CACHE_AGE,
    thumbnail_url: imageUrl(origin, target.chart, "png", thumbQuery),
    thumbnail_width: thumbWidth,
    thumbnail_height: thumbHeight,
  };
}
