#pragma once
// Optical character recognition of one page image with Tesseract's C++ API, Kazakh and
// Russian at once ("kaz+rus", Debian's tesseract-ocr-kaz and -rus). One OcrEngine per
// thread: a TessBaseAPI is not safe to share.
#include <memory>
#include <stdexcept>
#include <string>

namespace tesseract {
class TessBaseAPI;
}

namespace lexkz::indexer {

/// Tesseract could not start (language data missing) or failed on an image.
class OcrError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An 8-bit greyscale image (0 black, 255 white), rows `stride` bytes apart.
struct GrayImage {
  const unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  int stride = 0;
  int dpi = 300;
};

/// The text Tesseract read and how sure it was.
struct OcrText {
  std::string text;        ///< UTF-8, lines separated by '\n', paragraphs by a blank line
  float confidence = 0;    ///< mean word confidence 0..100 (0 when no word was found)
};

/// One Tesseract engine.
class OcrEngine {
 public:
  /// Starts Tesseract with `languages` ("kaz+rus"); throws OcrError when the language data
  /// is missing. Tesseract's own threading is limited to one thread per engine: lexkz runs
  /// engines in parallel itself.
  explicit OcrEngine(const std::string& languages = "kaz+rus");
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  /// Recognises one page image.
  OcrText recognize(const GrayImage& image);

 private:
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

/// True when the image has no dark pixel (value below 128): a blank page, nothing to read.
bool blank_image(const GrayImage& image);

}  // namespace lexkz::indexer
