// Every themed mark carries a class as well as its colour, so that an SVG drawn for theme "auto" can switch to the dark
// theme with one CSS media query (browsers honour it in <img> and <object>); renderers without CSS media support, such
// as resvg, simply keep the light colours of the attributes.
import { OUTCOMES } from "@subpoena-tracker/domain";
import { DARK_THEME, colorClass, resolveColor, type ChartTheme, type ColorRef } from "../theme";

export type PaintRole = "bg" | "text" | "muted" | "link" | "grid" | "axis" | "seg";

const ROLE_COLOR: Record<PaintRole, (t: ChartTheme) => string> = {
  bg: (t) => t.background,
  text: (t) => t.textColor,
  muted: (t) => t.mutedTextColor,
  link: (t) => t.linkColor,
  grid: (t) => t.gridColor,
  axis: (t) => t.axisColor,
  seg: (t) => t.segmentStroke,
};

const ROLE_PROPERTY: Record<PaintRole, "fill" | "stroke"> = {
  bg: "fill",
  text: "fill",
  muted: "fill",
  link: "fill",
  grid: "stroke",
  axis: "stroke",
  seg: "stroke",
};

export function fillOf(theme: ChartTheme, role: PaintRole): { fill: string; className: string } {
  return { fill: ROLE_COLOR[role](theme), className: `st-${role}` };
}

export function strokeOf(theme: ChartTheme, role: PaintRole): { stroke: string; className: string } {
  return { stroke: ROLE_COLOR[role](theme), className: `st-${role}` };
}

export function markOf(theme: ChartTheme, ref: ColorRef): { fill: string; className: string } {
  return { fill: resolveColor(theme, ref), className: colorClass(ref) };
}

/** The CSS that turns a light-theme SVG dark when the reader prefers dark. */
export function autoDarkCss(dark: ChartTheme = DARK_THEME): string {
  const rules: string[] = [];
  for (const role of Object.keys(ROLE_COLOR) as PaintRole[]) {
    rules.push(`.st-${role}{${ROLE_PROPERTY[role]}:${ROLE_COLOR[role](dark)}}`);
  }
  // The unknown-count marker is a ring: its fill is the background, its stroke the text colour.
  rules.push(`.st-marker{fill:${dark.background};stroke:${dark.textColor}}`);
  const refs: ColorRef[] = [
    ...dark.seriesColors.map((_, index): ColorRef => ({ kind: "series", index })),
    ...OUTCOMES.map((outcome): ColorRef => ({ kind: "outcome", outcome })),
    { kind: "other" },
    { kind: "single" },
  ];
  for (const ref of refs) rules.push(`.${colorClass(ref)}{fill:${resolveColor(dark, ref)}}`);
  return `@media (prefers-color-scheme: dark){${rules.join("")}}`;
}
