#include "indexer/reader.h"

#include "indexer/structure_line.h"

#include <algorithm>
#include <iostream>
#include <utility>

#include "indexer/document_metadata.h"
#include "indexer/docx_reader.h"
#include "indexer/html_reader.h"
#include "indexer/jsonl_reader.h"
#include "indexer/odt_reader.h"
#include "indexer/pdf_reader.h"
#include "indexer/rtf_reader.h"
#include "indexer/sidecar.h"
#include "indexer/splitter.h"
#include "text/decode.h"

namespace lexkz::indexer {
namespace {

std::string base_name(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  std::size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

// A .txt or .html file: decoded from its charset, HTML markup removed.
void read_text(std::string& bytes, InputFormat format, Document& doc) {
  text::Decoded decoded = text::decode_to_utf8(bytes);
  bytes.clear();
  bytes.shrink_to_fit();
  if (format == InputFormat::html) {
    HtmlText html = html_to_text(decoded.text);
    doc.text = std::move(html.text);
    doc.title = std::move(html.title);
  } else {
    doc.text = std::move(decoded.text);
  }
}

// A DOCX, ODT or RTF document's text and the title its properties give.
void take_extracted(ExtractedText&& extracted, Document& doc) {
  doc.text = std::move(extracted.text);
  doc.title = std::move(extracted.title);
}

// No Debian library reads Word 97 well (catdoc and antiword are programs, libwv is
// unmaintained), so such files are refused with the way out.
std::string word97_reason(std::string_view bytes) {
  if (is_word97(bytes))
    return "Word 97 .doc is not supported; convert it to .docx, e.g. libreoffice --headless --convert-to docx FILE";
  return "an OLE2 file (an old Excel, PowerPoint or Outlook format), not a document lexkz reads";
}

}  // namespace

std::string document_id(const std::string& path, const std::string& root) {
  if (root.empty()) return base_name(path);
  std::string prefix = root;
  if (prefix.back() != '/') prefix += '/';
  if (path.compare(0, prefix.size(), prefix) == 0) return path.substr(prefix.size());
  return path;
}

std::string to_string(const Rejection& r) {
  std::string s = r.path;
  if (r.line > 0) s += ":" + std::to_string(r.line);
  return s + ": " + r.reason;
}

Reader::Reader(FileSystem& fs, ReaderOptions options, DocumentSink on_document,
               RejectionSink on_rejection)
    : fs_(fs),
      options_(std::move(options)),
      on_document_(std::move(on_document)),
      on_rejection_(std::move(on_rejection)) {}

void Reader::reject(const std::string& path, std::size_t line, std::string reason) {
  ++rejections_;
  on_rejection_(Rejection{path, line, std::move(reason)});
}

void Reader::deliver(Document&& doc, std::size_t line) {
  auto [it, fresh] = seen_.emplace(doc.id, doc.path + (line ? ":" + std::to_string(line) : ""));
  if (!fresh) {
    reject(doc.path, line, "duplicate id \"" + doc.id + "\" (first seen at " + it->second + ")");
    return;
  }
  ++documents_;
  on_document_(std::move(doc));
}

void Reader::read(const std::string& input) {
  if (input == "-") {
    read_jsonl_stream(options_.stdin_stream ? *options_.stdin_stream : std::cin, "-");
    return;
  }
  switch (fs_.kind(input)) {
    case FileKind::missing:
      reject(input, 0, "no such file or directory");
      return;
    case FileKind::dangling_link:
      reject(input, 0, "dangling symbolic link");
      return;
    case FileKind::directory:
    case FileKind::dir_link:  // named on the command line: followed
      read_directory(input, input);
      return;
    case FileKind::other:
      reject(input, 0, "not a regular file");
      return;
    case FileKind::file:
      read_file(input, document_id(input, ""), /*named=*/true);
      return;
  }
}

void Reader::read_directory(const std::string& dir, const std::string& root) {
  // An explicit stack instead of recursion; entries pushed in reverse so the walk visits
  // them in sorted order.
  std::vector<std::string> stack{dir};
  std::vector<std::string> names;
  while (!stack.empty()) {
    std::string current = std::move(stack.back());
    stack.pop_back();
    std::string error;
    if (!fs_.list_dir(current, &names, &error)) {
      reject(current, 0, "cannot list directory: " + error);
      continue;
    }
    std::vector<std::string> subdirs;
    for (const std::string& name : names) {
      if (name.empty() || name[0] == '.') continue;  // hidden files and editor droppings
      std::string path = join(current, name);
      switch (fs_.kind(path)) {
        case FileKind::directory:
          subdirs.push_back(path);
          break;
        case FileKind::dir_link:
          break;  // not followed inside a tree: links can loop
        case FileKind::dangling_link:
          if (format_of(path) != InputFormat::unsupported) reject(path, 0, "dangling symbolic link");
          break;
        case FileKind::file:  // an unknown extension is sniffed by read_file
          read_file(path, document_id(path, root), /*named=*/false);
          break;
        default:
          break;
      }
    }
    // Files of a directory come before its subdirectories, each group sorted.
    for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it) stack.push_back(std::move(*it));
  }
}

// The head of a file, to decide from its signature whether an unknown extension is worth
// reading whole.
std::string Reader::head(const std::string& path) {
  std::string error;
  std::unique_ptr<std::istream> in = fs_.open(path, &error);
  if (!in) return {};
  std::string bytes(4096, '\0');
  in->read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in->gcount()));
  return bytes;
}

