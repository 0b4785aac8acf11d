#include "text/words.h"

#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

namespace lexkz::text {

// ICU iterates UTF-8 natively through UText, so the boundaries it returns are byte
// offsets into the caller's buffer: no UTF-16 copy, no offset map.
struct WordSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
  UText* utext = nullptr;

  ~Impl() {
    if (utext) utext_close(utext);
  }
};

WordSegmenter::WordSegmenter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  // The root locale: word rules are the same for ru and kk (UAX #29).
  impl_->iter.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
}

WordSegmenter::~WordSegmenter() = default;

void WordSegmenter::segment(std::string_view utf8, std::vector<WordSpan>& out) {
  if (utf8.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  impl_->utext = utext_openUTF8(impl_->utext, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot open UTF-8 text");
  impl_->iter->setText(impl_->utext, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot segment text");
  int32_t start = impl_->iter->first();
  for (int32_t end = impl_->iter->next(); end != icu::BreakIterator::DONE;
       start = end, end = impl_->iter->next()) {
    // UBRK_WORD_NONE marks spaces and punctuation; numbers, letters, kana and ideographs
    // all have higher statuses.
    if (impl_->iter->getRuleStatus() >= UBRK_WORD_NUMBER)
      out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
  }
}

}  // namespace lexkz::text
