#pragma once
// The printers of `lexkz tag` (DESIGN.md contract). JSONL, one object per passage:
//   {"doc": string, the document id;
//    "passage": int, 0-based ordinal of the passage in its document;
//    "cite": string, the human citation ("Статья 14, п. 2"), "" when the splitter has none;
//    "start", "end": int, byte offsets of the passage in the document text, half-open;
//    "lang": "ru" | "kk" | "" (no letters of either);
//    "tags": [string], sorted, possibly empty (with --all);
//    "definitions": [{"tag", "term" (as written), "start", "end" (byte offsets into the
//                    DOCUMENT text, half-open)}],
//    "title": string, the document title, "" when none;
//    "type": statute | ruling | transcript | convention | other;
//    "date": string YYYY-MM-DD or ""; "number": string as printed ("№ 403-V") or "";
//    "status": "in_force" | "lost_force" | "not_in_force" | "" (unknown);
//    "version": string YYYY-MM-DD of the edition or ""; "source": string, URL or path
//    ("" only for stdin); "page": int, 1-based page the passage starts on, 0 when the
//    source has no pages; "ocr": bool; "ocr_confidence": number 0–100, only when ocr;
//    "explain": [{"tag", "kind" ("term" | "clue NAME" | "implied" | "definition"),
//                 "rule" (as written, or "implied by TAG"), "file", "line" (where the rule is
//                 written; 0 for "implied"), "match" (the passage words it matched)}]
//               — only with --explain: why each tag and definition was given}
// The metadata are the same as `index` stores for the passage (document_metadata.h) and
// are written by cli/json_line.h add_passage_metadata, as search and define write them.
// New fields may be added. Example:
//   {"doc":"law.txt","passage":3,"cite":"Статья 1, п. 5","start":812,"end":1004,"lang":"ru",
//    "tags":["harassment","sexual_harassment"],"definitions":[{"tag":"sexual_harassment",
//    "term":"сексуальное домогательство","start":815,"end":866}],"title":"О …",
//    "type":"statute","date":"2009-12-08","number":"№ 223-IV","status":"","version":"",
//    "source":"law.txt","page":0,"ocr":false}
// The text format is for people: the cite and tags, then the passage with the evidence
// marked [[like this]]; with --explain, a line per rule that fired:
//   why harassment: term  rules/tags.rules:54  травл*  «травли»
#include <ostream>
#include <string_view>

#include "indexer/passage_record.h"
#include "indexer/splitter.h"
#include "concepts/tagger.h"
#include "text/lang.h"

namespace lexkz::cli {

/// One tagged passage, with everything either printer needs.
struct TaggedPassage {
  const indexer::Passage* passage = nullptr;
  std::size_t ordinal = 0;
  std::string_view document_text;  ///< the whole document; the passage is a range of it
  text::Lang lang = text::Lang::none;
  const concepts::PassageTags* tags = nullptr;
  /// The document's metadata and the passage's page (indexer/document_metadata.h).
  const indexer::PassageRecord* metadata = nullptr;
  bool explain = false;  ///< print why each tag and definition was given (--explain)
};

/// Writes one JSON line (offsets made relative to the document).
void print_tagged_jsonl(std::ostream& out, const TaggedPassage& p);

/// Writes the human form: a header line, then the passage with matches marked.
void print_tagged_text(std::ostream& out, const TaggedPassage& p);

}  // namespace lexkz::cli
