#pragma once
// Word segmentation with ICU's BreakIterator, on the UTF-8 bytes directly (UText), so
// every word keeps its byte offsets into the original text.
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace lexkz::text {

/// A word's half-open byte range in the segmented text.
struct WordSpan {
  std::size_t start;
  std::size_t end;
};

/// Finds the words (letters or digits; ICU rule status ≥ UBRK_WORD_NUMBER) of UTF-8
/// text. Reusable; thread-compatible (one per thread).
class WordSegmenter {
 public:
  WordSegmenter();
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  /// Appends the words of `utf8` (must be valid UTF-8) to `out` in order.
  void segment(std::string_view utf8, std::vector<WordSpan>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexkz::text
