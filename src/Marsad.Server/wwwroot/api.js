// Thin client of the REST API; errors arrive as RFC 9457 problem documents.
export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const url = q.toString() ? `${path}?${q}` : path;
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    let detail = r.statusText;
    try { const p = await r.json(); detail = p.detail || p.title || detail; } catch { /* not JSON */ }
    throw new Error(detail);
  }
  return r.json();
}
