// The dashboard's over-time chart draws each series as one path (issue 12): these read its segments back from the
// path data, each with the period of the column it stands in, so a test can check and click one segment.
import type { Locator, Page } from "playwright-core";

export interface ChartSegment {
  series: string;
  // The column's period, from the column's own mark (".chart-column-top"); null if no mark stands at its x.
  period: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

const CHART = '[data-testid="subpoenas-over-time-chart"]';

/** Every segment of the over-time chart inside `root` (a page's panel or the chart itself). */
export async function overTimeSegments(root: Locator): Promise<ChartSegment[]> {
  const chart = root.locator(`xpath=descendant-or-self::*[@data-testid="subpoenas-over-time-chart"]`).first();
  await chart.locator("path.chart-series").first().waitFor({ state: "attached" });
  return chart.evaluate((element) => {
    const columns = [...element.querySelectorAll(".chart-column-top")].map((mark) => ({
      period: mark.getAttribute("data-period"),
      x: Number(mark.querySelector("rect")?.getAttribute("x")),
    }));
    const segments = [];
    for (const path of element.querySelectorAll("path.chart-series")) {
      for (const match of (path.getAttribute("d") ?? "").matchAll(/M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)/g)) {
        const [x, y, width, height] = match.slice(1).map(Number);
        const column = columns.find((c) => Math.abs(c.x - x) < 0.5);
        segments.push({
          series: path.getAttribute("data-series") ?? "",
          period: column?.period ?? null,
          x,
          y,
          width,
          height,
        });
      }
    }
    return segments;
  });
}

/** The middle of a segment, in the viewport's coordinates, for the pointer (the chart scrolled into view). */
export async function segmentPoint(root: Locator, segment: ChartSegment): Promise<{ x: number; y: number }> {
  const svg = root
    .locator(`xpath=descendant-or-self::*[@data-testid="subpoenas-over-time-chart"]`)
    .first()
    .locator("svg");
  // On screen first, as a reader would scroll to it: the pointer reaches only what is in the viewport.
  await svg.first().scrollIntoViewIfNeeded();
  const box = await svg.first().boundingBox();
  if (!box) throw new Error(`${CHART} is not on screen`);
  return { x: box.x + segment.x + segment.width / 2, y: box.y + segment.y + segment.height / 2 };
}

/** Clicks the middle of a segment, as a reader would. */
export async function clickSegment(page: Page, root: Locator, segment: ChartSegment): Promise<void> {
  const point = await segmentPoint(root, segment);
  await page.mouse.click(point.x, point.y);
}
