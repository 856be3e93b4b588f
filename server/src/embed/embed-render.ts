import path from "node:path";
import { DARK_THEME, LIGHT_THEME, type ChartDocument } from "@subpoena-tracker/charts";
import { mapGeography } from "@subpoena-tracker/charts/map-geography";
import { renderChartImageSvg } from "@subpoena-tracker/charts/server";
import { UserInputError } from "../schema/errors";
import type { EmbedRequest } from "./embed-params";

/** Fonts shipped in the repository: the PNGs look the same on every machine, with no system fonts involved. */
export const FONT_DIR = path.resolve(__dirname, "..", "..", "assets", "fonts");
export const FONT_FILES = ["Inter-Regular.ttf", "Inter-SemiBold.ttf"].map((file) => path.join(FONT_DIR, file));

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
    // The shapes are read (and cached) only when a map is drawn.
    geography: document.model.kind === "map" ? mapGeography() : null,
  });
}

/** The PNG's width in pixels: a width × height chart at `scale` becomes (width·scale) × (height·scale). */
export function pngWidth(request: EmbedRequest): number {
  return Math.round(request.image.width * request.image.scale);
}

/**
 * Refuses a PNG larger than the pixel budget (IMAGE_MAX_PIXELS): rasterizing costs time and memory in proportion to
 * the pixels, and 2400 × 2400 at scale 3 would be 52 million of them.
 */
export function checkPixelBudget(request: EmbedRequest, maxPixels: number): void {
  const { width, height, scale } = request.image;
  const pixels = Math.round(width * scale) * Math.round(height * scale);
  if (pixels <= maxPixels) return;
  throw new UserInputError(
    `Parameter "scale": ${width} × ${height} at scale ${scale} is ${pixels} pixels; a PNG may have at most ${maxPixels}. Use a smaller width, height or scale, or the SVG, which is sharp at any size.`,
    "scale",
  );
}
