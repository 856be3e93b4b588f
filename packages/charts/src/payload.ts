// What the server hands the embed page (inlined in the HTML, or from /embed/<chart>.json): the counts and their context,
// from which the page builds the same chart document the server's images are built from.
import type { ChartContext, ChartId, ChartView, CountsLike } from "./model";
import type { ThemeChoice } from "./theme";

export interface EmbedLinks {
  /** The dashboard view the chart comes from, with the same filters. */
  dashboard: string;
  /** The chart's numbers as CSV (the API's twin, with the chart's grouping). */
  csv: string;
  svg: string;
  png: string;
  /** This embed page. */
  page: string;
}

export interface EmbedPayload {
  chart: ChartId;
  view: ChartView;
  theme: ThemeChoice;
  showTitle: boolean;
  counts: CountsLike;
  context: ChartContext;
  dataset: { version: number; updatedAt: string };
  links: EmbedLinks;
}

/** Where the server inlines the payload in the embed page. */
export const EMBED_PAYLOAD_ELEMENT_ID = "embed-payload";
