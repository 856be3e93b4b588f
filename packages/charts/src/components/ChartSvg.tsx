// The chart as an accessible inline SVG, for pages that put the title, caption and source around it in HTML.
import type { ReactElement } from "react";
import type { ChartModel } from "../model";
import type { ChartTheme } from "../theme";
import { ChartBody } from "./ChartBody";
import type { MapGeography } from "../map/model";
import { SvgRoot } from "./SvgRoot";

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
  /** The map's shapes, for a map. */
  geography?: MapGeography | null;
}

export function ChartSvg(props: ChartSvgProps): ReactElement {
  const { width, height, theme, label, description, idPrefix } = props;
  return (
    <SvgRoot
      width={width}
      height={height}
      fontFamily={theme.fontFamily}
      idPrefix={idPrefix}
      label={label}
      description={description}
      style={{ display: "block", overflow: "visible" }}
    >
      <ChartBody
        model={props.model}
        width={width}
        height={height}
        theme={theme}
        scale={props.scale}
        geography={props.geography}
      />
    </SvgRoot>
  );
}
