import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { reporters } from "../vitest.shared.mts";

const require = createRequire(import.meta.url);

// Integration tests against a real database: embedded PGlite by default, PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  resolve: {
    // Vite would otherwise load graphql's ESM build next to the CommonJS one type-graphql uses:
    // "Duplicate graphql modules".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    ...reporters("integration"),
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores, and each embedded database is a PostgreSQL in WebAssembly: two files at a time.
    maxWorkers: 2,
    pool: "forks",
    // On the embedded database each worker keeps its modules from one file to the next: importing the server afresh
    // for every file (TypeORM, Apollo, TypeGraphQL) took some 2 s of CPU a file (375 s for the run, 208 s without).
    // On PostgreSQL each file imports afresh: a statement count failed there with shared modules, blamed then on the
    // prepared statements' names. It failed again with isolated files, most likely from refused requests' sibling
    // statements (test/helpers/sql-counter.ts, settled); sharing modules on PostgreSQL too (231 -> 146 s) is worth
    // trying again with a few CI runs to confirm.
    isolate: Boolean(process.env.TEST_DATABASE_URL),
  },
});
