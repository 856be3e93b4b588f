// Axis scales for counts. Counts are whole numbers and every axis starts at zero: a bar's length is its value.

/** Whole-number ticks from 0 to at least `max`, about `target` of them, in steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(Math.round(value));
  return ticks;
}

/** Maps [0, domainMax] onto [rangeStart, rangeEnd]. */
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (value) => rangeStart + (value / span) * (rangeEnd - rangeStart);
}

/** Rounds to a tenth of a pixel, which keeps the SVG small and its numbers stable across platforms. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
