#pragma once
// The structure splitter: a Document becomes citable passages (DESIGN.md data flow).
// Statutes split by article and point with the hierarchy kept for the cite; editorial
// notes stand apart from law text; rulings and other prose split by paragraph;
// transcripts by speaker turn. Knows nothing of Xapian.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/document.h"

namespace lexkz::indexer {

/// What a passage holds.
enum class PassageKind {
  law,        ///< statute text: an article's lead-in, a point, a sub-point, a remark
  note,       ///< an editor's or publisher's note ("Сноска.", "Ескерту.", "(В редакции …)")
  heading,    ///< a section / chapter / article heading with no text of its own
  paragraph,  ///< a paragraph of prose (rulings, other documents, a statute's preamble)
  turn,       ///< one speaker turn of a transcript
  toc,        ///< an entry of a table of contents: not law text, not searched for words
};

/// "law", "note", "heading", "paragraph", "turn", "toc".
std::string_view kind_name(PassageKind kind);

/// One citable piece of a document: a half-open byte range [start, end) of its text.
struct Passage {
  std::string doc;   ///< the document id
  std::string cite;  ///< "Статья 14, п. 2", "14-бап, 2-тармақ", "абз. 3", "Иванов А.Б., реплика 2"
  std::size_t start = 0;
  std::size_t end = 0;
  PassageKind kind = PassageKind::paragraph;
  std::string section;   ///< "Раздел 1", "I бөлім"; empty outside sections
  std::string chapter;   ///< "Глава 2", "1-тарау"; empty outside chapters
  std::string article;   ///< "108-1"
  std::string point;     ///< "2", "1-1"
  std::string subpoint;  ///< "3)", "а)"
  std::string speaker;   ///< transcript speaker
  bool kk = false;       ///< the cite is in Kazakh form
};

/// Options for splitting.
struct SplitOptions {
  /// Passages longer than this are cut at sentence boundaries (same cite, own range).
  std::size_t max_bytes = 4096;
};

/// Splits `doc` by its type: statute → articles and points, transcript → speaker turns,
/// anything else → paragraphs. Passages are in text order, do not overlap, start and end
/// on non-blank bytes, and together cover every non-blank byte of the text.
std::vector<Passage> split_document(const Document& doc, const SplitOptions& options = {});

/// True when the text has at least two article headings at line starts ("Статья N",
/// "N-бап"), or one in a short text: the default type of a .txt file.
bool looks_like_statute(std::string_view text);

/// True when at least three lines, and a fifth of the non-blank lines, open with a
/// speaker ("ТӨРАҒА:", "Иванов А.Б.:").
bool looks_like_transcript(std::string_view text);

}  // namespace lexkz::indexer
