#!/usr/bin/env python3
"""Entity coverage on unseen conflict news: how many ORG/PER/LOC mentions the entity stage links to a
knowledge-base id, and which names it leaves unlinked or misses, on a fixed sample of SaudiNewsNet
2015 articles about Syria, Iraq, Yemen, Libya, Lebanon and Palestine. No gold: this measures
coverage, not accuracy, on text the knowledge base was not written from.

Usage (from the repository root; the sample stays outside the repository, corpus licence):
    python3 bench/kb/coverage.py sample -o /tmp/conflict300.jsonl
    ./marsad extract /tmp/conflict300.jsonl -o /tmp/conflict300.out.jsonl
    python3 bench/kb/coverage.py report /tmp/conflict300.out.jsonl [--top 40]

The sample: articles in corpus order whose text has at least 4 hits of the country/conflict words
below, every 13th of them, the first 300 — deterministic, so the same command gives the same set.
"""
import argparse
import collections
import gzip
import json
import re
import sys

CORPUS = "../shared/data/corpus/saudinewsnet-2015.jsonl.gz"
WORDS = ["سوريا", "سورية", "السوري", "العراق", "العراقي", "اليمن", "اليمني", "الحوثي", "ليبيا", "الليبي",
         "لبنان", "اللبناني", "فلسطين", "الفلسطيني", "غزة", "داعش", "حلب", "صنعاء", "عدن", "بنغازي",
         "الموصل", "الأنبار", "تعز"]
STRIDE, SIZE, MIN_HITS = 13, 300, 4

# Well-known names whose every occurrence should come out as a linked entity mention.
PROBES = ["الدفاع المدني", "التحالف الدولي", "التحالف العربي", "الحوثيين", "الحوثيون", "أنصار الله",
          "الحشد الشعبي", "قوات سوريا الديمقراطية", "جيش الإسلام", "هيئة تحرير الشام", "جبهة النصرة",
          "الأمم المتحدة", "مجلس الأمن", "منظمة الصحة العالمية", "صنعاء", "عدن", "تعز", "الحديدة",
          "مأرب", "صعدة", "الموصل", "الأنبار", "الرمادي", "الفلوجة", "بغداد", "بنغازي", "طرابلس",
          "سرت", "درنة", "بيروت", "غزة", "رام الله", "الضفة الغربية", "المقاومة الشعبية",
          "عبد ربه منصور هادي", "علي عبدالله صالح", "خادم الحرمين الشريفين", "الملك سلمان",
          "وزارة الداخلية", "حماس", "حركة فتح", "جامعة الدول العربية", "مجلس التعاون"]
# A probe occurrence is the whole word: after a non-letter or one clitic letter, before a non-letter.
LETTER = "\u0621-\u064A"


def probe_pattern(p):
    return re.compile(f"(?:(?<![{LETTER}])|(?<=(?<![{LETTER}])[وفبل]))({re.escape(p)})(?![{LETTER}])")


def sample(out):
    pat = re.compile("|".join(WORDS))
    picked = hits = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            d = json.loads(line)
            if len(pat.findall(d["text"])) < MIN_HITS:
                continue
            hits += 1
            if (hits - 1) % STRIDE:
                continue
            o.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"],
                                "outlet": d["outlet"]}, ensure_ascii=False) + "\n")
            picked += 1
            if picked == SIZE:
                break
    print(f"{picked} articles written to {out}", file=sys.stderr)


def report(path, top):
    linked, total = collections.Counter(), collections.Counter()
    unlinked = {t: collections.Counter() for t in ("ORG", "PER", "LOC")}
    probe_text, probe_found = collections.Counter(), collections.Counter()
    docs = 0
    probes = [(p, probe_pattern(p)) for p in PROBES]
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        docs += 1
        text = d["text"]
        spans = [(e["start"], e["end"]) for e in d.get("entities") or [] if e.get("id")]
        for e in d.get("entities") or []:
            t = e["type"]
            if t not in unlinked:
                continue
            total[t] += 1
            if e.get("id"):
                linked[t] += 1
            else:
                unlinked[t][e["text"]] += 1
        for p, pat in probes:
            for m in pat.finditer(text):
                probe_text[p] += 1
                if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans):
                    probe_found[p] += 1
    print(f"documents {docs}")
    all_l, all_t = sum(linked.values()), sum(total.values())
    for t in ("ORG", "PER", "LOC"):
        print(f"{t}: {linked[t]}/{total[t]} linked = {linked[t] / max(1, total[t]):.3f}")
    print(f"ORG+PER+LOC: {all_l}/{all_t} linked = {all_l / max(1, all_t):.3f}")
    pt, pf = sum(probe_text.values()), sum(probe_found.values())
    print(f"probe names: {pf}/{pt} occurrences inside a linked mention = {pf / max(1, pt):.3f}")
    for p in PROBES:
        if probe_text[p]:
            print(f"  {p}\t{probe_found[p]}/{probe_text[p]}")
    for t in ("ORG", "PER", "LOC"):
        print(f"most frequent unlinked {t}:")
        for name, n in unlinked[t].most_common(top):
            print(f"  {n}\t{name}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("-o", required=True)
    r = sub.add_parser("report")
    r.add_argument("path")
    r.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    sample(a.o) if a.cmd == "sample" else report(a.path, a.top)


if __name__ == "__main__":
    main()
