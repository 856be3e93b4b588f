// What the embed builder makes from its choices: the embed page's address, the snippet, and the image addresses. Pure,
// so the dialog only draws, and the tests pin the addresses down.
import {
  DASHBOARD_CHARTS,
  SIZE_PRESETS,
  embedPageUrl,
  embedQuery,
  embedSnippet,
  imageUrl,
  type ChartId,
  type EmbedFilters,
  type SizePresetName,
  type ThemeChoice,
} from "@subpoena-tracker/charts";
import { EMPTY_FILTERS, type DashboardState } from "../../dashboard-state/utils/dashboardState";

/** Widths a frame can take on the host page, in CSS pixels; the frame never grows past its column. */
export const FRAME_WIDTHS = [480, 640, 800] as const;
export type FrameWidth = (typeof FRAME_WIDTHS)[number];

export type ImageSize = "email" | SizePresetName | "custom";

export interface BuilderChoices {
  chart: ChartId;
  /** The dashboard's current filters, or none. */
  useFilters: boolean;
  theme: ThemeChoice;
  showTitle: boolean;
  frameWidth: FrameWidth;
  imageSize: ImageSize;
  customWidth: number;
  customHeight: number;
}

/** A PNG for an email: a 600 px column, twice as sharp for high-density screens. */
export const EMAIL_IMAGE = { width: 600, height: 400, scale: 2 } as const;

/** The frame's height before it has measured itself, and for good where the host strips scripts. */
export const FALLBACK_FRAME_HEIGHT = 480;

export function initialChoices(dashboardChart: string): BuilderChoices {
  return {
    chart: DASHBOARD_CHARTS[dashboardChart] ?? "subpoenas-over-time",
    useFilters: true,
    theme: "light",
    showTitle: true,
    frameWidth: 640,
    imageSize: "email",
    customWidth: 800,
    customHeight: 500,
  };
}

function filtersOf(state: DashboardState, use: boolean): EmbedFilters {
  return use ? state.filters : EMPTY_FILTERS;
}

function viewOf(state: DashboardState) {
  return { interval: state.view.interval, stack: state.view.stackBy, place: state.view.placeBy };
}

export interface BuilderOutput {
  pageUrl: string;
  snippet: string;
  pngUrl: string;
  svgUrl: string;
  imageSize: { width: number; height: number; scale: number };
}

function imageOptions(choices: BuilderChoices) {
  switch (choices.imageSize) {
    case "email":
      return { width: EMAIL_IMAGE.width, height: EMAIL_IMAGE.height, scale: EMAIL_IMAGE.scale, preset: undefined };
    case "custom":
      return { width: choices.customWidth, height: choices.customHeight, scale: 1, preset: undefined };
    default: {
      const preset = SIZE_PRESETS[choices.imageSize];
      return { width: preset.width, height: preset.height, scale: 1, preset: choices.imageSize };
    }
  }
}

function withoutScale(query: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(query);
  copy.delete("scale");
  return copy;
}

export function builderOutput(
  choices: BuilderChoices,
  state: DashboardState,
  origin: string,
  frame: { title: string; height: number | null },
): BuilderOutput {
  const filters = filtersOf(state, choices.useFilters);
  const view = viewOf(state);
  const page = embedQuery(choices.chart, filters, view, { theme: choices.theme, title: choices.showTitle });
  const size = imageOptions(choices);
  // The images take the page's choices and their own size; "auto" means light in a PNG, which cannot follow the reader.
  const image = embedQuery(choices.chart, filters, view, {
    theme: choices.theme,
    title: choices.showTitle,
    preset: size.preset,
    width: size.preset ? undefined : size.width,
    height: size.preset ? undefined : size.height,
    scale: size.scale,
  });
  return {
    pageUrl: embedPageUrl(origin, choices.chart, page),
    snippet: embedSnippet({
      origin,
      chart: choices.chart,
      query: page,
      title: frame.title,
      maxWidth: choices.frameWidth,
      height: frame.height ?? FALLBACK_FRAME_HEIGHT,
    }),
    pngUrl: imageUrl(origin, choices.chart, "png", image),
    // A vector image has no pixel density: `scale` would only make its address differ from the same picture's.
    svgUrl: imageUrl(origin, choices.chart, "svg", withoutScale(image)),
    imageSize: { width: size.width, height: size.height, scale: size.scale },
  };
}
