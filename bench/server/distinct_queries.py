#!/usr/bin/env python3
"""Writes bench/server/distinct_queries.txt: 2,000 distinct queries drawn from the corpus titles
(1,500 words that head 3-300 titles, 500 two-word phrases of adjacent title words, unquoted), in a
fixed pseudo-random order. load.sh runs them beside the 30 rotating queries so that any per-word
memo inside the server (there is no result cache) is measured on queries it has not seen.
Usage: bench/server/distinct_queries.py ../shared/data/corpus/saudinewsnet-2015.jsonl.gz > bench/server/distinct_queries.txt"""
import collections, gzip, hashlib, json, re, sys

word = re.compile(r"[\u0621-\u064A]{4,}")
titles = []
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        text = json.loads(line).get("text") or ""
        titles.append(word.findall(text.split("\n", 1)[0]))
df = collections.Counter(w for t in titles for w in set(t))
key = lambda s: hashlib.sha1(s.encode()).hexdigest()
words = sorted((w for w, n in df.items() if 3 <= n <= 300), key=key)[:1500]
pairs = sorted({f"{a} {b}" for t in titles for a, b in zip(t, t[1:]) if df[a] >= 3 and df[b] >= 3}, key=key)[:500]
print("\n".join(sorted(words + pairs, key=key)))
