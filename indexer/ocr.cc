#include "indexer/ocr.h"

#include <dlfcn.h>

#include <tesseract/baseapi.h>

namespace lexkz::indexer {

namespace {

// Debian's libtesseract is built with OpenMP: each recognition would start four helper
// threads that mostly spin (measured: 4x the CPU time and 3x the wall time per page on two
// cores). lexkz runs one engine per thread itself. OMP_THREAD_LIMIT is read when libgomp
// loads, too early to set here; a maximum of 0 active parallel levels, set for the calling
// thread, makes every parallel region run on that thread alone. Looked up at run time so
// lexkz does not itself link OpenMP (a Tesseract without it simply has no such symbol).
void serial_openmp_on_this_thread() {
  using SetLevels = void (*)(int);
  static const auto set_levels = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
  if (set_levels) set_levels(0);
}

}  // namespace

OcrEngine::OcrEngine(const std::string& languages) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
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
  serial_openmp_on_this_thread();
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

bool blank_image(const GrayImage& image, int ink) {
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.pixels + static_cast<std::size_t>(y) * image.stride;
    for (int x = 0; x < image.width; ++x)
      if (row[x] < ink) return false;
  }
  return true;
}

}  // namespace lexkz::indexer
