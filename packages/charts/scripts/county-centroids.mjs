// Writes src/map/county-centroids.json: where each county's symbol goes on the map (the centroid of its largest
// polygon, in the Albers USA plane of us-atlas's *-albers-10m files, 975 x 610), keyed by its five-digit FIPS code.
// Derived from us-atlas, so that a page drawing the map loads about 25 KB of points instead of the 800 KB county
// shapes. Run after updating us-atlas: node packages/charts/scripts/county-centroids.mjs
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { feature } = require("topojson-client");
const topology = require("us-atlas/counties-albers-10m.json");

function ringArea(ring) {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return area / 2;
}

function ringCentroid(ring) {
  let x = 0;
  let y = 0;
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    area += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return area === 0 ? ring[0] : [x / (3 * area), y / (3 * area)];
}

const centroids = {};
for (const county of feature(topology, topology.objects.counties).features) {
  const polygons = county.geometry.type === "Polygon" ? [county.geometry.coordinates] : county.geometry.coordinates;
  const largest = polygons.reduce((best, p) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(best[0])) ? p : best));
  const [x, y] = ringCentroid(largest[0]);
  centroids[county.id] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src", "map", "county-centroids.json");
fs.writeFileSync(target, `${JSON.stringify(centroids)}\n`);
console.log(`${Object.keys(centroids).length} counties -> ${target}`);
