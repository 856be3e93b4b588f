// Rasterizes chart SVGs to PNG off the main thread (see png-renderer.ts). Plain CommonJS on purpose: a worker thread
// starts without the TypeScript loader the server runs under, and this needs nothing but resvg.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require("@resvg/resvg-js");

const font = { fontFiles: workerData.fontFiles, loadSystemFonts: false, defaultFontFamily: "Inter" };

parentPort.on("message", ({ id, svg, width }) => {
  try {
    const png = new Resvg(svg, { fitTo: { mode: "width", value: width }, font }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
