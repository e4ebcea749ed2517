// Copies the Arabic UI font (Noto Sans Arabic, SIL Open Font License 1.1, via @fontsource) into
// wwwroot so the UI renders the same offline on any machine. Reproduce: npm ci && npm run build
import { copyFileSync, mkdirSync } from "node:fs";
const out = process.argv[2];
mkdirSync(out, { recursive: true });
const dir = new URL("./node_modules/@fontsource/noto-sans-arabic/", import.meta.url);
for (const f of ["noto-sans-arabic-arabic-400-normal.woff2", "noto-sans-arabic-arabic-700-normal.woff2", "noto-sans-arabic-latin-400-normal.woff2", "noto-sans-arabic-latin-700-normal.woff2"])
  copyFileSync(new URL("files/" + f, dir), `${out}/${f}`);
copyFileSync(new URL("LICENSE", dir), `${out}/LICENSE-NotoSansArabic.txt`);
console.log(`fonts → ${out}`);
