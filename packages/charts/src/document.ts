// Everything a rendered chart says, made once from the view, the counts and their context, so that the embed page,
// the SVG and PNG images and oEmbed all carry the same title, caption, text alternative and source line.
import { altText, caption, chartTitle, shortDescription, sourceLine } from "./describe";
import type { ChartContext, ChartModel, ChartView, CountsLike } from "./model";
import { toChartModel } from "./series";

export interface ChartDocument {
  view: ChartView;
  model: ChartModel;
  title: string;
  caption: string;
  /** The text alternative. */
  description: string;
  /** A short name of the chart with its filter and span, for iframe titles and oEmbed. */
  label: string;
  source: string;
}

export function buildChartDocument(view: ChartView, counts: CountsLike, context: ChartContext): ChartDocument {
  const model = toChartModel(view, counts, { from: context.from, to: context.to });
  return {
    view,
    model,
    title: chartTitle(view),
    caption: caption(model, context),
    description: altText(model, context),
    label: shortDescription(model, context),
    source: sourceLine(context),
  };
}
