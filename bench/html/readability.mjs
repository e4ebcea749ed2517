// Mozilla Readability side of Marsad's main-content benchmark (run by bench/html/run.sh).
// Usage: node readability.mjs PAGES_DIR OUT.jsonl
// Reads every PAGES_DIR/<set>/<id>/source.html, extracts the article with @mozilla/readability on a
// jsdom DOM, and writes one JSON line per page: {set, id, text, ms}. Only the extraction is timed
// (jsdom parse + Readability.parse), not the file reading, as for the .NET extractors.
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [root, out] = process.argv.slice(2);
if (!root || !out) {
  console.error("usage: node readability.mjs PAGES_DIR OUT.jsonl");
  process.exit(2);
}
const quiet = new VirtualConsole(); // jsdom's CSS and script warnings are not results
const lines = [];
let total = 0;
for (const set of readdirSync(root).sort()) {
  const setDir = join(root, set);
  for (const id of readdirSync(setDir).sort()) {
    const file = join(setDir, id, "source.html");
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    let url = "https://example.com/";
    try {
      url = JSON.parse(readFileSync(join(setDir, id, "meta.json"), "utf8")).url || url;
    } catch { /* a page without meta.json is read with a placeholder URL */ }
    const started = process.hrtime.bigint();
    let text = "";
    try {
      const dom = new JSDOM(html, { url, virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article?.textContent ?? "";
      dom.window.close();
    } catch (e) {
      text = "";
      console.error(`readability: ${set}/${id}: ${e.message}`);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    total += ms;
    lines.push(JSON.stringify({ set, id, text, ms }));
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.error(`readability: ${lines.length} pages, ${(lines.length / (total / 1000)).toFixed(1)} pages/s`);
