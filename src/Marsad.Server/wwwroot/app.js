import { strings } from "./i18n.js";
import { el, append, bdi, snippet, clear } from "./dom.js";
import { get } from "./api.js";
import { drawMap } from "./map.js";
import { drawTimeline } from "./timeline.js";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const STATUSES = ["occurred", "ongoing", "planned", "threatened", "demanded", "denied", "rumoured"];
let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";
const t = (key) => strings[lang][key] ?? key;
const view = () => document.getElementById("view");

function applyLanguage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  document.getElementById("lang-toggle").textContent = t("lang.other");
}

function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query ?? "")) };
}

function go(path, params = {}) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  location.hash = `#/${path}${q.toString() ? "?" + q : ""}`;
}

async function route() {
  const { parts, params } = parseHash();
  const root = clear(view());
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.id === `nav-${parts[0] || "search"}`);
  root.append(el("p", { class: "loading" }, t("loading")));
  try {
    let content;
    switch (parts[0]) {
      case "article": content = await articleView(parts[1]); break;
      case "events": content = await eventsView(params); break;
      case "map": content = await mapView(params); break;
      case "stories": content = await storiesView(); break;
      case "story": content = await storyView(parts[1]); break;
      default: content = await searchView(params);
    }
    clear(root).append(content);
  } catch (e) {
    clear(root).append(el("p", { class: "error", role: "alert" }, `${t("error")}: ${e.message}`));
  }
}

// ---- search ---------------------------------------------------------------------------------------

async function searchView(params) {
  const box = el("input", { type: "search", id: "q", name: "q", value: params.q ?? "", placeholder: t("search.placeholder"), dir: "auto" });
  const form = el("form", { class: "searchbar", onsubmit: (e) => { e.preventDefault(); go("search", { ...params, q: box.value, page: "" }); } },
    box, el("button", { type: "submit" }, t("search.go")));
  const page = el("section", { class: "search" }, form);
  const filters = ["actor", "place", "type", "from", "to"].filter((k) => params[k]);
  if (filters.length) page.append(el("p", { class: "chips" }, filters.map((k) => el("a", { class: "chip", href: "#/search?" + new URLSearchParams({ ...params, [k]: "" }) }, `${k}: `, bdi(params[k]), " ✕"))));
  if (!params.q && !filters.length) { page.append(el("p", { class: "hint" }, t("search.hint"))); return page; }
  const r = await get("/api/search", { q: params.q, actor: params.actor, place: params.place, type: params.type, from: params.from, to: params.to, page: params.page, size: 20 });
  const facets = el("aside", { class: "facets" });
  for (const [dim, values] of Object.entries(r.facets ?? {})) {
    if (!values.length) continue;
    facets.append(el("h3", {}, t(`facet.${dim}`)), el("ul", {}, values.map((f) =>
      el("li", {}, el("a", { href: "#/search?" + new URLSearchParams({ ...params, [dim === "month" ? "from" : dim]: f.value, ...(dim === "month" ? { to: f.value } : {}) }) }, bdi(f.value)), " ", el("span", { class: "count" }, f.count)))));
  }
  const list = el("ol", { class: "hits" }, r.hits.map((h) => el("li", {},
    el("a", { class: "hit-title", href: `#/article/${encodeURIComponent(h.id)}` }, bdi(h.title)),
    el("div", { class: "meta" }, bdi(h.outlet ?? ""), " ", h.published ?? ""),
    el("p", {}, snippet(h.snippet)))));
  page.append(el("p", { class: "total", id: "total" }, `${r.total} ${t("search.results")} (${Math.round(r.milliseconds)} ms)`),
    el("div", { class: "results" }, facets, r.hits.length ? list : el("p", {}, t("search.none"))));
  return page;
}

// ---- events, timeline, map --------------------------------------------------------------------------

function filterForm(params, target) {
  const input = (name, type = "text") => el("label", {}, t(`filter.${name}`), el("input", { name, type, value: params[name] ?? "", dir: "auto" }));
  const select = (name, options) => el("label", {}, t(`filter.${name}`), el("select", { name },
    el("option", { value: "" }, t("filter.any")), options.map((o) => el("option", { value: o, selected: params[name] === o ? "selected" : null }, o))));
  const form = el("form", { class: "filters", onsubmit: (e) => {
    e.preventDefault();
    go(target, Object.fromEntries(new FormData(form).entries()));
  } }, select("type", PLOVER), input("actor"), input("place"), input("from", "date"), input("to", "date"), select("status", STATUSES),
  el("button", { type: "submit" }, t("filter.apply")));
  return form;
}

async function eventsView(params) {
  const r = await get("/api/events", { ...params, size: 500 });
  const page = el("section", { class: "events" }, filterForm(params, "events"),
    el("p", { class: "total", id: "total" }, `${r.total} ${t("events.total")}`));
  if (!r.events.length) { page.append(el("p", {}, t("events.none"))); return page; }
  page.append(el("h3", {}, t("events.timeline")), drawTimeline(r.events, (day) => go("events", { ...params, from: day, to: day })));
  page.append(eventTable(r.events));
  return page;
}

