#include "indexer/ocr.h"

#include <cstdlib>
#include <mutex>

#include <tesseract/baseapi.h>

namespace lexkz::indexer {

OcrEngine::OcrEngine(const std::string& languages) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
  // Debian's libtesseract may be built with OpenMP: engines on N threads would each start
  // N more. lexkz parallelises over pages instead. Set once, before the first engine.
  static std::once_flag once;
  std::call_once(once, [] { setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0); });
  if (api_->Init(nullptr, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    throw OcrError("cannot start Tesseract with languages \"" + languages +
                   "\" (install tesseract-ocr-kaz and tesseract-ocr-rus)");
  api_->SetPageSegMode(tesseract::PSM_AUTO);
  api_->SetVariable("debug_file", "/dev/null");  // no "Estimating resolution" chatter
}

OcrEngine::~OcrEngine() {
  if (api_) api_->End();
}

OcrText OcrEngine::recognize(const GrayImage& image) {
  OcrText out;
  if (!image.pixels || image.width <= 0 || image.height <= 0) return out;
  api_->SetImage(image.pixels, image.width, image.height, 1, image.stride);
  api_->SetSourceResolution(image.dpi);
  std::unique_ptr<char[]> text(api_->GetUTF8Text());
  if (!text) {
    api_->Clear();
    throw OcrError("Tesseract failed on a page");
  }
  out.text = text.get();
  int conf = api_->MeanTextConf();
  out.confidence = conf > 0 ? static_cast<float>(conf) : 0.f;
  api_->Clear();
  return out;
}

bool blank_image(const GrayImage& image) {
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.pixels + static_cast<std::size_t>(y) * image.stride;
    for (int x = 0; x < image.width; ++x)
      if (row[x] < 128) return false;
  }
  return true;
}

}  // namespace lexkz::indexer
