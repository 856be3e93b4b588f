// The plot of any chart model, as an SVG group at the origin: what the embed page and the server's images share.
import type { ReactElement } from "react";
import type { ChartModel } from "../model";
import type { ChartTheme } from "../theme";
import { BarsChart, barsNaturalHeight } from "./BarsChart";
import { ColumnsChart, columnsNaturalHeight } from "./ColumnsChart";

export interface ChartBodyProps {
  model: ChartModel;
  width: number;
  height: number;
  theme: ChartTheme;
  /** Multiplies every size; see scaleFor. */
  scale: number;
}

export function ChartBody(props: ChartBodyProps): ReactElement {
  const { model, ...rest } = props;
  return model.kind === "columns" ? <ColumnsChart model={model} {...rest} /> : <BarsChart model={model} {...rest} />;
}

/** The height the plot would like at this width, for pages that grow to fit their content. */
export function naturalBodyHeight(model: ChartModel, width: number, scale: number): number {
  return model.kind === "columns" ? columnsNaturalHeight(model, width, scale) : barsNaturalHeight(model, width, scale);
}
