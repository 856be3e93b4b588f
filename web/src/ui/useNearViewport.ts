// Whether an element has come near the visible part of the page (once it has, it stays so): what a costly panel below
// the fold waits for before it loads and draws its chart, so that the first view spends nothing on it (issue 12).
import { useEffect, useState, type RefObject } from "react";

// How close it must come: about a screen's scroll ahead, so the chart is drawn before it is seen.
const MARGIN = "600px 0px";

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
