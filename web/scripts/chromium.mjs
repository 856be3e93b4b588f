// Debian's Chromium and the flags every browser this project starts gets (the browser tests, `pnpm bench:web`,
// trace-home.mjs): as root, and without the background connections this machine's closed network refuses. The
// headless flag is each caller's own: the benches measured with --headless=new, and under Playwright that flag draws
// the browser tests' pages differently from its own --headless (embed.e2e.ts compares the embed builder's controls
// with the filters' computed styles, and failed with it).
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
