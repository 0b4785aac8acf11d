#pragma once
// What the office-format readers (DOCX, ODT, RTF) hand back, and how they refuse a file.
#include <stdexcept>
#include <string>
#include <string_view>

namespace lexkz::indexer {

/// The text of a document file and the title its properties give.
struct ExtractedText {
  std::string title;  ///< DOCX docProps/core.xml or ODT meta.xml dc:title, RTF \info\title; may be empty
  std::string text;   ///< UTF-8, one paragraph or table row per line
};

/// Builds ExtractedText::text one paragraph at a time: each line trimmed of blanks at both
/// ends, runs of empty paragraphs (Word's spacing) kept as one blank line, none at the start.
class LineCollector {
 public:
  /// Appends one paragraph or table row as a line (a '\n' inside makes several lines).
  void add(std::string_view line) {
    std::size_t b = line.find_first_not_of(" \t\r\n\f\v");
    if (b == std::string_view::npos) {
      blank_ = !text_.empty();
      return;
    }
    std::size_t e = line.find_last_not_of(" \t\r\n\f\v");
    if (blank_) text_ += '\n';
    blank_ = false;
    text_.append(line.substr(b, e - b + 1));
    text_ += '\n';
  }
  /// Forces a blank line before the next line (between the body and its notes).
  void blank() { blank_ = !text_.empty(); }
  /// The text so far, every line ending in '\n'.
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
  bool blank_ = false;
};

/// A file whose content cannot be read as the format it claims to be. `what()` is one line,
/// the reason printed after `lexkz: path: ` (STYLE.md habit 11).
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace lexkz::indexer