const cellValue = {
  date: (e) => e.event.date ?? e.effective_date ?? "",
  type: (e) => e.event.type, status: (e) => e.event.status ?? "",
  actor1: (e) => e.event.actor1?.name_en ?? "", actor2: (e) => e.event.actor2?.name_en ?? "",
  place: (e) => e.event.location?.name_en ?? "", fatalities: (e) => e.event.fatalities ?? "", outlet: (e) => e.outlet ?? "",
};

function eventTable(events) {
  let sortKey = "date", asc = true;
  const body = el("tbody");
  const render = () => {
    const rows = [...events].sort((a, b) => {
      const x = cellValue[sortKey](a), y = cellValue[sortKey](b);
      return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * (asc ? 1 : -1);
    });
    clear(body).append(...rows.map((e) => el("tr", {},
      Object.keys(cellValue).map((k) => el("td", {}, k === "type" ? el("a", { href: `#/article/${encodeURIComponent(e.article_id)}?event=${e.event_id.split("#")[1]}` }, cellValue[k](e)) : bdi(String(cellValue[k](e))))))));
  };
  const head = el("tr", {}, Object.keys(cellValue).map((k) => el("th", { scope: "col" }, el("button", { type: "button", class: "sort", "data-key": k, onclick: () => {
    asc = sortKey === k ? !asc : true; sortKey = k; render();
  } }, t(`col.${k === "outlet" ? "outlet" : k}`)))));
  render();
  return el("table", { class: "event-table", id: "event-table" }, el("thead", {}, head), body);
}

async function mapView(params) {
  const [r, base] = await Promise.all([get("/api/events", { ...params, size: 500 }), fetch("map/levant.geojson").then((x) => x.json())]);
  const located = r.events.filter((e) => typeof e.event.location?.lat === "number" && typeof e.event.location?.lon === "number");
  return el("section", { class: "map-page" }, filterForm(params, "map"),
    el("h2", {}, t("map.title")), el("p", { class: "total" }, `${located.length} ${t("map.located")}`),
    drawMap(base, located, lang, (e) => go(`article/${encodeURIComponent(e.article_id)}`, { event: e.event_id.split("#")[1] })));
}

// ---- article --------------------------------------------------------------------------------------

/** record.md offsets count code points; JavaScript strings count UTF-16 units. */
function codePointIndex(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; map.push(u); }
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
}

