// Debian's Chromium and the flags every browser this project starts gets (the browser tests, `pnpm bench:web`,
// trace-home.mjs): headless as root, and without the background connections this machine's closed network refuses.
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
