// Builds data/geo/land-110m.json: Natural Earth's 1:110m land polygons as one compact GeoJSON Feature.
//
// Source: the npm package world-atlas 2.0.2 (Natural Earth 4.1.0 vector data as TopoJSON; Natural Earth is in
// the public domain). The TopoJSON is decoded with topojson-client 3.1.0, coordinates are rounded to 0.01°
// (the 1:110m data is far coarser), and repeated points left by the rounding are dropped. Nothing else changes:
// every polygon and hole is kept, Antarctica included (the map leaves out what lies beyond its latitudes).
//
// Run from this folder:  npm install && npm run land
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../data/geo/land-110m.json');

const topology = require('world-atlas/land-110m.json');
const version = require('world-atlas/package.json').version;
const land = feature(topology, topology.objects.land);
const geometries = (land.type === 'FeatureCollection' ? land.features : [land]).map((f) => f.geometry);

const round = (v) => Math.round(v * 100) / 100;
const polygons = [];
for (const geometry of geometries) {
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of list) {
    const rings = [];
    for (const ring of polygon) {
      const points = [];
      for (const [lon, lat] of ring) {
        const p = [round(lon), round(lat)];
        const last = points[points.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
      }
      if (points.length >= 4) rings.push(points);
    }
    if (rings.length > 0) polygons.push(rings);
  }
}

const document = {
  type: 'Feature',
  properties: {
    name: 'land',
    source: `Natural Earth 1:110m land (version 4.1.0), via the npm package world-atlas ${version}`,
    licence: 'Public domain (Natural Earth)',
    conversion: 'scripts/geo/build-land.mjs: TopoJSON decoded with topojson-client, coordinates rounded to 0.01 degrees',
  },
  geometry: { type: 'MultiPolygon', coordinates: polygons },
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(document) + '\n');
const points = polygons.flat().reduce((n, ring) => n + ring.length, 0);
console.log(`Wrote ${out}: ${polygons.length} polygons, ${points} points`);
