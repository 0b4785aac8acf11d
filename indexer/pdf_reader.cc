#include "indexer/pdf_reader.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <ctime>
#include <memory>
#include <mutex>
#include <thread>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "indexer/ocr.h"
#include "indexer/pdf_text.h"
#include "indexer/reader.h"

namespace lexkz::indexer {
namespace {

// A page with fewer visible characters than this has no text layer worth the name (a
// scan with a stamped page number).
constexpr std::size_t kMinPageChars = 8;
// Scans are checked for ink at this resolution first: a blank page is not worth Tesseract.
constexpr double kBlankCheckDpi = 24;

// poppler reports every oddity of a damaged file on stderr; lexkz reports the file once.
void quiet(const std::string&, void*) {}

std::unique_ptr<poppler::document> open(std::string_view bytes) {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (!looks_like_pdf(bytes)) throw PdfError("not a PDF (no %PDF- header)");
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw PdfError("PDF too large (over 2 GB)");
  // A download cut short has lost its trailer; poppler would rebuild what is left and
  // index half a document without a word.
  std::string_view tail = bytes.substr(bytes.size() - std::min<std::size_t>(bytes.size(), 2048));
  if (tail.find("%%EOF") == std::string_view::npos) throw PdfError("truncated PDF (no %%EOF at its end)");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw PdfError("damaged PDF (poppler cannot read its structure)");
  if (doc->is_locked()) throw PdfError("encrypted PDF (a password is needed to read it)");
  if (doc->pages() <= 0) throw PdfError("damaged PDF (no pages)");
  return doc;
}

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array a = s.to_utf8();
  return std::string(a.begin(), a.end());
}

std::string iso_date(std::time_t t) {
  if (t <= 0) return {};
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return {};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

std::string trim(std::string s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

PdfInfo info_of(const poppler::document& doc) {
  PdfInfo info;
  std::string title = trim(utf8(doc.info_key("Title")));
  if (title.rfind("Microsoft Word - ", 0) == 0) title.erase(0, 17);
  if (sensible_pdf_title(title)) info.title = title;
  info.author = trim(utf8(doc.info_key("Author")));
  info.subject = trim(utf8(doc.info_key("Subject")));
  info.keywords = trim(utf8(doc.info_key("Keywords")));
  info.created = iso_date(doc.info_date_t("CreationDate"));
  info.modified = iso_date(doc.info_date_t("ModDate"));
  return info;
}

std::size_t visible_chars(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  return n;
}

GrayImage view(poppler::image& img, int dpi) {
  GrayImage g;
  g.pixels = reinterpret_cast<const unsigned char*>(img.const_data());
  g.width = img.width();
  g.height = img.height();
  g.stride = img.bytes_per_row();
  g.dpi = dpi;
  return g;
}

// What OCR of one page gave.
struct OcrPage {
  std::string text;
  float confidence = 0;
};

// OCR of the pages `todo` (0-based), over options.jobs threads; each thread opens its own
// poppler document (poppler documents are not thread-safe) and its own Tesseract.
std::vector<OcrPage> ocr_pages(std::string_view bytes, const std::vector<int>& todo, const PdfOptions& options) {
  std::vector<OcrPage> out(todo.size());
  if (todo.empty()) return out;
  // Refuse before any work: one enormous page would take all the memory.
  {
    std::unique_ptr<poppler::document> doc = open(bytes);
    for (int index : todo) {
      std::unique_ptr<poppler::page> page(doc->create_page(index));
      if (!page) continue;
      poppler::rectf r = page->page_rect();
      double w = std::ceil(r.width() / 72.0 * options.dpi), h = std::ceil(r.height() / 72.0 * options.dpi);
      if (w * h > static_cast<double>(options.max_ocr_pixels))
        throw PdfError("page " + std::to_string(index + 1) + " is too large to OCR (" +
                       std::to_string(static_cast<long long>(w)) + "×" + std::to_string(static_cast<long long>(h)) +
                       " pixels at " + std::to_string(options.dpi) + " dpi; the cap is " +
                       std::to_string(options.max_ocr_pixels >> 20) + " megapixels)");
    }
  }
  std::atomic<std::size_t> next{0};
  std::mutex mu;
  int done = 0;
  std::string error;
  auto work = [&]() {
    try {
      std::unique_ptr<poppler::document> doc = open(bytes);
      std::unique_ptr<OcrEngine> engine;
      poppler::page_renderer renderer;
      renderer.set_image_format(poppler::image::format_gray8);
      renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
      renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
      for (std::size_t i = next++; i < todo.size(); i = next++) {
        {
          std::lock_guard<std::mutex> lock(mu);
          if (!error.empty()) return;
        }
        std::unique_ptr<poppler::page> page(doc->create_page(todo[i]));
        if (page) {
          poppler::image thumb = renderer.render_page(page.get(), kBlankCheckDpi, kBlankCheckDpi);
          if (thumb.is_valid() && !blank_image(view(thumb, static_cast<int>(kBlankCheckDpi)))) {
            poppler::image img = renderer.render_page(page.get(), options.dpi, options.dpi);
            if (!img.is_valid()) throw PdfError("cannot render page " + std::to_string(todo[i] + 1) + " for OCR");
            if (!engine) engine = std::make_unique<OcrEngine>(options.languages);
            OcrText t = engine->recognize(view(img, options.dpi));
            out[i].text = std::move(t.text);
            out[i].confidence = t.confidence;
          }
        }
        std::lock_guard<std::mutex> lock(mu);
        ++done;
        if (options.on_ocr_page) options.on_ocr_page(done, static_cast<int>(todo.size()));
      }
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu);
      if (error.empty()) error = e.what();
    }
  };
  const int threads = std::clamp<int>(options.jobs, 1, static_cast<int>(todo.size()));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (!error.empty()) throw PdfError(error);
  return out;
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool sensible_pdf_title(std::string_view title) {
  if (title.empty() || title.size() > 300) return false;
  bool letter = false, space = false, filename_char = false;
  for (unsigned char c : title) {
    letter = letter || c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    space = space || c == ' ';
    filename_char = filename_char || c == '.' || c == '_' || c == '/' || c == '\\' || (c >= '0' && c <= '9');
  }
  if (!letter) return false;
  if (!space && filename_char) return false;  // "scan_0001", "reshenie.docx", "doc1"
  std::string lower;
  for (char c : title) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::string_view ext : {".pdf", ".doc", ".docx", ".rtf", ".odt", ".txt", ".tif", ".tiff", ".jpg", ".png"})
    if (lower.size() >= ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) return false;
  return lower != "untitled" && lower != "без названия" && lower != "document";
}

PdfInfo read_pdf_info(std::string_view bytes) { return info_of(*open(bytes)); }

PdfText read_pdf(std::string_view bytes, const PdfOptions& options) {
  std::unique_ptr<poppler::document> doc = open(bytes);
  PdfText out;
  out.info = info_of(*doc);
  const int n = doc->pages();
  std::vector<std::string> texts(static_cast<std::size_t>(n));
  std::vector<int> textless;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) texts[i] = utf8(page->text(poppler::rectf(), poppler::page::physical_layout));
    if (visible_chars(texts[i]) < kMinPageChars) {
      texts[i].clear();
      textless.push_back(i);
    }
  }
  doc.reset();
  std::vector<OcrPage> ocr;
  if (options.ocr) {
    ocr = ocr_pages(bytes, textless, options);
    for (std::size_t k = 0; k < textless.size(); ++k) texts[textless[k]] = std::move(ocr[k].text);
  } else {
    out.textless_pages = static_cast<int>(textless.size());
  }
  AssembledText a = assemble_pages(texts);
  out.text = std::move(a.text);
  out.pages.resize(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    out.pages[i].start = a.page_starts[i];
    out.pages[i].number = i + 1;
  }
  for (std::size_t k = 0; k < ocr.size(); ++k) {
    out.pages[textless[k]].ocr = true;
    out.pages[textless[k]].confidence = ocr[k].confidence;
  }
  return out;
}

