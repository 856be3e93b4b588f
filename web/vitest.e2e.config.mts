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
    // One file at a time. Two at once would use the second core (a file alone keeps a two-core machine less than half
    // busy), but on a loaded machine their servers' start-up and the screenshots then time out.
    fileParallelism: false,
    // A guard against a hung page, not a speed limit: a page checked with axe and screenshotted at two sizes takes
    // 15-20 s on a loaded machine, and was seen past 60 s at a load average of 13.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // A page re-renders after a filter within a few hundred ms on a quiet machine; a loaded one can take seconds, and
    // expect.poll's 1 s default then fails a correct page.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
