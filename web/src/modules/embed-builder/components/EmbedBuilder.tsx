// The embed builder: from the chart on screen to a snippet for a web page, or to an image for an email or a social post.
// The current view is the default; every choice shows at once in a live preview of the real embed page.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { RESIZE_MESSAGE_TYPE, SIZE_PRESETS, type ChartId, type ThemeChoice } from "@subpoena-tracker/charts";
import { CopyButton } from "../../../ui/CopyButton";
import { SegmentedControl, SelectField } from "../../../ui/controls";
import type { DashboardState } from "../../dashboard-state/utils/dashboardState";
import {
  EMAIL_IMAGE,
  FRAME_WIDTHS,
  builderOutput,
  type BuilderChoices,
  type FrameWidth,
  type ImageSize,
} from "../utils/embedBuilder";
import "./embedBuilder.css";

const CHARTS: { value: ChartId; label: string }[] = [
  { value: "subpoenas-over-time", label: "Subpoenas over time" },
  { value: "by-jurisdiction", label: "By jurisdiction" },
  { value: "outcomes", label: "Outcomes" },
];

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "auto", label: "Auto (follows the reader's setting)" },
];

const IMAGE_SIZES: { value: ImageSize; label: string }[] = [
  { value: "email", label: `Email (${EMAIL_IMAGE.width} × ${EMAIL_IMAGE.height}, sharp on every screen)` },
  { value: "social", label: SIZE_PRESETS.social.label },
  { value: "square", label: SIZE_PRESETS.square.label },
  { value: "custom", label: "Custom size" },
];

const CUSTOM_BOUNDS = { width: [200, 2400], height: [150, 2400] } as const;

function clamp(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, Math.round(Number.isFinite(value) ? value : min)));
}

export interface EmbedBuilderProps {
  choices: BuilderChoices;
  onChange: (choices: BuilderChoices) => void;
  state: DashboardState;
  hasFilters: boolean;
}

