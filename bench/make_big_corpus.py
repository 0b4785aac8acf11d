#!/usr/bin/env python3
"""Derives a ~500 MB corpus from ../shared/corpora for the scale benchmarks (issue 6).

    bench/make_big_corpus.py [OUT_DIR] [--source DIR] [--mb 500]

OUT_DIR (default /tmp/lexkz-big) receives copy-00/, copy-01/, … each a mirror of the
source's .txt files. copy-00 is verbatim; in copy-K (K ≥ 1) every file keeps its first
paragraph (title and preamble) and the remaining blank-line-separated paragraphs are
shuffled with seed K, and the file name carries a -cK suffix: ids differ, passages and
positions differ, the vocabulary stays that of real legal text. Copies are added until
the total reaches --mb. Never commit the output: it is derived from ../shared/corpora.
"""
import argparse
import os
import random
import shutil
import sys


def source_files(src):
    out = []
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".txt"):
                out.append(os.path.join(root, name))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="/tmp/lexkz-big")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--source", default=os.path.join(here, "..", "..", "shared", "corpora"))
    ap.add_argument("--mb", type=float, default=500)
    args = ap.parse_args()

    files = source_files(args.source)
    if not files:
        sys.exit(f"make_big_corpus: no .txt files under {args.source}")
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    target = args.mb * 1e6
    total = 0
    copy = 0
    while total < target:
        rng = random.Random(copy)
        for path in files:
            rel = os.path.relpath(path, args.source)
            stem, ext = os.path.splitext(rel)
            dest = os.path.join(args.out, f"copy-{copy:02d}", stem + (f"-c{copy}" if copy else "") + ext)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(path, "rb") as f:
                data = f.read()
            if copy:
                paras = data.split(b"\n\n")
                head, rest = paras[:1], paras[1:]
                rng.shuffle(rest)
                data = b"\n\n".join(head + rest)
            with open(dest, "wb") as f:
                f.write(data)
            total += len(data)
            if total >= target:
                break
        copy += 1
    print(f"make_big_corpus: {total / 1e6:.0f} MB in {copy} copies under {args.out}")


if __name__ == "__main__":
    main()
