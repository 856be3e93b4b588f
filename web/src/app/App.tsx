import { lazy, Suspense, useEffect, useMemo, useRef } from "react";
import { Provider } from "urql";
import { BatchPage } from "../pages/BatchPage";
import { HomePage } from "../pages/HomePage";
import { JurisdictionPage } from "../pages/JurisdictionPage";
import { JurisdictionsPage } from "../pages/JurisdictionsPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { MAIN_ID, PageFrame } from "../ui/Layout";
import { useLocation } from "./router";
import { isEditorRoute, matchRoute, type Route } from "./routes";
import { createUrqlClient } from "./urqlClient";
import { Skeleton } from "../ui/status";

// The records browser and the record pages are their own chunks: readers of the dashboard need neither.
const RecordsPage = lazy(() => import("../pages/RecordsPage").then((m) => ({ default: m.RecordsPage })));
const SourcePage = lazy(() => import("../pages/SourcePage").then((m) => ({ default: m.SourcePage })));
const CourtCasePage = lazy(() => import("../pages/CourtCasePage").then((m) => ({ default: m.CourtCasePage })));

// The methodology carries the whole data dictionary; readers of the dashboard should not download it.
const MethodologyPage = lazy(() =>
  import("../pages/MethodologyPage").then((module) => ({ default: module.MethodologyPage })),
);

// The staff pages are a bundle of their own: the public's first load does not grow with them.
const EditorPages = lazy(() =>
  import("../pages/editor/EditorPages").then((module) => ({ default: module.EditorPages })),
);
const ChangesPage = lazy(() => import("../pages/ChangesPage").then((module) => ({ default: module.ChangesPage })));

function Page({ route }: { route: Route }) {
  if (isEditorRoute(route)) {
    return (
      <Suspense fallback={<Skeleton height={400} label="Loading the editor" />}>
        <EditorPages route={route} />
      </Suspense>
    );
  }
  switch (route.name) {
    case "home":
      return <HomePage />;
    case "batch":
      return <BatchPage id={route.id} />;
    case "records":
      return (
        <Suspense fallback={<Skeleton height={400} label="Loading the records" />}>
          <RecordsPage table={route.table} />
        </Suspense>
      );
    case "source":
      return (
        <Suspense fallback={<Skeleton height={400} label="Loading the source" />}>
          <SourcePage id={route.id} />
        </Suspense>
      );
    case "court-case":
      return (
        <Suspense fallback={<Skeleton height={400} label="Loading the court case" />}>
          <CourtCasePage slug={route.slug} />
        </Suspense>
      );
    case "jurisdictions":
      return <JurisdictionsPage />;
    case "jurisdiction":
      return <JurisdictionPage slug={route.slug} />;
    case "methodology":
      return (
        <Suspense fallback={<Skeleton height={400} label="Loading the methodology" />}>
          <MethodologyPage />
        </Suspense>
      );
    case "changes":
      return (
        <Suspense fallback={<Skeleton height={400} label="Loading the changes" />}>
          <ChangesPage />
        </Suspense>
      );
    case "not-found":
      return <NotFoundPage />;
  }
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
    case "editor-preview":
      return `${route.name}:${route.id}`;
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
