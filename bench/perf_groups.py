#!/usr/bin/env python3
"""Groups `perf script -F tid,ip,sym` samples of `lexkz index` (recorded with
--call-graph dwarf) by the call they sit under: Xapian writes, analysis, splitting, reading, records.

    perf script -i perf.data -F tid,ip,sym | bench/perf_groups.py
"""
import sys, collections
rules = [  # (group, substring in any frame of the sample's stack); first match wins
    ("Xapian: final compaction of the shards (finish)", "Database::compact"),
    ("Xapian: zlib deflate of termlist/docdata tags, per passage", "deflate"),
    ("Xapian: commit (buffered postings merged into the B-trees every 2,000 passages)", "WritableDatabase::commit"),
    ("tagging (annotator: Tagger, PassageScan)", "make_annotator"),
    ("tagging (annotator: Tagger, PassageScan)", "Tagger"),
    ("tagging (annotator: Tagger, PassageScan)", "PassageScan"),
    ("analysis (Analyzer::analyze)", "Analyzer::analyze"),
    ("record encoding (encode_record: MessagePack + zstd)", "encode_record"),
    ("splitting (split_document)", "split_document"),
    ("building Xapian::Document (add_posting/add_term)", "Xapian::Document"),
    ("content_hash", "content_hash"),
    ("build_document other (copies, allocation)", "build_document"),
    ("Xapian: add_document (postings/positions maps)", "IndexWriter::Impl::write"),
    ("Xapian: add_document (postings/positions maps)", "replace_document"),
    ("reading/decoding inputs", "read_inputs"),
    ("worker other (queues, freeing)", "IndexWriter::Impl::work"),
    ("writer other", "run_writer"),
]
counts = collections.Counter()
total = 0
frames = []
def flush():
    global total
    if not frames: return
    total += 1
    joined = "\n".join(frames)
    for g, s in rules:
        if s in joined:
            counts[g] += 1
            break
    else:
        counts["other/unattributed"] += 1
    frames.clear()
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip():
        flush(); continue
    if line.startswith("\t") or line.startswith(" " * 8):
        frames.append(line.strip())
    else:
        flush()
flush()
for g, n in counts.most_common():
    print(f"{100.0 * n / total:5.1f}%  {g}")
print(f"({total} samples)")
