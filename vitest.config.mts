import { defineConfig } from "vitest/config";
import { reporters } from "./vitest.shared.mts";

// Unit tests of the pure packages and the dashboard. The server's integration tests have their own config
// (server/vitest.config.mts).
export default defineConfig({
  test: {
    ...reporters("unit"),
    projects: [
      { test: { name: "domain", root: "packages/domain", include: ["src/**/*.test.ts"] } },
      // The embeddable charts: shaping, words, and the SVG the server renders (react-dom/server, in node).
      { test: { name: "charts", root: "packages/charts", include: ["src/**/*.test.{ts,tsx}"] } },
      // The dashboard's chart-shaping functions and components; .tsx tests render into happy-dom.
      { test: { name: "web", root: "web", include: ["src/**/*.test.{ts,tsx}"], environment: "happy-dom" } },
    ],
  },
});
