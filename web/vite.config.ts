import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type BuildEnvironmentOptions } from "vite";
import { precompress } from "./vite-plugins/precompress";
import { prerenderShell } from "./vite-plugins/prerender-shell";

// The API runs on its own port in development (pnpm --filter @subpoena-tracker/server dev); in production the server
// serves web/dist itself, so every request below is same-origin and needs no CORS.
const API_ORIGIN = "http://127.0.0.1:4000";

/**
 * `vite build --mode embed` builds the embed page (src/embed) on its own, after the dashboard, into the same folder.
 * Other sites frame it, so it must stay small: it runs the same React components on Preact's compatibility layer,
 * 10 KB of JavaScript (gzip) where React DOM 19 is 66 KB, which keeps it at a fraction of the dashboard's first load
 * (issue 12; `pnpm bench:web` prints the figures). Development and the unit tests run React itself; the browser tests
 * run the production build.
 */
export const EMBED_MODE = "embed";

/** A file of the preact package, by its real path: shared packages (packages/charts) import React from their own
 * folder, where pnpm puts no preact to find by name. */
const preactFile = (file: string): string =>
  path.join(fs.realpathSync(fileURLToPath(new URL("./node_modules/preact", import.meta.url))), file);

const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: preactFile("compat/client.mjs") },
  { find: /^react-dom$/, replacement: preactFile("compat/dist/compat.module.js") },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: preactFile("jsx-runtime/dist/jsxRuntime.module.js") },
  { find: /^react$/, replacement: preactFile("compat/dist/compat.module.js") },
];

type BundleOptions = NonNullable<BuildEnvironmentOptions["rolldownOptions"]>;

const page = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

const EMBED_BUNDLE: BundleOptions = { input: { embed: page("./embed.html") } };

const DASHBOARD_BUNDLE: BundleOptions = {
  input: { main: page("./index.html") },
  output: {
    codeSplitting: {
      groups: [
        { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
        // recharts and everything it brings, in a chunk of their own: only the bar charts (by place, outcomes) import
        // it, lazily, when their panel nears the viewport (src/ui/charts/HorizontalBars.tsx), so it stays out of the
        // first load (issue 12). Listed before "vendor", which would otherwise take them into the first load.
        {
          name: "charts",
          test: /node_modules[\\/](recharts|d3-[a-z-]+|internmap|victory-vendor|es-toolkit|immer|reselect|@reduxjs|react-redux|redux|redux-thunk|use-sync-external-store|react-is|clsx|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/,
        },
        // The web fonts' stylesheets stay with src/fonts.ts, loaded after the first paint (not in the page's head).
        { name: "vendor", test: /^(?!.*[\\/]@fontsource).*node_modules/ },
      ],
    },
  },
};

export default defineConfig(({ command, mode }) => {
  const embed = command === "build" && mode === EMBED_MODE;
  return {
    plugins: [react(), prerenderShell(), precompress()],
    resolve: { alias: embed ? PREACT_FOR_REACT : [] },
    server: {
      proxy: {
        "/graphql": API_ORIGIN,
        "/api": API_ORIGIN,
        // Embeds and their images come from the API server (its /embed/<chart> page is the last build's; the embed
        // page's own source is live at /embed.html?chart=<chart>).
        "/embed/": API_ORIGIN,
        "/embed.js": API_ORIGIN,
        "/oembed": API_ORIGIN,
      },
    },
    build: {
      // No source maps by default: they would double what a deploy ships and the server does not serve them. Build
      // with `npx vite build --sourcemap` (in web/) to look into the bundle locally.
      sourcemap: false,
      // The embed build adds to the dashboard's output.
      emptyOutDir: !embed,
      copyPublicDir: !embed,
      rolldownOptions: embed ? EMBED_BUNDLE : DASHBOARD_BUNDLE,
    },
  };
});
