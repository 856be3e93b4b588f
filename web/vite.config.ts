import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./vite-plugins/precompress";

// The API runs on its own port in development (pnpm --filter @subpoena-tracker/server dev); in production the server
// serves web/dist itself, so every request below is same-origin and needs no CORS.
const API_ORIGIN = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react(), precompress()],
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
    // with `pnpm --filter @subpoena-tracker/web build --sourcemap` to look into the bundle locally.
    sourcemap: false,
    // One chunk for the chart library keeps the app's own code small and lets browsers cache recharts across deploys.
    rolldownOptions: {
      // Two pages: the dashboard, and the embed page other sites frame (src/embed), which must stay small.
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        embed: fileURLToPath(new URL("./embed.html", import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            // React on its own, first (a group takes its modules' dependencies too): the embed page shares it without
            // loading the dashboard's other libraries.
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: "charts",
              test: /node_modules[\\/](recharts|d3-|victory-vendor|es-toolkit|immer|reselect|@reduxjs|react-redux|redux)/,
            },
            { name: "vendor", test: /node_modules/ },
          ],
        },
      },
    },
  },
});
