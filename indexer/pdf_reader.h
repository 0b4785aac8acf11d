#pragma once
// PDF files → text, page by page, with poppler-cpp: the text layer in poppler's physical
// layout (indentation tells where paragraphs start), joined by pdf_text.h into text that
// reads like a .txt file; pages without a text layer are read by Tesseract (ocr.h) when
// asked. Hostile files (encrypted, damaged, enormous pages) end in a PdfError whose
// message is the one-line reason the command line prints.
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/document.h"

namespace lexkz::indexer {

struct ReaderOptions;

/// A PDF that cannot be read; what() is the reason ("encrypted PDF (a password is needed)").
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The document information dictionary, as far as it is useful. The metadata code may
/// prefer `title` to a title guessed from the text: it is what the author named the file.
struct PdfInfo {
  std::string title;     ///< "Title", only when it looks like a title (sensible_pdf_title)
  std::string author;    ///< "Author"
  std::string subject;   ///< "Subject"
  std::string keywords;  ///< "Keywords"
  std::string created;   ///< "CreationDate" as YYYY-MM-DD, or empty
  std::string modified;  ///< "ModDate" as YYYY-MM-DD, or empty
};

/// How to read a PDF.
struct PdfOptions {
  /// Read pages with no text layer with Tesseract; otherwise count them.
  bool ocr = false;
  /// Threads for OCR (one Tesseract engine each).
  int jobs = 1;
  /// Tesseract languages.
  std::string languages = "kaz+rus";
  /// Resolution pages are rendered at for OCR.
  int dpi = 300;
  /// A page whose render would exceed this many pixels is refused (a 20,000 × 20,000
  /// pixel page would take 400 MB and minutes): the whole file is rejected.
  std::size_t max_ocr_pixels = std::size_t{64} << 20;
  /// Called after each OCR'd page: pages done so far, pages to OCR (from the OCR threads,
  /// one call at a time).
  std::function<void(int done, int total)> on_ocr_page;
};

/// What a PDF holds.
struct PdfText {
  std::string text;              ///< the document text (pdf_text.h), valid UTF-8
  std::vector<PageSpan> pages;   ///< one per page of the file, in order
  PdfInfo info;
  int textless_pages = 0;        ///< pages with no text layer that were not OCR'd
};

/// True when `bytes` start like a PDF ("%PDF-" within the first 1024 bytes, as readers
/// allow junk before it).
bool looks_like_pdf(std::string_view bytes);

/// Reads a whole PDF held in memory. Throws PdfError for a file that is not a readable
/// PDF, is encrypted, or has a page too large to OCR.
PdfText read_pdf(std::string_view bytes, const PdfOptions& options = {});

/// The information dictionary alone (cheap: no page is read). Throws PdfError.
PdfInfo read_pdf_info(std::string_view bytes);

/// True when a PDF's "Title" is a real title, not a file name ("Microsoft Word - a.docx",
/// "scan_0001", "untitled").
bool sensible_pdf_title(std::string_view title);

/// The reader's entry point: fills `doc.text`, `doc.pages` and `doc.title` (from the info
/// dictionary when sensible) from a PDF's bytes, warning through `options.on_warning` about
/// pages it could not read. Returns false when there is no document: with `*reason` set
/// when the file is rejected, empty when it was only warned about (a scan without --ocr).
bool pdf_to_document(std::string_view bytes, const ReaderOptions& options, Document& doc, std::string* reason);

}  // namespace lexkz::indexer
