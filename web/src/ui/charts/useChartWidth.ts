// The width a fluid chart is drawn at: its container's, read before the first paint and kept up to date as the
// container resizes. A chart given a fixed width uses that instead.
import { useLayoutEffect, useRef, useState, type RefObject } from "react";

// Until the container has been measured (never, outside a browser).
const FALLBACK_WIDTH = 640;

export function useChartWidth(fixed?: number): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element) return;
    setMeasured(Math.round(element.clientWidth));
    const observer = new ResizeObserver(([entry]) => setMeasured(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return [ref, fixed ?? measured ?? FALLBACK_WIDTH];
}
