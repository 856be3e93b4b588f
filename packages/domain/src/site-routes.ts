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
  | { name: "changes" }
  | EditorRoute
  | { name: "not-found" };

// The staff pages live under /editor and load as a separate bundle.
export type EditorRoute =
  | { name: "editor-home" }
  | { name: "editor-sign-in"; next: string | null }
  | { name: "editor-changeset"; id: string }
  // `page` is the public address shown with the draft applied: "/" for the dashboard, "/batches/x" for a batch.
  | { name: "editor-preview"; id: string; page: string }
  | { name: "editor-inbox" }
  | { name: "editor-admin" };

const BATCH_PATTERN = /^\/batches\/([^/]+)\/?$/;
const JURISDICTION_PATTERN = /^\/jurisdictions\/([^/]+)\/?$/;
const SOURCE_PATTERN = /^\/sources\/([^/]+)\/?$/;
const COURT_CASE_PATTERN = /^\/court-cases\/([^/]+)\/?$/;
const RECORDS_PATTERN = new RegExp(`^/(${RECORD_TABLES.join("|")})/?$`);
const CHANGESET_PATTERN = /^\/editor\/changesets\/(\d+)\/?$/;
const PREVIEW_PATTERN = /^\/editor\/changesets\/(\d+)\/preview(\/.*)?$/;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function isPath(pathname: string, path: string): boolean {
  return pathname === path || pathname === `${path}/`;
}

export function isEditorRoute(route: Route): route is EditorRoute {
  return route.name.startsWith("editor-");
}

// `search` is only read by the sign-in page (where to go back to).
export function matchRoute(pathname: string, search = ""): Route {
  if (pathname === "/" || pathname === "") return { name: "home" };
  if (isPath(pathname, "/changes")) return { name: "changes" };
  if (isPath(pathname, "/editor")) return { name: "editor-home" };
  if (isPath(pathname, "/editor/inbox")) return { name: "editor-inbox" };
  if (isPath(pathname, "/editor/admin")) return { name: "editor-admin" };
  if (isPath(pathname, "/editor/sign-in")) {
    const next = new URLSearchParams(search).get("next");
    // Only this site's own pages: an address from elsewhere would make the sign-in page an open redirect.
    return { name: "editor-sign-in", next: next && next.startsWith("/") && !next.startsWith("//") ? next : null };
  }
  const changeset = CHANGESET_PATTERN.exec(pathname);
  if (changeset) return { name: "editor-changeset", id: changeset[1] };
  const preview = PREVIEW_PATTERN.exec(pathname);
  if (preview) {
    return { name: "editor-preview", id: preview[1], page: preview[2] && preview[2] !== "/" ? preview[2] : "/" };
  }
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
  changes: (anchor?: string): string => (anchor ? `/changes#${anchor}` : "/changes"),
  editor: (): string => "/editor",
  signIn: (next?: string): string => (next ? `/editor/sign-in?next=${encodeURIComponent(next)}` : "/editor/sign-in"),
  changeset: (id: string | number): string => `/editor/changesets/${id}`,
  preview: (id: string | number, page = "/"): string => `/editor/changesets/${id}/preview${page === "/" ? "" : page}`,
  inbox: (): string => "/editor/inbox",
  admin: (): string => "/editor/admin",
};
