#!/usr/bin/env python3
"""A watch list of N saved searches drawn from a corpus's vocabulary (bench/watch_bench.sh).

    bench/make_watch_list.py CORPUS_DIR N > searches.tsv

Fixed seed, so every run measures the same list. The mix follows what research teams keep
as standing questions: single words (40 %), two-word phrases (20 %), NEAR/5 pairs (15 %),
a word with a filter (lang:, type:, tag:, kind:; 10 %), OR of two words (5 %), wildcards
(5 %) and =exact forms (5 %). Words are lower-case Cyrillic of 5+ letters seen 5 to 2,000
times, so most searches match something, as standing questions do, without the handful of
words that are on every page ("республики", "федерации").
"""
import collections
import os
import random
import re
import sys

WORD = re.compile(r"[а-яёәғқңөұүһі]{5,}")


def main():
    corpus, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(13)
    lines = []
    for root, _, files in os.walk(corpus):
        for f in sorted(files):
            if f.endswith((".txt", ".html", ".htm", ".jsonl")):
                with open(os.path.join(root, f), encoding="utf-8", errors="ignore") as fh:
                    lines.extend(l for l in fh.read().lower().split("\n") if len(l) > 80)
    counts = collections.Counter(w for l in lines for w in WORD.findall(l))
    vocab = sorted(w for w, c in counts.items() if 5 <= c <= 2000)
    usable = set(vocab)
    sample = rng.sample(lines, min(len(lines), 20000))
    filters = ["lang:ru", "lang:kk", "type:statute", "type:other", "tag:discrimination", "tag:harassment",
               "kind:law", "kind:paragraph"]
    out = []
    while len(out) < n:
        r = rng.random()
        words = [w for w in WORD.findall(rng.choice(sample)) if w in usable]
        if len(words) < 8:
            continue
        i = rng.randrange(len(words) - 6)
        if r < 0.40:
            q = rng.choice(vocab)
        elif r < 0.60:
            q = '"%s %s"' % (words[i], words[i + 1])
        elif r < 0.75:
            q = "%s NEAR/5 %s" % (words[i], words[i + rng.randrange(2, 6)])
        elif r < 0.85:
            q = "%s %s" % (rng.choice(vocab), rng.choice(filters))
        elif r < 0.90:
            q = "%s OR %s" % (rng.choice(vocab), rng.choice(vocab))
        elif r < 0.95:
            q = rng.choice(vocab)[:6] + "*"
        else:
            q = "=" + words[i]
        out.append("s%04d\t%s" % (len(out) + 1, q))
    print("\n".join(out))


if __name__ == "__main__":
    main()
