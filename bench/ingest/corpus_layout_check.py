#!/usr/bin/env python3
"""Sanity check of the scraped-text cleaner on SaudiNewsNet (../shared/data/corpus), whose text is
"headline, blank line, body" with no site chrome: the headline should be found as the title and
(nearly) every other line kept as body. Lines the cleaner leaves out are listed by frequency, so a
reviewer can see whether they are chrome (bylines, "// انتهى //", e-mail signatures) or losses.

    ./marsad extract ../shared/data/corpus/saudinewsnet-2015.jsonl.gz -o /tmp/snn.jsonl
    python3 bench/ingest/corpus_layout_check.py /tmp/snn.jsonl
"""
import collections
import json
import sys


def lines_of(text):
    out, i = [], 0
    for raw in text.split('\n'):
        s = raw.strip()
        if s:
            start = i + raw.index(s[0])
            out.append((start, start + len(s)))
        i += len(raw) + 1
    return out


def main(path):
    n = title_ok = title_none = 0
    tp = fp = fn = 0
    left_out = collections.Counter()
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        t = d['text']
        n += 1
        lines = lines_of(t)  # corpus text is BMP-only Arabic: code points equal UTF-16 indexes
        head, body = lines[0], set(lines[1:])
        title = d.get('title')
        if title is None:
            title_none += 1
        elif (title['start'], title['end']) == head:
            title_ok += 1
        system = {(b['start'], b['end']) for b in d['body']}
        tp += len(body & system)
        fp += len(system - body)
        fn += len(body - system)
        for s, e in body - system:
            left_out[t[s:e][:60]] += 1
    print(f'{n} articles: headline found as title {title_ok / n:.3f}, no title {title_none / n:.3f}, '
          f'other title {(n - title_ok - title_none) / n:.3f}')
    print(f'body lines kept: precision {tp / (tp + fp):.3f} recall {tp / (tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})')
    print('most frequent lines left out of the body:')
    for text, count in left_out.most_common(25):
        print(f'  {count:5d}  {text}')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/snn.jsonl')
