// How tall an embed page will be at a given width, without a browser: the fixed height a snippet's iframe starts with
// (and keeps where the host strips scripts), and the height oEmbed announces. The page measures itself once loaded;
// these numbers mirror its CSS (web/src/embed/embed.css), so a frame rarely needs to change size.
import { naturalBodyHeight } from "./components/ChartBody";
import type { ChartModel } from "./model";
import { measureText } from "./text";

export const EMBED_PAGE_STYLE = {
  padding: 16,
  titleFontSize: 19,
  titleLineHeight: 1.25,
  captionFontSize: 14,
  captionLineHeight: 1.4,
  headerGap: 12,
  footerFontSize: 13,
  footerLineHeight: 1.5,
  footerGap: 12,
} as const;

/**
 * The chart's scale on the page: type keeps its normal size at every width (the layout adapts instead), a little
 * smaller only on the narrowest phones.
 */
export function pageScale(width: number): number {
  return width < 320 ? 0.9 : 1;
}

function lines(text: string, width: number, fontSize: number): number {
  return Math.max(1, Math.ceil(measureText(text, fontSize) / Math.max(1, width)));
}

export function estimateEmbedHeight(
  model: ChartModel,
  texts: { title: string; caption: string; source: string },
  width: number,
  showTitle: boolean,
): number {
  const s = EMBED_PAGE_STYLE;
  const inner = width - s.padding * 2;
  const title = showTitle ? lines(texts.title, inner, s.titleFontSize) * s.titleFontSize * s.titleLineHeight : 0;
  const caption = lines(texts.caption, inner, s.captionFontSize) * s.captionFontSize * s.captionLineHeight;
  // The footer holds the source line and the links (data, table), on one or two lines.
  const footerText = `${texts.source} · Data (CSV) · Show data table`;
  const footer = lines(footerText, inner, s.footerFontSize) * s.footerFontSize * s.footerLineHeight;
  const body = naturalBodyHeight(model, inner, pageScale(inner));
  return Math.ceil(s.padding * 2 + title + caption + s.headerGap + body + s.footerGap + footer);
}
