// The chart as an accessible inline SVG, for pages that put the title, caption and source around it in HTML.
import type { ReactElement } from "react";
import type { ChartModel } from "../model";
import type { ChartTheme } from "../theme";
import { ChartBody } from "./ChartBody";

export interface ChartSvgProps {
  model: ChartModel;
  width: number;
  height: number;
  theme: ChartTheme;
  scale: number;
  /** Short name of the chart (the SVG's <title>). */
  label: string;
  /** The text alternative (the SVG's <desc>). */
  description: string;
  /** Makes the ids of <title> and <desc> unique on the page. */
  idPrefix: string;
}

export function ChartSvg(props: ChartSvgProps): ReactElement {
  const { width, height, theme, label, description, idPrefix } = props;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      fontFamily={theme.fontFamily}
      style={{ display: "block", overflow: "visible" }}
    >
      <title id={`${idPrefix}-title`}>{label}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      <ChartBody model={props.model} width={width} height={height} theme={theme} scale={props.scale} />
    </svg>
  );
}
