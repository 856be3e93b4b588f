// Server-side rendering of the charts to SVG text. It lives in this package so that it uses this package's own React
// (19, the same as the components), whatever React the server's other dependencies bring: two Reacts in one render
// fail in confusing ways.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ChartImage, type ChartImageProps } from "./components/ChartImage";

export type { ChartImageProps };

export function renderChartImageSvg(props: ChartImageProps): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(createElement(ChartImage, props))}\n`;
}
