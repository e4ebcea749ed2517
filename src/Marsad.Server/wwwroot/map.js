// Draws the bundled country outlines and located events as plain SVG: no tile server, no network.
const SVG = "http://www.w3.org/2000/svg";
// Syria and its neighbours; the view widens to include any event outside it.
const BOUNDS = { west: 32, east: 48.5, south: 28.5, north: 38.5 };

function svg(tag, attrs = {}) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

export function drawMap(geojson, events, lang, onPick) {
  const b = { ...BOUNDS };
  for (const e of events) {
    const { lat, lon } = e.event.location;
    b.west = Math.min(b.west, lon - 0.5); b.east = Math.max(b.east, lon + 0.5);
    b.south = Math.min(b.south, lat - 0.5); b.north = Math.max(b.north, lat + 0.5);
  }
  const width = 900;
  // Equirectangular with the latitude's cosine: adequate at this scale and trivially invertible.
  const k = Math.cos(((b.north + b.south) / 2) * Math.PI / 180);
  const height = Math.round(width * (b.north - b.south) / ((b.east - b.west) * k));
  const x = (lon) => ((lon - b.west) / (b.east - b.west)) * width;
  const y = (lat) => ((b.north - lat) / (b.north - b.south)) * height;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", id: "map", role: "img" });
  for (const f of geojson.features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    let d = "";
    for (const poly of polys) for (const ring of poly) d += "M" + ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L") + "Z";
    const path = svg("path", { d, class: f.properties.id === "760" ? "country focus" : "country" });
    const title = svg("title"); title.textContent = lang === "ar" ? f.properties.name_ar : f.properties.name_en;
    path.append(title);
    root.append(path);
  }
  // Events at one place share a marker whose size grows with their number.
  const byPlace = new Map();
  for (const e of events) {
    const key = `${e.event.location.lat},${e.event.location.lon}`;
    if (!byPlace.has(key)) byPlace.set(key, []);
    byPlace.get(key).push(e);
  }
  for (const group of byPlace.values()) {
    const { lat, lon, name_en } = group[0].event.location;
    const dot = svg("circle", { cx: x(lon).toFixed(1), cy: y(lat).toFixed(1), r: (4 + 3 * Math.sqrt(group.length)).toFixed(1), class: "event-dot", tabindex: 0 });
    const title = svg("title");
    title.textContent = `${name_en ?? ""}: ${group.length} — ${[...new Set(group.map((e) => e.event.type))].join(", ")}`;
    dot.append(title);
    dot.addEventListener("click", () => onPick(group[0]));
    root.append(dot);
  }
  return root;
}
