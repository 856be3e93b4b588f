import { defineConfig } from "vitest/config";
import { reporters } from "../vitest.shared.mts";

// Browser tests: the built dashboard, served by the real server on the seed, driven in Debian's Chromium.
export default defineConfig({
  test: {
    ...reporters("e2e"),
    name: "e2e",
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/support/globalSetup.ts"],
    // One server and one browser at a time: the machines have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // A page re-renders after a filter within a few hundred ms on a quiet machine; a loaded one can take seconds, and
    // expect.poll's 1 s default then fails a correct page.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
