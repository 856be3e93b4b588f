import { lazy, Suspense, useEffect, useMemo, useRef, type ComponentType } from "react";
import { Provider } from "urql";
import { HomePage } from "../pages/HomePage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { CiteThis } from "../modules/take-away/components/CiteThis";
import { MAIN_ID, PageFrame, Section } from "../ui/Layout";
import { useLocation } from "./router";
import { isEditorRoute, matchRoute, type EditorRoute, type RecordTableName, type Route } from "./routes";
import { createUrqlClient } from "./urqlClient";
import { Skeleton } from "../ui/status";

/**
 * A page loaded when it is first visited, so the dashboard's first view downloads only what it draws.
 *
 * Every route but the home page goes through here, and so must every new one: a page with heavy dependencies (a map
 * and its geography, a records table, the editor) must never be imported statically from this file or from the
 * home page, or its code lands in everyone's first load. `pnpm bench:web` prints what the first view downloads
 * against its budget.
 */
function lazyPage<Props extends object>(
  load: () => Promise<Record<string, ComponentType<Props>>>,
  name: string,
): ComponentType<Props> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const BatchPage = lazyPage<{ id: string }>(() => import("../pages/BatchPage"), "BatchPage");
const JurisdictionsPage = lazyPage(() => import("../pages/JurisdictionsPage"), "JurisdictionsPage");
const JurisdictionPage = lazyPage<{ slug: string }>(() => import("../pages/JurisdictionPage"), "JurisdictionPage");
// The methodology carries the whole data dictionary.
const MethodologyPage = lazyPage(() => import("../pages/MethodologyPage"), "MethodologyPage");
const RecordsPage = lazyPage<{ table: RecordTableName }>(() => import("../pages/RecordsPage"), "RecordsPage");
const SourcePage = lazyPage<{ id: string }>(() => import("../pages/SourcePage"), "SourcePage");
const CourtCasePage = lazyPage<{ slug: string }>(() => import("../pages/CourtCasePage"), "CourtCasePage");
const SearchPage = lazyPage(() => import("../pages/SearchPage"), "SearchPage");

const ChangesPage = lazyPage(() => import("../pages/ChangesPage"), "ChangesPage");
// The staff pages are a bundle of their own.
const EditorPages = lazyPage<{ route: EditorRoute }>(() => import("../pages/editor/EditorPages"), "EditorPages");

// Exported for the editor's preview, which shows the public pages with a draft applied.
export function RoutePage({ route }: { route: Route }) {
  if (isEditorRoute(route)) return <EditorPages route={route} />;
  switch (route.name) {
    case "home":
      return <HomePage />;
    case "batch":
      return <BatchPage id={route.id} />;
    case "records":
      return <RecordsPage table={route.table} />;
    case "search":
      return <SearchPage />;
    case "source":
      return <SourcePage id={route.id} />;
    case "court-case":
      return <CourtCasePage slug={route.slug} />;
    case "jurisdictions":
      return <JurisdictionsPage />;
    case "jurisdiction":
      return <JurisdictionPage slug={route.slug} />;
    case "methodology":
      return <MethodologyPage />;
    case "changes":
      return <ChangesPage />;
    case "not-found":
      return <NotFoundPage />;
  }
}

// Pages that place "Cite this" themselves, among their own sections (or have nothing to cite).
const CITED_IN_PAGE = new Set<Route["name"]>(["home", "jurisdiction", "not-found"]);

function Page({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Skeleton height={400} label="Loading the page" />}>
      <RoutePage route={route} />
      {!isEditorRoute(route) && !CITED_IN_PAGE.has(route.name) && (
        <Section title="Cite this page" id="cite">
          <CiteThis />
        </Section>
      )}
    </Suspense>
  );
}

// How long a new page may take to render its title (it waits for its data) before focus stays on <main>.
const TITLE_WAIT_MS = 5000;

// On a new page (not a new query string), focus moves to the page's title so that screen readers announce it and
// the next Tab starts from the top of the content. The title often renders only once the data arrives, so focus goes
// to <main> at once and on to the title when it appears, unless the reader has moved focus meanwhile. An anchor in
// the address is honoured once the page has rendered.
function useFocusOnNavigation(pathname: string, hash: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    const focusTitle = (): boolean => {
      const title = document.querySelector<HTMLElement>("[data-page-title]");
      if (!title) return false;
      if (document.activeElement === main || document.activeElement === document.body)
        title.focus({ preventScroll: true });
      return true;
    };
    main?.focus({ preventScroll: true });
    if (focusTitle() || !main) return;
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), TITLE_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname]);
  useEffect(() => {
    if (!hash) return;
    const id = decodeURIComponent(hash.slice(1));
    // The target may render only after its data arrives.
    const timer = window.setTimeout(() => document.getElementById(id)?.scrollIntoView(), 300);
    return () => window.clearTimeout(timer);
  }, [pathname, hash]);
}

function routeKey(route: Route): string {
  switch (route.name) {
    case "batch":
    case "source":
    case "editor-changeset":
      return `${route.name}:${route.id}`;
    case "editor-preview":
      return `${route.name}:${route.id}:${route.page}`;
    case "jurisdiction":
    case "court-case":
      return `${route.name}:${route.slug}`;
    case "records":
      return `records:${route.table}`;
    default:
      return route.name;
  }
}

export function App() {
  const client = useMemo(() => createUrqlClient(), []);
  const { pathname, search, hash } = useLocation();
  const route = matchRoute(pathname, search);
  useFocusOnNavigation(pathname, hash);
  // Keyed by path so a new page starts with fresh state (table toggles, drill-down paging).
  const key = routeKey(route);
  return (
    <Provider value={client}>
      <PageFrame>
        <Page key={key} route={route} />
      </PageFrame>
    </Provider>
  );
}
