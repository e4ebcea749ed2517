// Safe DOM building. Everything shown comes from untrusted articles, so text only ever enters the
// page through textContent and attributes through setAttribute with vetted names: never innerHTML.

/** el("a", {href: "#/x", class: "c"}, "text", childNode, …) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "href") node.setAttribute("href", safeHref(String(v)));
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Only in-app links and http(s) links are followed; anything else (javascript:, data:) becomes inert. */
export function safeHref(href) {
  if (href.startsWith("#/")) return href;
  try {
    const u = new URL(href, location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : "#/";
  } catch { return "#/"; }
}

/** Untrusted text inside an isolated bidi run, so an embedded override cannot reorder the page around it. */
export function bdi(text) { return el("bdi", {}, text ?? ""); }

/**
 * Lucene snippets mark matches with <b>…</b> around escaped text. Only those two tags are
 * honoured; the rest is shown as text (after decoding the highlighter's entity escapes).
 */
export function snippet(html) {
  const out = el("span", { class: "snippet" });
  const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const parts = String(html ?? "").split(/(<b>|<\/b>)/);
  let bold = false;
  for (const p of parts) {
    if (p === "<b>") { bold = true; continue; }
    if (p === "</b>") { bold = false; continue; }
    if (p) out.append(bold ? el("mark", {}, decode(p)) : document.createTextNode(decode(p)));
  }
  return out;
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