async function articleView(id, focusEvent) {
  const { params } = parseHash();
  const { record } = await get(`/api/articles/${encodeURIComponent(id)}`);
  const text = record.text;
  const u16 = codePointIndex(text);
  const spans = [];
  for (const e of record.entities ?? []) spans.push({ s: u16(e.start), e: u16(e.end), cls: `ent ent-${e.type}`, tip: [e.type, e.name_en, e.id].filter(Boolean).join(" · ") });
  for (const tm of record.times ?? []) spans.push({ s: u16(tm.start), e: u16(tm.end), cls: "time", tip: tm.value ?? "?" });
  (record.events ?? []).forEach((ev, i) => {
    spans.push({ s: u16(ev.trigger.start), e: u16(ev.trigger.end), cls: "trigger", tip: `${ev.type}${ev.mode ? "/" + ev.mode : ""} · ${ev.status ?? ""}`, ev: i });
    spans.push({ s: u16(ev.evidence.start), e: u16(ev.evidence.end), cls: "evidence", ev: i });
  });
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.s); cuts.add(s.e); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const body = el("div", { class: "article-text", id: "article-text", dir: "rtl" });
  const segmentsByEvent = new Map();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter((s) => s.s <= a && b <= s.e && s.s < s.e);
    const seg = el("span", { class: ["seg", ...covering.map((s) => s.cls)].join(" "), title: covering.map((s) => s.tip).filter(Boolean).join("\n") || null }, text.slice(a, b));
    for (const s of covering) if (s.ev !== undefined) { if (!segmentsByEvent.has(s.ev)) segmentsByEvent.set(s.ev, []); segmentsByEvent.get(s.ev).push(seg); }
    body.append(seg);
  }
  const focus = (i) => {
    for (const x of body.querySelectorAll(".active")) x.classList.remove("active");
    for (const card of document.querySelectorAll(".event-card.active")) card.classList.remove("active");
    const segs = segmentsByEvent.get(i) ?? [];
    for (const s of segs) s.classList.add("active");
    document.getElementById(`event-${i}`)?.classList.add("active");
    segs[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const flash = (start, end) => {
    const a = u16(start), b = u16(end);
    for (const x of body.querySelectorAll(".flash")) x.classList.remove("flash");
    let first = null, pos = 0;
    for (const seg of body.children) {
      const len = seg.textContent.length;
      if (pos < b && a < pos + len) { seg.classList.add("flash"); first ??= seg; }
      pos += len;
    }
    first?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const spanLink = (label, ref) => ref && typeof ref.start === "number"
    ? el("a", { href: "#", class: "span-link", onclick: (e) => { e.preventDefault(); flash(ref.start, ref.end); } }, bdi(label))
    : bdi(label ?? "—");
  const cards = (record.events ?? []).map((ev, i) => el("li", { class: "event-card", id: `event-${i}`, tabindex: "0",
    onmouseenter: () => focus(i), onclick: () => focus(i), onfocus: () => focus(i) },
    el("div", { class: "event-head" }, el("strong", {}, ev.type), ev.mode ? ` / ${ev.mode}` : "", " · ", ev.status ?? "",
      " · ", spanLink(text.slice(u16(ev.trigger.start), u16(ev.trigger.end)), ev.trigger)),
    el("dl", {},
      fact("event.actor1", spanLink(ev.actor1?.name_en ?? ev.actor1?.text, ev.actor1)),
      fact("event.actor2", spanLink(ev.actor2?.name_en ?? ev.actor2?.text, ev.actor2)),
      fact("event.location", spanLink(ev.location?.name_en, ev.location)),
      fact("event.date", ev.date ?? "—"),
      ev.fatalities != null ? fact("event.fatalities", ev.fatalities) : null,
      ev.quantity != null ? fact("event.quantity", ev.quantity) : null,
      ev.attributed_to ? fact("event.attributed", bdi(ev.attributed_to)) : null)));
  const legend = el("p", { class: "legend" }, t("article.legend"), ": ",
    ["PER", "ORG", "LOC"].map((k) => el("span", { class: `seg ent ent-${k}` }, t(`legend.${k}`))),
    el("span", { class: "seg time" }, t("legend.time")), el("span", { class: "seg trigger" }, t("legend.trigger")), el("span", { class: "seg evidence" }, t("legend.evidence")));
  const titleText = record.title ? text.slice(u16(record.title.start), u16(record.title.end)) : record.id;
  const page = el("article", { class: "article" },
    el("h2", { id: "article-title" }, bdi(titleText)),
    el("p", { class: "meta" },
      record.outlet ? [t("article.outlet"), ": ", bdi(record.outlet), " · "] : null,
      record.published ? [t("article.published"), ": ", record.published, record.published_inferred ? ` ${t("article.inferred")}` : "", " · "] : null,
      record.url ? el("a", { href: record.url, rel: "noopener noreferrer nofollow", target: "_blank" }, t("article.url")) : null),
    legend,
    el("div", { class: "article-layout" }, body,
      el("aside", { class: "article-events" }, el("h3", {}, t("article.events")), el("ol", { id: "event-list" }, cards))));
  const want = Number(params.event ?? focusEvent);
  if (Number.isInteger(want)) setTimeout(() => focus(want), 0);
  return page;
}

function fact(key, value) { return [el("dt", {}, t(key)), el("dd", {}, value)]; }

// ---- stories --------------------------------------------------------------------------------------

async function storiesView() {
  const r = await get("/api/stories", { size: 200 });
  if (!r.stories.length) return el("p", {}, t("stories.none"));
  return el("section", { class: "stories" }, el("ol", { class: "story-list", id: "story-list" }, r.stories.map((s) => el("li", {},
    el("a", { href: `#/story/${encodeURIComponent(s.id)}` }, bdi(s.title)),
    el("span", { class: "meta" }, ` ${s.first_date ?? ""}${s.last_date && s.last_date !== s.first_date ? " → " + s.last_date : ""} · ${s.articles.length} ${t("stories.articles")} · ${s.outlets} ${t("stories.outlets")}`)))));
}

async function storyView(id) {
  const s = await get(`/api/stories/${encodeURIComponent(id)}`);
  return el("section", { class: "story" }, el("h2", {}, bdi(s.title)),
    el("p", { class: "meta" }, `${s.first_date ?? ""} → ${s.last_date ?? ""}`),
    el("h3", {}, t("story.articles")),
    el("ul", { id: "story-articles" }, s.articles.map((a) => el("li", {},
      el("a", { href: `#/article/${encodeURIComponent(a.article_id)}` }, bdi(a.title)), " · ", bdi(a.outlet ?? "?"), " · ", a.published ?? "",
      a.duplicate_of ? el("span", { class: "dup" }, ` (${t("story.duplicate")} ${a.duplicate_of})`) : null))),
    el("h3", {}, t("story.events")),
    el("ul", { class: "merged" }, s.events.map((m) => el("li", { class: m.disagreements.length ? "disagree" : "" },
      el("strong", {}, m.type), ` · ${m.actor1 ?? "?"} → ${m.actor2 ?? "—"} · ${m.place ?? "—"} · ${m.date ?? "—"}`,
      m.fatalities != null ? ` · ${m.fatalities}` : "", ` · ${t("story.corroboration")} ${m.corroboration}`,
      m.disagreements.length ? el("div", { class: "warn" }, `${t("story.disagree")}: ${m.disagreements.join(", ")} — `,
        m.sources.map((src) => el("span", { class: "src" }, bdi(src.outlet ?? src.article_id), `: ${src.date ?? "?"}${src.fatalities != null ? " / " + src.fatalities : ""} `))) : null))));
}

// ---- start ----------------------------------------------------------------------------------------

document.getElementById("lang-toggle").addEventListener("click", () => {
  lang = lang === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", lang);
  applyLanguage();
  route();
});
window.addEventListener("hashchange", route);
applyLanguage();
route();
export { append };
