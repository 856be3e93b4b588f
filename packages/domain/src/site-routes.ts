// The site's addresses, in one place: matching a pathname to a page, and building links to pages. Pure and shared,
// so the server's 404 for unknown pages, the dashboard's router and its links agree on them.
export type Route =
  | { name: "home" }
  | { name: "batch"; id: string }
  | { name: "jurisdictions" }
  | { name: "jurisdiction"; slug: string }
  | { name: "methodology" }
  | { name: "not-found" };

const BATCH_PATTERN = /^\/batches\/([^/]+)\/?$/;
const JURISDICTION_PATTERN = /^\/jurisdictions\/([^/]+)\/?$/;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "home" };
  if (pathname === "/jurisdictions" || pathname === "/jurisdictions/") return { name: "jurisdictions" };
  if (pathname === "/methodology" || pathname === "/methodology/") return { name: "methodology" };
  const batch = BATCH_PATTERN.exec(pathname);
  if (batch) {
    const id = decode(batch[1]);
    if (id) return { name: "batch", id };
  }
  const jurisdiction = JURISDICTION_PATTERN.exec(pathname);
  if (jurisdiction) {
    const slug = decode(jurisdiction[1]);
    if (slug) return { name: "jurisdiction", slug };
  }
  return { name: "not-found" };
}

export const paths = {
  home: (query = ""): string => (query ? `/?${query}` : "/"),
  batch: (id: string): string => `/batches/${encodeURIComponent(id)}`,
  jurisdictions: (): string => "/jurisdictions",
  jurisdiction: (slug: string): string => `/jurisdictions/${encodeURIComponent(slug)}`,
  methodology: (anchor?: string): string => (anchor ? `/methodology#${anchor}` : "/methodology"),
};
