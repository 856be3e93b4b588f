// A chart as a standalone picture: title, one-line caption, the plot and the source line, all inside one SVG of a
// fixed size. The server sends it as image/svg+xml and rasterizes it to PNG; it is also what social cards show.
import type { ReactElement } from "react";
import { px } from "../scale";
import { wrapText, truncateText, measureText } from "../text";
import type { ChartModel } from "../model";
import type { ChartTheme } from "../theme";
import { ChartBody } from "./ChartBody";
import type { MapGeography } from "../map/model";
import { SvgRoot } from "./SvgRoot";
import { scaledLayout, scaleFor } from "./layout";
import { autoDarkCss, fillOf } from "./paint";

export interface ChartImageProps {
  model: ChartModel;
  width: number;
  height: number;
  /** The colours drawn; with `autoDark`, the light theme that CSS turns dark for readers who prefer dark. */
  theme: ChartTheme;
  autoDark: boolean;
  transparent: boolean;
  title: string | null;
  caption: string;
  /** The text alternative, as the SVG's <desc>. */
  description: string;
  source: string;
  /** Where the source line links to (the dashboard view), and the short text shown for it. */
  link: { href: string; label: string };
  /** The map's shapes, for a map. */
  geography?: MapGeography | null;
}

const LINE_HEIGHT = 1.25;
// Where the baseline sits below the top of a line, as a share of the font size (Inter's ascent, rounded).
const BASELINE = 0.95;

export function ChartImage(props: ChartImageProps): ReactElement {
  const { model, width, height, theme } = props;
  const scale = scaleFor(width, height);
  const L = scaledLayout(scale);
  const pad = L.framePadding;
  const inner = width - pad * 2;

  const titleLines = props.title
    ? wrapText(props.title, inner, L.titleFontSize, { weight: "semibold", maxLines: 2 })
    : [];
  const captionLines = wrapText(props.caption, inner, L.captionFontSize, { maxLines: 2 });
  let y = pad;
  const titleTop = y;
  y += titleLines.length * L.titleFontSize * LINE_HEIGHT + (titleLines.length > 0 ? L.titleGap : 0);
  const captionTop = y;
  y += captionLines.length * L.captionFontSize * LINE_HEIGHT + L.bodyGap;
  const footerHeight = L.sourceFontSize * LINE_HEIGHT + L.bodyGap;
  const bodyTop = y;
  const bodyHeight = Math.max(40 * scale, height - pad - footerHeight - bodyTop);
  const footerBaseline = height - pad - L.sourceFontSize * (LINE_HEIGHT - BASELINE);

  const linkWidth = measureText(props.link.label, L.sourceFontSize);
  const sourceRoom = inner - linkWidth - 16 * scale;
  const showLink = sourceRoom >= measureText(props.source, L.sourceFontSize);

  return (
    <SvgRoot
      width={width}
      height={height}
      fontFamily={theme.fontFamily}
      idPrefix="st-chart"
      label={props.title ?? props.caption}
      description={props.description}
    >
      {props.autoDark ? <style dangerouslySetInnerHTML={{ __html: autoDarkCss() }} /> : null}
      {props.transparent ? null : <rect width={width} height={height} {...fillOf(theme, "bg")} />}
      {titleLines.map((line, i) => (
        <text
          key={`title-${i}`}
          x={px(pad)}
          y={px(titleTop + L.titleFontSize * (BASELINE + i * LINE_HEIGHT))}
          fontSize={px(L.titleFontSize)}
          fontWeight={600}
          {...fillOf(theme, "text")}
        >
          {line}
        </text>
      ))}
      {captionLines.map((line, i) => (
        <text
          key={`caption-${i}`}
          x={px(pad)}
          y={px(captionTop + L.captionFontSize * (BASELINE + i * LINE_HEIGHT))}
          fontSize={px(L.captionFontSize)}
          {...fillOf(theme, "muted")}
        >
          {line}
        </text>
      ))}
      <g transform={`translate(${px(pad)} ${px(bodyTop)})`}>
        <ChartBody
          model={model}
          width={inner}
          height={bodyHeight}
          theme={theme}
          scale={scale}
          geography={props.geography}
        />
      </g>
      <a href={props.link.href}>
        <text x={px(pad)} y={px(footerBaseline)} fontSize={px(L.sourceFontSize)} {...fillOf(theme, "muted")}>
          {showLink ? props.source : truncateText(props.source, inner, L.sourceFontSize)}
        </text>
        {showLink ? (
          <text
            x={px(width - pad)}
            y={px(footerBaseline)}
            textAnchor="end"
            fontSize={px(L.sourceFontSize)}
            {...fillOf(theme, "link")}
          >
            {props.link.label}
          </text>
        ) : null}
      </a>
    </SvgRoot>
  );
}
