#pragma once
// How `index` and `tag` show what the readers tell them beyond rejections: warnings about
// files read with a loss, and OCR progress, both on stderr.
#include "indexer/reader.h"

namespace lexkz::cli {

/// Sets `options.on_warning` to print `lexkz: warning: path: message` and
/// `options.on_ocr_progress` to print `lexkz: path: OCR page i of n`, on stderr.
void print_reader_messages(indexer::ReaderOptions& options);

}  // namespace lexkz::cli
