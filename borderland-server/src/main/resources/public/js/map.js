// The world map: Natural Earth shapes from the npm package world-atlas (TopoJSON, ISO 3166
// numeric ids), turned into ISO3 codes with the npm package world-countries (ccn3 -> cca3) and,
// for the few shapes without a numeric id (e.g. Kosovo), the registry's names. Drawn by ECharts'
// geo component: one region per ISO3 code.

import { fetchJson } from "./api.js";

/* global echarts, topojson */

const PALETTE = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];
export const COLOURS = {
  aggressor: "#253494",
  absorbed: "#41b6c4",
  none: "#d9d9d9",
  gateway: "#6a3d9a",
  border: "#ffffff",
};

/** The colour of an index between min and max on the sequential palette. */
export function rampColour(value, min, max) {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 1;
  const x = t * (PALETTE.length - 1);
  const i = Math.min(PALETTE.length - 2, Math.floor(x));
  const f = x - i;
  const a = hex(PALETTE[i]);
  const b = hex(PALETTE[i + 1]);
  const c = a.map((v, k) => Math.round(v + (b[k] - v) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

function hex(h) {
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
}

/**
 * Loads the shapes and registers the map "world" with ECharts.
 *
 * @param registry the country registry (from /api/v1/countries), for names of shapes without ids
 * @returns {{codes: Set<string>, centroids: Map<string, number[]>, unmatched: string[]}}
 */
export async function loadWorld(registry) {
  const [topo, countries] = await Promise.all([
    fetchJson("vendor/world-atlas/countries-50m.json", { what: "the map shapes" }),
    fetchJson("vendor/world-countries/dist/countries.json", { what: "the country codes" }),
  ]);
  const byNumeric = new Map();
  for (const c of countries) {
    if (c.ccn3) {
      byNumeric.set(c.ccn3, c.cca3);
    }
  }
  const byName = new Map();
  for (const c of registry) {
    byName.set(c.name.toLowerCase(), c.iso3);
    for (const a of c.aliases || []) {
      byName.set(String(a).toLowerCase(), c.iso3);
    }
  }
  const geo = topojson.feature(topo, topo.objects.countries);
  const features = [];
  const unmatched = [];
  for (const f of geo.features) {
    const label = f.properties && f.properties.name;
    const iso3 = (f.id && byNumeric.get(String(f.id))) || byName.get(String(label).toLowerCase());
    if (iso3 === "ATA") {
      continue; // Antarctica takes a fifth of the map and is nobody's neighbour.
    }
    if (!iso3) {
      unmatched.push(label);
    }
    features.push({
      type: "Feature",
      id: iso3 || label,
      properties: { name: iso3 || label, label },
      geometry: unwrap(f.geometry),
    });
  }
  echarts.registerMap("world", { type: "FeatureCollection", features });
  const centroids = new Map();
  for (const f of features) {
    const c = centroid(f.geometry);
    if (c) {
      centroids.set(f.properties.name, c);
    }
  }
  return { codes: new Set(features.map((f) => f.properties.name)), centroids, unmatched };
}

/**
 * A geometry whose rings cross the antimeridian (Russia's Chukotka, Fiji) drawn whole: each ring's
 * longitudes continue past 180 degrees instead of jumping to -180, which would draw a band across
 * the map.
 */
export function unwrap(geometry) {
  if (!geometry) {
    return geometry;
  }
  const ring = (r) => {
    const out = [];
    let shift = 0;
    for (let i = 0; i < r.length; i++) {
      if (i > 0) {
        const d = r[i][0] + shift - out[i - 1][0];
        if (d > 180) {
          shift -= 360;
        } else if (d < -180) {
          shift += 360;
        }
      }
      out.push([r[i][0] + shift, r[i][1]]);
    }
    const mean = out.reduce((a, p) => a + p[0], 0) / out.length;
    return mean < -180 ? out.map((p) => [p[0] + 360, p[1]]) : out;
  };
  if (geometry.type === "Polygon") {
    return { type: "Polygon", coordinates: geometry.coordinates.map(ring) };
  }
  if (geometry.type === "MultiPolygon") {
    return { type: "MultiPolygon", coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
  }
  return geometry;
}

/** The centroid of a (multi)polygon's largest ring, in longitude and latitude. */
export function centroid(geometry) {
  if (!geometry) {
    return null;
  }
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let best = null;
  let bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (Math.abs(a) > bestArea && a !== 0) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}
