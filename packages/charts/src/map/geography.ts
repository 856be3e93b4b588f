// The map's geography, from us-atlas (Census cartographic boundaries, already projected to Albers USA with Alaska and
// Hawaii inset, 975 x 610): state outlines as SVG paths and each county's point for its symbol. Nothing is fetched
// from another host. Importing this module pulls in the shapes (about 30 KB gzipped, plus 24 KB of county points),
// so pages import it only where they draw a map: the browser with import("@subpoena-tracker/charts/map-geography").
import { feature } from "topojson-client";
import statesTopology from "us-atlas/states-albers-10m.json";
import { US_STATE_NAMES } from "@subpoena-tracker/domain";
import countyCentroids from "./county-centroids.json";
import type { MapGeography, MapStateShape } from "./model";

type Position = number[];

const round = (value: number): number => Math.round(value * 10) / 10;

function ringPath(ring: Position[]): string {
  return `M${ring.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return area / 2;
}

function ringCentroid(ring: Position[]): [number, number] {
  let x = 0;
  let y = 0;
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    area += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return area === 0 ? [ring[0][0], ring[0][1]] : [round(x / (3 * area)), round(y / (3 * area))];
}

const CODE_BY_NAME = new Map(Object.entries(US_STATE_NAMES).map(([code, name]) => [name, code]));

let cached: MapGeography | null = null;

export function mapGeography(): MapGeography {
  if (cached) return cached;
  type StateFeature = { properties: { name?: string } | null; geometry: unknown };
  const topology = statesTopology as unknown as Parameters<typeof feature>[0];
  const collection = feature(topology, topology.objects.states) as unknown as { features: StateFeature[] };
  const states: MapStateShape[] = [];
  for (const state of collection.features) {
    const name = state.properties?.name ?? "";
    const code = CODE_BY_NAME.get(name);
    if (!code || !state.geometry) continue;
    const geometry = state.geometry as { type: string; coordinates: Position[][] | Position[][][] };
    const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
    const largest = polygons.reduce((best, p) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(best[0])) ? p : best));
    states.push({
      code,
      name,
      path: polygons.map((polygon) => polygon.map(ringPath).join("")).join(""),
      center: ringCentroid(largest[0]),
    });
  }
  cached = {
    width: 975,
    height: 610,
    states,
    countyCentroids: countyCentroids as unknown as Record<string, [number, number]>,
  };
  return cached;
}