export function EmbedBuilder({ choices, onChange, state, hasFilters }: EmbedBuilderProps) {
  const id = useId();
  const preview = useRef<HTMLIFrameElement>(null);
  const [frameHeight, setFrameHeight] = useState<number | null>(null);
  const [frameTitle, setFrameTitle] = useState("Chart from Subpoena Tracker");
  const [altText, setAltText] = useState<string | null>(null);
  const set = (patch: Partial<BuilderChoices>) => onChange({ ...choices, ...patch });

  const output = useMemo(
    () => builderOutput(choices, state, window.location.origin, { title: frameTitle, height: frameHeight }),
    [choices, state, frameTitle, frameHeight],
  );

  // The preview is the real embed page (same origin, so readable): the height it asks for becomes the snippet's fixed
  // height, its chart's title the frame's accessible name, and its text alternative the images' alt text.
  useEffect(() => {
    setFrameHeight(null);
    const onMessage = (event: MessageEvent) => {
      const frame = preview.current;
      if (!frame || event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
      const data = event.data as { type?: unknown; height?: unknown };
      if (data?.type !== RESIZE_MESSAGE_TYPE || typeof data.height !== "number") return;
      setFrameHeight(Math.ceil(data.height));
      const svg = frame.contentDocument?.querySelector("svg[role=img]");
      const title = svg?.querySelector("title")?.textContent;
      if (title) setFrameTitle(`${title} (Subpoena Tracker)`);
      setAltText(svg?.querySelector("desc")?.textContent ?? null);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [output.pageUrl, choices.frameWidth]);

  return (
    <div className="embed-builder" data-testid="embed-builder">
      <div className="embed-builder__choices">
        {/* The dashboard's own controls (web/src/ui/controls.tsx and .field in styles.css), so the builder looks and
            behaves like the filters above the charts. */}
        <SegmentedControl
          legend="Chart"
          name="embed-chart"
          options={CHARTS}
          value={choices.chart}
          onChange={(chart) => set({ chart })}
        />
        <fieldset className="embed-builder__group">
          <legend>Data</legend>
          <label className="embed-builder__check">
            <input
              type="checkbox"
              checked={choices.useFilters}
              disabled={!hasFilters}
              onChange={(event) => set({ useFilters: event.target.checked })}
            />
            {hasFilters ? "Use the filters of the current view" : "No filters are set: all subpoenas"}
          </label>
        </fieldset>
        <fieldset className="embed-builder__group">
          <legend>Look</legend>
          <SelectField
            label="Theme"
            value={choices.theme}
            options={THEMES}
            onChange={(theme) => set({ theme: theme as ThemeChoice })}
          />
          <label className="embed-builder__check">
            <input
              type="checkbox"
              checked={choices.showTitle}
              onChange={(event) => set({ showTitle: event.target.checked })}
            />
            Show the title
          </label>
          <SelectField
            label="Width on your page"
            value={String(choices.frameWidth)}
            options={FRAME_WIDTHS.map((width) => ({
              value: String(width),
              label: `Up to ${width} px (narrower on phones)`,
            }))}
            onChange={(width) => set({ frameWidth: Number(width) as FrameWidth })}
          />
        </fieldset>
      </div>

      <section className="embed-builder__preview" aria-label="Preview">
        <h3>Preview</h3>
        <iframe
          ref={preview}
          src={output.pageUrl}
          title={`Preview: ${frameTitle}`}
          style={{ width: "100%", maxWidth: choices.frameWidth, height: frameHeight ?? 480, border: 0 }}
        />
      </section>

      <section className="embed-builder__outputs">
        <h3>For a web page</h3>
        <p className="embed-builder__hint">
          Paste this HTML where the chart should appear. It resizes itself; if your site removes scripts it keeps a
          fixed height that fits.
        </p>
        <label className="embed-builder__code">
          <span className="visually-hidden">Embed code</span>
          <textarea
            readOnly
            rows={5}
            value={output.snippet}
            data-testid="embed-snippet"
            onFocus={(e) => e.target.select()}
          />
        </label>
        <CopyButton text={() => output.snippet} label="Copy embed code" className="button button--primary" />

        <h3>As an image</h3>
        <p className="embed-builder__hint">For emails, social posts and anywhere that runs no scripts.</p>
        <SelectField
          label="Size"
          className="embed-builder__size"
          value={choices.imageSize}
          options={IMAGE_SIZES}
          onChange={(imageSize) => set({ imageSize: imageSize as ImageSize })}
        />
        {choices.imageSize === "custom" ? (
          <div className="embed-builder__custom">
            <div className="field">
              <label htmlFor={`${id}-custom-width`}>Width</label>
              <input
                id={`${id}-custom-width`}
                type="number"
                min={CUSTOM_BOUNDS.width[0]}
                max={CUSTOM_BOUNDS.width[1]}
                value={choices.customWidth}
                onChange={(event) => set({ customWidth: clamp(event.target.valueAsNumber, CUSTOM_BOUNDS.width) })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-custom-height`}>Height</label>
              <input
                id={`${id}-custom-height`}
                type="number"
                min={CUSTOM_BOUNDS.height[0]}
                max={CUSTOM_BOUNDS.height[1]}
                value={choices.customHeight}
                onChange={(event) => set({ customHeight: clamp(event.target.valueAsNumber, CUSTOM_BOUNDS.height) })}
              />
            </div>
          </div>
        ) : null}
        <div className="embed-builder__links">
          <a className="button" href={output.pngUrl} download data-testid="embed-png">
            Download PNG
          </a>
          <CopyButton text={() => output.pngUrl} label="Copy PNG address" />
          <a className="button" href={output.svgUrl} download data-testid="embed-svg">
            Download SVG
          </a>
          <CopyButton text={() => output.svgUrl} label="Copy SVG address" />
        </div>
        <p className="embed-builder__hint">
          The PNG is {output.imageSize.width * output.imageSize.scale} ×{" "}
          {output.imageSize.height * output.imageSize.scale} pixels. Give it this text alternative (alt text), so that
          readers who cannot see it get the numbers:
        </p>
        <label className="embed-builder__code">
          <span className="visually-hidden">Alt text for the image</span>
          <textarea
            readOnly
            rows={3}
            value={altText ?? "…"}
            data-testid="embed-alt"
            onFocus={(e) => e.target.select()}
          />
        </label>
        <CopyButton text={() => altText ?? ""} label="Copy alt text" />
      </section>
    </div>
  );
}
