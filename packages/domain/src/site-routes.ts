// The site's addresses, in one place: matching a pathname to a page, and building links to pages. Pure and shared,
// so the server's 404 for unknown pages, the dashboard's router and its links agree on them.
/** The tables of the records browser, by their addresses. */
export const RECORD_TABLES = ["batches", "sources", "court-cases", "agencies"] as const;
export type RecordTableName = (typeof RECORD_TABLES)[number];

export type Route =
  | { name: "home" }
  | { name: "records"; table: RecordTableName }
  | { name: "search" }
  | { name: "source"; id: string }
  | { name: "court-case"; slug: string }
  | { name: "batch"; id: string }
  | { name: "jurisdictions" }
  | { name: "jurisdiction"; slug: string }
  | { name: "methodology" }
  | { name: "not-found" };

const BATCH_PATTERN = /^\/batches\/([^/]+)\/?$/;
const JURISDICTION_PATTERN = /^\/jurisdictions\/([^/]+)\/?$/;
const SOURCE_PATTERN = /^\/sources\/([^/]+)\/?$/;
const COURT_CASE_PATTERN = /^\/court-cases\/([^/]+)\/?$/;
const RECORDS_PATTERN = new RegExp(`^/(${RECORD_TABLES.join("|")})/?$`);

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
  if (pathname === "/search" || pathname === "/search/") return { name: "search" };
  const records = RECORDS_PATTERN.exec(pathname);
  if (records) return { name: "records", table: records[1] as RecordTableName };
  const source = SOURCE_PATTERN.exec(pathname);
  if (source) {
    const id = decode(source[1]);
    if (id) return { name: "source", id };
  }
  const courtCase = COURT_CASE_PATTERN.exec(pathname);
  if (courtCase) {
    const slug = decode(courtCase[1]);
    if (slug) return { name: "court-case", slug };
  }
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
  records: (table: RecordTableName, query = ""): string => (query ? `/${table}?${query}` : `/${table}`),
  search: (query: string, after?: string | null): string => {
    const params = new URLSearchParams({ q: query });
    if (after) params.set("after", after);
    return `/search?${params.toString()}`;
  },
  source: (id: string): string => `/sources/${encodeURIComponent(id)}`,
  courtCase: (slug: string): string => `/court-cases/${encodeURIComponent(slug)}`,
  jurisdictions: (): string => "/jurisdictions",
  jurisdiction: (slug: string): string => `/jurisdictions/${encodeURIComponent(slug)}`,
  methodology: (anchor?: string): string => (anchor ? `/methodology#${anchor}` : "/methodology"),
};
