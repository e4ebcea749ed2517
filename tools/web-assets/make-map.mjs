// Writes the web UI's base map: country outlines of Syria and its neighbours from Natural Earth 1:50m
// (public domain, packaged as TopoJSON by world-atlas, ISC), converted to GeoJSON with coordinates
// rounded to 0.01° (~1 km, finer than the map is ever drawn). Reproduce: npm ci && npm run build
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const out = process.argv[2];
const topo = JSON.parse(readFileSync(new URL("./node_modules/world-atlas/countries-50m.json", import.meta.url)));
// ISO 3166-1 numeric codes → the Arabic and English names the UI shows.
const keep = {
  "760": ["سوريا", "Syria"], "422": ["لبنان", "Lebanon"], "400": ["الأردن", "Jordan"], "368": ["العراق", "Iraq"],
  "792": ["تركيا", "Turkey"], "376": ["إسرائيل", "Israel"], "275": ["فلسطين", "Palestine"], "682": ["السعودية", "Saudi Arabia"],
  "818": ["مصر", "Egypt"], "196": ["قبرص", "Cyprus"], "364": ["إيران", "Iran"], "414": ["الكويت", "Kuwait"],
};
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
const all = feature(topo, topo.objects.countries);
const features = all.features
  .filter((f) => keep[f.id])
  .map((f) => ({ type: "Feature", properties: { id: f.id, name_ar: keep[f.id][0], name_en: keep[f.id][1] }, geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }));
writeFileSync(out, JSON.stringify({ type: "FeatureCollection", source: "Natural Earth 1:50m via world-atlas 2.0.2", features }));
console.log(`${features.length} countries → ${out}`);
