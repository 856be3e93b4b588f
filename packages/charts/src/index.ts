// The embeddable charts: shaping functions, words and React SVG components, safe for the browser. Server-side
// rendering to SVG text is in "@subpoena-tracker/charts/server".
export * from "./model";
export * from "./theme";
export * from "./series";
export * from "./describe";
export * from "./document";
export * from "./text";
export * from "./scale";
export { ChartBody, naturalBodyHeight, type ChartBodyProps } from "./components/ChartBody";
export { ChartSvg, type ChartSvgProps } from "./components/ChartSvg";
export { ChartImage, type ChartImageProps } from "./components/ChartImage";
export { scaleFor, LAYOUT } from "./components/layout";
export { autoDarkCss } from "./components/paint";
export * from "./links";
export * from "./payload";
export * from "./estimate";
export * from "./marks";
export * from "./map/model";
export { MapChart, mapNaturalHeight, type MapChartProps, type MapSelection } from "./components/MapChart";
