// Whether an element is in, or near, the viewport yet: true from the first time it comes within `margin` of it, and
// for good after. For what is not worth loading before a reader gets to it (the bar charts' recharts, issue 12). Where
// the browser cannot tell (no IntersectionObserver), it is near at once.
import { useEffect, useRef, useState, type RefObject } from "react";

export function useNearViewport<T extends Element>(margin: string): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near];
}
