// The root of every chart SVG: a sized, labelled image whose <title> and <desc> screen readers and image search read.
import type { CSSProperties, ReactElement, ReactNode } from "react";

export interface SvgRootProps {
  width: number;
  height: number;
  fontFamily: string;
  /** Makes the ids of <title> and <desc> unique on the page. */
  idPrefix: string;
  /** Short name of the chart (the SVG's <title>). */
  label: string;
  /** The text alternative (the SVG's <desc>). */
  description: string;
  style?: CSSProperties;
  children: ReactNode;
}

export function SvgRoot({
  width,
  height,
  fontFamily,
  idPrefix,
  label,
  description,
  style,
  children,
}: SvgRootProps): ReactElement {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      fontFamily={fontFamily}
      style={style}
    >
      <title id={`${idPrefix}-title`}>{label}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
