// The width a fluid chart is drawn at: its container's, read once the container is in the page and kept up to date as
// it resizes. A chart given a fixed width uses that instead. Until the width is known the chart draws nothing (its
// container keeps its height, so nothing moves): the drawing then happens once, at the right width, in a React
// transition that yields to the browser (issue 12: drawing at a guessed width and again, synchronously, at the
// measured one was a long task on a phone).
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from "react";

// Until the container has been measured (never, outside a browser).
const FALLBACK_WIDTH = 640;

export function useChartWidth(fixed?: number): [RefObject<HTMLDivElement | null>, number, boolean] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element) return;
    const measure = (width: number): void => startTransition(() => setMeasured(Math.round(width)));
    measure(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => measure(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return [ref, fixed ?? measured ?? FALLBACK_WIDTH, fixed !== undefined || measured !== null];
}
