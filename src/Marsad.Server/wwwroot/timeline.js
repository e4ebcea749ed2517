// Events per day as an SVG bar chart; clicking a bar narrows the view to that day.
const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

export function drawTimeline(events, onPick) {
  const counts = new Map();
  for (const e of events) {
    const day = (e.event.date ?? e.effective_date ?? "").slice(0, 10);
    if (day.length === 10) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort();
  const width = 900, height = 140, pad = 24;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", id: "timeline", role: "img" });
  if (!days.length) return root;
  const first = Date.parse(days[0]), last = Date.parse(days[days.length - 1]);
  const span = Math.max(1, (last - first) / 86400000 + 1);
  const max = Math.max(...counts.values());
  const barWidth = Math.max(2, (width - 2 * pad) / span - 1);
  for (const day of days) {
    const i = (Date.parse(day) - first) / 86400000;
    const h = ((height - 2 * pad) * counts.get(day)) / max;
    const bar = svg("rect", { x: (pad + i * ((width - 2 * pad) / span)).toFixed(1), y: (height - pad - h).toFixed(1), width: barWidth.toFixed(1), height: h.toFixed(1), class: "bar" });
    const title = svg("title"); title.textContent = `${day}: ${counts.get(day)}`;
    bar.append(title);
    bar.addEventListener("click", () => onPick(day));
    root.append(bar);
  }
  for (const [label, at] of [[days[0], pad], [days[days.length - 1], width - pad]]) {
    const text = svg("text", { x: at, y: height - 6, class: "axis", "text-anchor": at === pad ? "start" : "end" });
    text.textContent = label;
    root.append(text);
  }
  return root;
}
