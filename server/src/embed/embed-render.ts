import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { DARK_THEME, LIGHT_THEME, type ChartDocument } from "@subpoena-tracker/charts";
import { renderChartImageSvg } from "@subpoena-tracker/charts/server";
import type { EmbedRequest } from "./embed-params";

/** Fonts shipped in the repository: the PNGs look the same on every machine, with no system fonts involved. */
export const FONT_DIR = path.resolve(__dirname, "..", "..", "assets", "fonts");
const FONT_FILES = ["Inter-Regular.ttf", "Inter-SemiBold.ttf"].map((file) => path.join(FONT_DIR, file));

/**
 * The chart as a standalone SVG. Theme "auto" draws the light theme and adds CSS that switches to dark for readers
 * who prefer it (honoured where the SVG is shown as an image; a PNG is always light for "auto").
 */
export function renderSvg(
  document: ChartDocument,
  request: EmbedRequest,
  link: { href: string; label: string },
): string {
  const { width, height, transparent } = request.image;
  return renderChartImageSvg({
    model: document.model,
    width,
    height,
    theme: request.theme === "dark" ? DARK_THEME : LIGHT_THEME,
    autoDark: request.theme === "auto",
    transparent,
    title: request.showTitle ? document.title : null,
    caption: document.caption,
    description: document.description,
    source: document.source,
    link,
  });
}

/** Rasterizes the SVG at `scale` pixels per CSS pixel: a width × height chart becomes (width·scale) × (height·scale). */
export function renderPng(svg: string, request: EmbedRequest): Buffer {
  const { width, scale } = request.image;
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Inter" },
  });
  return resvg.render().asPng();
}
