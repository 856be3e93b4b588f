// The static first paint of the home page, rendered at build time into index.html (vite-plugins/prerender-shell.ts):
// the site's header and the page's title and introduction, exactly as the app renders them. The app replaces it when
// its script runs; the server leaves it out of every other page's HTML (server/src/http/static-assets.ts).
import { renderToStaticMarkup } from "react-dom/server";
import { HomeHeader } from "../pages/HomeHeader";
import { MAIN_ID, SiteHeader } from "../ui/Layout";

export function renderHomeShell(): string {
  return renderToStaticMarkup(
    <>
      <SiteHeader />
      <main id={MAIN_ID} className="page" tabIndex={-1}>
        <HomeHeader />
      </main>
    </>,
  );
}
