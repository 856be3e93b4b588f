// Whether an element has come near the visible part of the page (once it has, it stays so): what a costly panel below
// the fold waits for before it loads and draws its chart, so that the first view spends nothing on it (issue 12).
import { useEffect, useRef, useState, type RefObject } from "react";

// How close it must come: about a screen's scroll ahead, so the chart is drawn before it is seen.
const MARGIN = "600px 0px";

/**
 * For a dashboard panel that asks for its data only when near (the over-time, by-place, outcomes and map panels): less
 * than a screen ahead, so that on Lighthouse's desktop screen (1350 × 940) the panels of the second row, 590 px below
 * the first view, wait too. The answers come from the server's cache in a few tens of milliseconds.
 */
const PANEL_NEAR_MARGIN = "300px 0px";

export function useNearViewport(ref: RefObject<Element | null>, margin: string = MARGIN): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    // Browsers without IntersectionObserver draw it at once.
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
}

/**
 * A dashboard panel's figure (pass `figureRef` to ChartFigure) and whether it has come near the screen: the panel asks
 * for its data and draws only then, so that below the first view it costs the page's load nothing (issue 12: the
 * blocking time on `/`).
 */
export function useNearScreenPanel(): { figureRef: RefObject<HTMLElement | null>; near: boolean } {
  const figureRef = useRef<HTMLElement | null>(null);
  return { figureRef, near: useNearViewport(figureRef, PANEL_NEAR_MARGIN) };
}