bool pdf_to_document(std::string_view bytes, const ReaderOptions& options, Document& doc, std::string* reason) {
  PdfOptions po;
  po.ocr = options.ocr;
  po.jobs = options.jobs;
  const std::string path = doc.path;
  if (options.on_ocr_progress)
    po.on_ocr_page = [&](int done, int total) { options.on_ocr_progress(path, done, total); };
  PdfText pdf;
  try {
    pdf = read_pdf(bytes, po);
  } catch (const std::exception& e) {  // PdfError, OcrError, std::bad_alloc
    *reason = e.what();
    return false;
  }
  const std::size_t pages = pdf.pages.size();
  const bool empty = visible_chars(pdf.text) == 0;
  if (pdf.textless_pages > 0) {
    // A scan is not bad input, it needs --ocr: one warning, and no empty document.
    std::string warning = pdf.textless_pages == 1 ? "1 page has no text; use --ocr"
                                                  : std::to_string(pdf.textless_pages) + " pages have no text; use --ocr";
    if (empty) warning += " (nothing else to read: not indexed)";
    if (options.on_warning) options.on_warning(path, warning);
    if (empty) {
      reason->clear();
      return false;
    }
  }
  if (empty) {
    *reason = pages == 1 ? "no text in the PDF (its page is blank)"
                         : "no text in the PDF (its " + std::to_string(pages) + " pages are blank)";
    return false;
  }
  doc.text = std::move(pdf.text);
  doc.pages = std::move(pdf.pages);
  if (doc.title.empty()) doc.title = std::move(pdf.info.title);
  return true;
}

}  // namespace lexkz::indexer
