// Rasterizes chart SVGs to PNG off the main thread (see png-renderer.ts). Plain CommonJS on purpose: a worker thread
// starts without the TypeScript loader the server runs under, and this needs nothing but resvg.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require("@resvg/resvg-js");

// Rendering is background work: it runs below the main thread's priority, so that on a busy machine the event loop
// (every other request, /healthz included) gets the CPU first. Linux keeps a nice value per thread; elsewhere, or if
// it is not allowed, rendering simply runs at normal priority.
try {
  const threadId = Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop());
  require("node:os").setPriority(threadId, 10);
} catch {
  // not Linux
}

const font = { fontFiles: workerData.fontFiles, loadSystemFonts: false, defaultFontFamily: "Inter" };

parentPort.on("message", ({ id, svg, width }) => {
  try {
    const png = new Resvg(svg, { fitTo: { mode: "width", value: width }, font }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