void Reader::read_file(const std::string& path, const std::string& id, bool named) {
  const InputFormat ext = format_of(path);
  if (ext == InputFormat::jsonl) {
    read_jsonl(path);
    return;
  }
  if (ext == InputFormat::unsupported) {
    // An unknown extension is read when its content shows a document format; in a directory
    // walk only a document signature counts (plain text, images, spreadsheets and
    // NAME.meta.json sidecars are passed over), named on the command line HTML and OLE2 too.
    std::string h = head(path);
    Magic m = sniff(h, /*complete=*/false);
    if (!worth_sniffing(h) && !(named && (m == Magic::html || m == Magic::ole2))) {
      if (named) reject(path, 0, "unsupported file type (expected .txt, .html, .htm, .jsonl, .pdf, .docx, .odt or .rtf)");
      return;
    }
  }
  std::string bytes, error;
  if (!fs_.read_file(path, &bytes, &error)) {
    reject(path, 0, "cannot read: " + error);
    return;
  }
  if (bytes.size() > options_.max_file_bytes) {
    reject(path, 0, "file too large (" + std::to_string(bytes.size() >> 20) + " MB)");
    return;
  }
  if (blank(bytes)) {
    reject(path, 0, "empty file");
    return;
  }
  std::string why;
  const InputFormat format = decide_format(bytes, ext, &why);
  if (format == InputFormat::unsupported) {
    // A zip that is no document (an .xlsx without a telling extension) found in a walk is
    // passed over like any other file of unknown type.
    if (named || ext != InputFormat::unsupported) reject(path, 0, why);
    return;
  }
  Document doc;
  doc.id = id;
  doc.path = path;
  if (format == InputFormat::pdf) {
    std::string reason;
    if (!pdf_to_document(bytes, options_, doc, &reason)) {
      if (!reason.empty()) reject(path, 0, reason);
      return;
    }
  } else try {
    switch (format) {
      case InputFormat::docx: take_extracted(read_docx(bytes, zip_limits()), doc); break;
      case InputFormat::odt: take_extracted(read_odt(bytes, zip_limits()), doc); break;
      case InputFormat::rtf: take_extracted(read_rtf(bytes), doc); break;
      case InputFormat::doc: throw FormatError(word97_reason(bytes));
      default: read_text(bytes, format, doc); break;
    }
  } catch (const text::DecodeError& e) {
    reject(path, 0, std::string("not text: ") + e.what() + " (byte " + std::to_string(e.offset) + ")");
    return;
  } catch (const HtmlError& e) {
    reject(path, 0, e.what());
    return;
  } catch (const FormatError& e) {
    reject(path, 0, e.what());
    return;
  }
  if (blank(doc.text)) {
    reject(path, 0, format == InputFormat::html ? "no text in the HTML page"
                    : format == InputFormat::txt ? "empty file" : "no text in the document");
    return;
  }
  if (options_.type) {
    doc.type = *options_.type;
  } else if (looks_like_statute(doc.text)) {
    doc.type = "statute";
  } else if (looks_like_transcript(doc.text)) {
    doc.type = "transcript";
  } else {
    doc.type = "other";
  }
  if (options_.lang && *options_.lang != "auto") doc.lang = options_.lang;
  if (!complete_metadata(doc, /*file=*/true)) return;
  deliver(std::move(doc), 0);
}

void Reader::read_jsonl(const std::string& path) {
  std::string error;
  std::unique_ptr<std::istream> in = fs_.open(path, &error);
  if (!in) {
    reject(path, 0, "cannot read: " + error);
    return;
  }
  std::size_t before = documents_ + rejections_;
  read_jsonl_stream(*in, path);
  if (documents_ + rejections_ == before) reject(path, 0, "empty file (no JSONL records)");
}

bool Reader::complete_metadata(Document& doc, bool file) {
  // Weakest first: the opening lines fill what the reader (document properties) or the
  // JSONL record left empty; a sidecar beside a file overrides everything.
  fill_from_opening(doc, /*title=*/file, /*keep_type=*/options_.type.has_value() || !file);
  if (file) {
    for (const std::string& sidecar : sidecar_paths(doc.path)) {
      if (fs_.kind(sidecar) != FileKind::file) continue;
      std::string bytes, error;
      std::optional<Sidecar> parsed;
      if (!fs_.read_file(sidecar, &bytes, &error)) error = "cannot read: " + error;
      else if (bytes.size() > (std::size_t{1} << 20)) error = "sidecar too large";
      else parsed = parse_sidecar(bytes, &error);
      if (!parsed) {
        reject(sidecar, 0, error + " — the document " + doc.path + " was not read");
        return false;
      }
      apply_sidecar(*parsed, doc);
      break;
    }
  }
  if (doc.source.empty() && doc.path != "-") doc.source = doc.path;
  return true;
}

ZipLimits Reader::zip_limits() const {
  ZipLimits limits;
  limits.max_total_bytes = std::min(limits.max_total_bytes, options_.max_file_bytes);
  return limits;
}

void Reader::jsonl_line(std::string_view line, const std::string& path, std::size_t number) {
  JsonlRecord r = parse_jsonl_line(line, path, options_.type, options_.lang);
  if (r.document && complete_metadata(*r.document, /*file=*/false)) deliver(std::move(*r.document), number);
  else if (!r.error.empty()) reject(path, number, r.error);
}

void Reader::read_jsonl_stream(std::istream& in, const std::string& path) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.size() > options_.max_file_bytes) {
      reject(path, number, "line too long");
      continue;
    }
    std::string_view view(line);
    if (number == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);  // a BOM
    jsonl_line(view, path, number);
  }
  if (in.bad()) reject(path, number + 1, "read error");
}

void read_inputs(const std::vector<std::string>& inputs, FileSystem& fs,
                 const ReaderOptions& options, const DocumentSink& on_document,
                 const RejectionSink& on_rejection) {
  Reader reader(fs, options, on_document, on_rejection);
  for (const std::string& input : inputs) reader.read(input);
}

}  // namespace lexkz::indexer
