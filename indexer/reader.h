#pragma once
// Inputs → Documents, one at a time (DESIGN.md `index` INPUT): .txt files (any charset
// text/decode.h knows), .html/.htm pages, .jsonl batches, DOCX, ODT and RTF documents (by
// content, indexer/file_type.h), directories (recursed in a stable order) and "-" (JSONL on
// standard input). A bad file or record becomes a
// Rejection and the run goes on (STYLE.md habit 11).
#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "indexer/document.h"
#include "indexer/file_type.h"
#include "indexer/zip_archive.h"
#include "indexer/file_system.h"

namespace lexkz::indexer {

/// An input that could not be read: reported as `path[:line]: reason`.
struct Rejection {
  std::string path;
  std::size_t line = 0;  ///< 1-based JSONL line, or 0 for the whole file
  std::string reason;
};

/// Receives each document as soon as it is read.
using DocumentSink = std::function<void(Document&&)>;
/// Receives each rejection; reading goes on afterwards.
using RejectionSink = std::function<void(const Rejection&)>;

/// Everything the reader can be told, in one struct (STYLE.md habit 7).
struct ReaderOptions {
  /// --type: overrides the detected type of files; the default for JSONL records without one.
  std::optional<std::string> type;
  /// --lang ru|kk: the language of files, and the default for records without "lang".
  std::optional<std::string> lang;
  /// Where "-" reads JSONL from; nullptr means std::cin.
  std::istream* stdin_stream = nullptr;
  /// .txt/.html files and JSONL lines larger than this are rejected rather than read into
  /// memory (JSONL files themselves are streamed line by line, so they have no limit).
  std::size_t max_file_bytes = std::size_t{512} << 20;
  /// --ocr: pages of a PDF without a text layer are read with Tesseract (kaz+rus).
  bool ocr = false;
  /// --jobs: threads a reader may use for one file (OCR of its pages in parallel).
  int jobs = 1;
  /// Told about a file that was read with a loss ("3 pages have no text; use --ocr"); the
  /// command line prints `lexkz: warning: path: message`. May be empty.
  std::function<void(const std::string& path, const std::string& message)> on_warning;
  /// Told after each page OCR'd: pages done, pages to do (the CLI prints "OCR page i of n").
  std::function<void(const std::string& path, int done, int total)> on_ocr_progress;
};

/// Reads inputs in order, streaming documents to `on_document`. Ids are unique within a
/// run: a later document with an id already seen is rejected.
class Reader {
 public:
  Reader(FileSystem& fs, ReaderOptions options, DocumentSink on_document,
         RejectionSink on_rejection);

  /// Reads one INPUT: a file, a directory, or "-".
  void read(const std::string& input);

  /// Documents delivered so far.
  std::size_t documents() const { return documents_; }
  /// Rejections reported so far.
  std::size_t rejections() const { return rejections_; }

 private:
  void read_directory(const std::string& dir, const std::string& root);
  void read_file(const std::string& path, const std::string& id, bool named);
  void read_jsonl(const std::string& path);
  // The metadata sources of issue 10 in order (sidecar.h, document_metadata.h); false
  // when a bad sidecar rejected the document.
  bool complete_metadata(Document& doc, bool file);
  std::string head(const std::string& path);
  ZipLimits zip_limits() const;
  void read_jsonl_stream(std::istream& in, const std::string& path);
  void jsonl_line(std::string_view line, const std::string& path, std::size_t number);
  void deliver(Document&& doc, std::size_t line);
  void reject(const std::string& path, std::size_t line, std::string reason);

  FileSystem& fs_;
  ReaderOptions options_;
  DocumentSink on_document_;
  RejectionSink on_rejection_;
  // id → where it was first seen, to reject duplicates with a useful message.
  std::unordered_map<std::string, std::string> seen_;
  std::size_t documents_ = 0;
  std::size_t rejections_ = 0;
};

/// Convenience: reads every input with a fresh Reader.
void read_inputs(const std::vector<std::string>& inputs, FileSystem& fs,
                 const ReaderOptions& options, const DocumentSink& on_document,
                 const RejectionSink& on_rejection);

/// The document id of `path` found under directory input `root` (its relative path), or
/// its file name when the input was the file itself (`root` empty).
std::string document_id(const std::string& path, const std::string& root);

/// Formats a rejection the way the command line prints it: `path[:line]: reason`.
std::string to_string(const Rejection& r);

}  // namespace lexkz::indexer
