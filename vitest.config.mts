import { defineConfig } from "vitest/config";
import { reporters } from "./vitest.shared.mts";

// Unit tests of the pure packages. The server's integration tests have their own config (server/vitest.config.mts).
export default defineConfig({
  test: {
    ...reporters("unit"),
    projects: [{ test: { name: "domain", root: "packages/domain", include: ["src/**/*.test.ts"] } }],
  },
});
