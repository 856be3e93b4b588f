// The plot of any chart model, as an SVG group at the origin: what the embed page and the server's images share.
import type { ReactElement } from "react";
import type { ChartModel } from "../model";
import type { ChartTheme } from "../theme";
import { BarsChart, barsNaturalHeight } from "./BarsChart";
import { ColumnsChart, columnsNaturalHeight } from "./ColumnsChart";
import { MapChart, mapNaturalHeight } from "./MapChart";
import type { MapGeography } from "../map/model";
import { scaledLayout } from "./layout";
import { EmptyMessage } from "./parts";

// The plane of us-atlas's Albers USA files, for sizing a map before its shapes have loaded.
const MAP_PLANE = { width: 975, height: 610 };

export interface ChartBodyProps {
  model: ChartModel;
  width: number;
  height: number;
  theme: ChartTheme;
  /** Multiplies every size; see scaleFor. */
  scale: number;
  /** The shapes a map is drawn on (map/geography.ts); loaded only by those who draw a map. */
  geography?: MapGeography | null;
}

export function ChartBody(props: ChartBodyProps): ReactElement {
  const { model, geography, ...rest } = props;
  if (model.kind === "map") {
    return geography ? (
      <MapChart model={model} geography={geography} {...rest} />
    ) : (
      <EmptyMessage
        width={rest.width}
        height={rest.height}
        theme={rest.theme}
        L={scaledLayout(rest.scale)}
        text="Loading the map…"
      />
    );
  }
  return model.kind === "columns" ? <ColumnsChart model={model} {...rest} /> : <BarsChart model={model} {...rest} />;
}

/** The height the plot would like at this width, for pages that grow to fit their content. */
export function naturalBodyHeight(model: ChartModel, width: number, scale: number): number {
  if (model.kind === "map") return mapNaturalHeight(MAP_PLANE, width, scale, model);
  return model.kind === "columns" ? columnsNaturalHeight(model, width, scale) : barsNaturalHeight(model, width, scale);
}
