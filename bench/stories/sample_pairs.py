#!/usr/bin/env python3
"""Draws article pairs to label by hand for the story-clustering evaluation (pairs.tsv).

Half the pairs are drawn from pairs the clustering linked (they measure precision), half from
pairs it did not link but that a reader might (same or next day, titles sharing two or more
words; they measure recall), so both kinds of error are represented. Prints each pair's ids,
outlets, dates, titles and leads for a human to judge; the labels are the human's, not the
system's. Usage: sample_pairs.py marsad.db [N_EACH] [SEED] > to_label.txt
"""
import random, re, sqlite3, sys, json
from itertools import combinations

db = sqlite3.connect(sys.argv[1])
n_each = int(sys.argv[2]) if len(sys.argv) > 2 else 50
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

story = {}
for sid, aid in db.execute("SELECT story_id, article_id FROM story_articles"):
    story[aid] = sid
rows = db.execute("SELECT a.id, a.source_id, a.outlet, a.published, a.title FROM articles a").fetchall()
info = {r[0]: r for r in rows}

members = {}
for aid, sid in story.items():
    members.setdefault(sid, []).append(aid)
linked = []
for sid, ids in members.items():
    a, b = rng.sample(ids, 2)
    linked.append((a, b))
rng.shuffle(linked)
linked = linked[:n_each]

def words(t):
    t = re.sub("[\u064b-\u065f\u0640]", "", t or "")
    t = re.sub("[أإآ]", "ا", t).replace("ة", "ه").replace("ى", "ي")
    return {w[2:] if w.startswith("ال") and len(w) > 4 else w for w in re.findall(r"[\u0621-\u064a]{3,}", t)}

by_day = {}
for r in rows:
    by_day.setdefault(r[3], []).append(r[0])
days = sorted(d for d in by_day if d)
candidates = []
for i, d in enumerate(days):
    pool = by_day[d] + (by_day[days[i + 1]] if i + 1 < len(days) else [])
    sample = rng.sample(pool, min(len(pool), 400))
    tw = {a: words(info[a][4]) for a in sample}
    for a, b in combinations(sample, 2):
        if story.get(a) is not None and story.get(a) == story.get(b):
            continue
        if len(tw[a] & tw[b]) >= 2:
            candidates.append((a, b))
rng.shuffle(candidates)
unlinked = candidates[:n_each]

def lead(aid):
    text = json.loads(db.execute("SELECT json FROM records WHERE article_id=?", (aid,)).fetchone()[0])["text"]
    return re.sub(r"\s+", " ", text)[:260]

for kind, pairs in (("linked", linked), ("unlinked", unlinked)):
    for a, b in pairs:
        print(f"## {kind}\t{info[a][1]}\t{info[b][1]}")
        for x in (a, b):
            print(f"   {info[x][3]} {info[x][2]}: {lead(x)}")
