#pragma once
// Printers for `lexkz define`.
//
// JSONL schema, one line per defining passage, best first:
//   rank     int     1-based
//   doc      string  document id given at indexing
//   passage  int     0-based passage number within the document
//   cite     string  "Статья 1, п. 3", "1-бап, 3-тармақ", "абз. 2"
//   title    string  document title ("" when none)
//   lang     string  "ru" / "kk"
//   type     string  statute, ruling, transcript, convention, other
//   tag      string|null  the concept (TAGS.md) whose definition this is; null when the
//                    passage defines the asked-for term outside the tagged concepts
//   term     string  the defined term as written in the passage
//   term_start, term_end  int  byte offsets of the term in the document text, half-open
//   defines_term  bool  the defined term is the one asked for (or its translation),
//                    not only the same concept
//   definition  string  the passage text up to the end of the definition clause: the
//                    sanction of an offence article ("–\nнаказывается …", "жазаланады")
//                    is left out
//   start, end  int  byte offsets of the passage in the document text, half-open
//   date     string  YYYY-MM-DD adoption/decision date, "" when unknown
//   number   string  act or case number as printed ("№ 403-V"), "" when unknown
//   status   string  "in_force", "lost_force", "not_in_force", "" when unknown
//   version  string  YYYY-MM-DD of the edition, "" when unknown
//   source   string  URL or path of the document ("" only for JSONL read from stdin)
//   page     int     1-based page the passage starts on, 0 when the source has no pages
//   ocr      bool    the passage was read by OCR
//   ocr_confidence number  mean OCR word confidence 0–100; only present when ocr is true
//   (date … ocr_confidence: cli/json_line.h add_passage_metadata, as in search)
// New fields may be added. Example:
//   {"rank":1,"doc":"Z090000223_.ru.txt","passage":5,"cite":"Статья 1, п. 3",
//    "title":"…","lang":"ru","type":"statute","tag":"discrimination",
//    "term":"дискриминация по признаку пола","term_start":912,"term_end":970,
//    "defines_term":true,"definition":"3) дискриминация по признаку пола – …;",
//    "start":905,"end":1290,"date":"2009-12-08","number":"№ 223-IV","status":"in_force",
//    "version":"","source":"laws/Z090000223_.ru.txt","page":0,"ocr":false}
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "concepts/definition_finder.h"

namespace lexkz::cli {

/// The JSON object of one definition (schema above): the JSONL printer and the server's
/// /api/define print the same object.
nlohmann::ordered_json definition_json(const concepts::DefinitionHit& hit);

/// One JSON line per hit.
void print_definitions_jsonl(std::ostream& out, const std::vector<concepts::DefinitionHit>& hits);

/// For people: cite, document, the defined term, the definition.
void print_definitions_text(std::ostream& out, const std::vector<concepts::DefinitionHit>& hits, bool colour);

}  // namespace lexkz::cli
