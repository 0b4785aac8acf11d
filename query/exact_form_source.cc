#include "query/exact_form_source.h"

#include <algorithm>
#include <stdexcept>

#include "indexer/passage_builder.h"
#include "text/casefold.h"
#include "text/utf8.h"

namespace lexkz::query {
namespace {

// Min-heap order on (docid, cursor).
constexpr auto kLater = [](const std::pair<Xapian::docid, std::size_t>& a,
                           const std::pair<Xapian::docid, std::size_t>& b) { return a.first > b.first; };

// Cyrillic letters whose fold is one code point by the block's layout, all of them
// letters to UAX #29: U+0400..U+0481, U+048A..U+04BF, U+04D0..U+04FF (not the sign and
// combining marks U+0482..U+0489, nor U+04C0..U+04CF with the palochka and pairs in the
// other order). The fold is text::fold_case's (text::fold_cyrillic): lower case, ё → е.
// 0 for anything else.
char32_t fold_plain_cyrillic(char32_t c) {
  if ((c >= 0x482 && c <= 0x489) || (c >= 0x4C0 && c <= 0x4CF)) return 0;
  return text::fold_cyrillic(c);
}

bool is_plain_letter(char32_t c) { return fold_plain_cyrillic(c) == c && c != 0x451; }

// Signs of legal text that are neither letters, digits nor joiners to UAX #29: no-break
// space, § « ° », dashes, quotes, …, №. (‘ and ’ join letters, as ' does.)
bool is_typographic(char32_t c) {
  return c == 0xA0 || c == 0xA7 || c == 0xAB || c == 0xB0 || c == 0xBB || (c >= 0x2010 && c <= 0x2015) ||
         (c >= 0x2018 && c <= 0x201F) || c == 0x2026 || c == 0x2116;
}

// Joins letters on both sides into one word (UAX #29 MidLetter, MidNumLet, Single_Quote).
bool is_mid(char32_t c) { return c == '.' || c == ':' || c == '\'' || c == 0x2018 || c == 0x2019; }

// Stands for a character outside the quick path's alphabet (which may be part of a word).
constexpr char32_t kOther = 0xFFFF;

// Neither a letter, a digit, '_', a joiner nor unknown: a word ends at it. ('@' joins
// letters in ICU's rules, as in e-mail addresses: left to the analyzer.)
bool is_hard_break(char32_t c) {
  return !is_plain_letter(c) && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c != '@' &&
         !is_mid(c) && c != kOther;
}

// Joined to a neighbouring letter without a doubt: a letter, digit or '_' (UAX #29 WB5, WB9,
// WB10, WB13a/b).
bool is_joining(char32_t c) { return is_plain_letter(c) || (c >= '0' && c <= '9') || c == '_'; }

bool is_letter_or_other(char32_t c) { return is_plain_letter(c) || (c >= 'a' && c <= 'z') || c == kOther; }

// A word starts at `at` (a letter): nothing before, a break, or a joiner not after a letter.
bool word_starts(const std::u32string& key, std::size_t at) {
  if (at == 0 || is_hard_break(key[at - 1])) return true;
  return is_mid(key[at - 1]) && (at == 1 || !is_letter_or_other(key[at - 2]));
}

// A word that ends in a letter ends at `end`: nothing after, a break, or a joiner not
// before a letter.
bool word_ends(const std::u32string& key, std::size_t end) {
  if (end == key.size() || is_hard_break(key[end])) return true;
  return is_mid(key[end]) && (end + 1 == key.size() || !is_letter_or_other(key[end + 1]));
}

}  // namespace

ExactFormSource::ExactFormSource(std::vector<std::string> stems, std::vector<std::string> forms, Match match,
                                 RecordReader read_record, std::shared_ptr<text::Analyzer> analyzer)
    : stems_(std::move(stems)),
      forms_(std::move(forms)),
      match_(match),
      read_record_(std::move(read_record)),
      analyzer_(std::move(analyzer)),
      stopwords_(std::make_shared<const text::Stopwords>()) {
  init_quick();
}

ExactFormSource::ExactFormSource(const ExactFormSource& other)
    : Xapian::PostingSource(),
      stems_(other.stems_),
      forms_(other.forms_),
      match_(other.match_),
      read_record_(other.read_record_),
      analyzer_(other.analyzer_),
      stopwords_(other.stopwords_) {
  init_quick();
}

// The forms for quick_match(), when all of them are plain folded Cyrillic letters.
void ExactFormSource::init_quick() {
  keyed_forms_.clear();
  for (const std::string& f : forms_) {
    std::u32string k;
    for (std::size_t i = 0; i < f.size();) {
      char32_t c = text::next_code_point(f, i);
      if (!is_plain_letter(c)) {
        keyed_forms_.clear();
        return;
      }
      k += c;
    }
    if (k.empty()) {
      keyed_forms_.clear();
      return;
    }
    keyed_forms_.push_back(std::move(k));
  }
}

ExactFormSource* ExactFormSource::clone() const {
  return new ExactFormSource(*this);
}

void ExactFormSource::init(const Xapian::Database& db) {
  db_ = db;
  cursors_.clear();
  heap_.clear();
  for (const std::string& stem : stems_) {
    Xapian::PostingIterator it = db.postlist_begin(stem);
    if (it == db.postlist_end(stem)) continue;
    heap_.emplace_back(*it, cursors_.size());
    cursors_.push_back({it, db.postlist_end(stem)});
  }
  // Xapian estimates an AND as if its parts were independent, but this filter always
  // stands beside its own stems: stating the share of the stems' passages that pass as a
  // share of the whole database makes OP_FILTER(stems, this) come out as the stems'
  // estimate times that share (about half for an exact form, measured on the corpora:
  // =закона 10,261 of 24,404, =суда 4,808 of 11,780; nearly all for a prefix). It also
  // keeps Xapian from driving the match by this filter, the costly side.
  termfreq_max_ = cursors_.empty() ? 0 : db.get_doccount();
  termfreq_est_ = match_ == Match::equal ? termfreq_max_ / 2 : termfreq_max_;
  std::make_heap(heap_.begin(), heap_.end(), kLater);
  current_ = 0;
  from_ = 1;
  at_end_ = false;
}

// The first passage at or after `did` that holds one of the stems (0: none), moving the
// cursors that are behind it.
Xapian::docid ExactFormSource::first_candidate_from(Xapian::docid did) {
  while (!heap_.empty() && heap_.front().first < did) {
    std::pop_heap(heap_.begin(), heap_.end(), kLater);
    const std::size_t c = heap_.back().second;
    heap_.pop_back();
    Cursor& cursor = cursors_[c];
    cursor.it.skip_to(did);
    if (cursor.it != cursor.end) {
      heap_.emplace_back(*cursor.it, c);
      std::push_heap(heap_.begin(), heap_.end(), kLater);
    }
  }
  return heap_.empty() ? 0 : heap_.front().first;
}

void ExactFormSource::advance_from(Xapian::docid did) {
  while (true) {
    Xapian::docid candidate = first_candidate_from(did);
    if (candidate == 0) {
      at_end_ = true;
      return;
    }
    if (verify(candidate)) {
      current_ = candidate;
      from_ = candidate + 1;
      return;
    }
    did = candidate + 1;
  }
}

void ExactFormSource::next(double) { advance_from(std::max(from_, current_ + 1)); }

void ExactFormSource::skip_to(Xapian::docid did, double) {
  if (current_ != 0 && did <= current_) return;
  advance_from(std::max(did, from_));
}

bool ExactFormSource::check(Xapian::docid did, double) {
  if (current_ != 0 && did == current_) return true;
  const Xapian::docid candidate = first_candidate_from(did);
  if (candidate == 0) {  // no candidate at or after did: where skip_to would have gone
    at_end_ = true;
    return true;
  }
  // Not a candidate, or a candidate without the form: an "indeterminate" position, from
  // which next() and skip_to() go on after did.
  from_ = did + 1;
  if (candidate != did || !verify(did)) return false;
  current_ = did;
  return true;
}

bool ExactFormSource::verify(Xapian::docid did) const {
  if (!read_record_) throw std::logic_error("ExactFormSource: no RecordReader (QueryOptions::read_record)");
  return passage_matches(read_record_(db_.get_document(did)));
}

bool ExactFormSource::passage_matches(const indexer::PassageRecord& record) const {
  if (std::optional<bool> quick = quick_match(record.text)) return *quick;
  return full_match(record);
}

bool ExactFormSource::full_match(const indexer::PassageRecord& record) const {
  // The words as the indexer made them: the same analyzer, in the mode it used.
  text::Analysis a = analyzer_->analyze(record.text, indexer::record_mode(record));
  for (const text::Token& t : a.tokens) {
    if (t.stop) continue;  // stop words are not indexed: =stopword never matched them
    for (const std::string& f : forms_)
      if (match_ == Match::equal ? t.norm == f : t.norm.starts_with(f)) return true;
  }
  return false;
}

// The quick path. In text of Cyrillic words, digits, ASCII punctuation and common
// typographic signs (most passages), the analyzer's norm of a word is its text folded letter
// by letter (no Latin: no homoglyph repair, no transliteration; no combining marks, soft
// hyphens or compatibility characters), and UAX #29, by which ICU segments words, keeps a
// run of letters whole and ends it at any of those signs. So:
//   - an occurrence of a folded form with a word boundary on each side (for a prefix: at
//     its start, and after the letters that follow) is such a word, which counts unless it
//     may be a stop word; words elsewhere do not matter, whatever their script;
//   - when the text has nothing but those characters and no occurrence, no word has it.
// Anything else is left to the analyzer.
std::optional<bool> ExactFormSource::quick_match(std::string_view passage) const {
  if (keyed_forms_.empty()) return std::nullopt;  // a form outside the quick alphabet
  std::u32string key(passage.size(), U'\0');  // at most one code point per byte
  std::size_t n = 0;
  bool other = false;  // a character whose word the quick path cannot read
  for (std::size_t i = 0; i < passage.size();) {
    char32_t c = text::next_code_point(passage, i);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      if (c >= 'a' && c <= 'z') other = true;  // a letter, of a word that may read as Cyrillic
    } else if (char32_t folded = fold_plain_cyrillic(c)) {
      c = folded;
    } else if (!is_typographic(c)) {
      c = kOther;
      other = true;
    }
    key[n++] = c;
  }
  key.resize(n);
  bool unsure = false;  // an occurrence the quick path cannot decide
  for (const std::u32string& f : keyed_forms_) {
    for (std::size_t at = key.find(f); at != std::u32string::npos; at = key.find(f, at + 1)) {
      // After a letter, digit or '_', the word began earlier (its own start is another
      // occurrence, for a prefix); before one, the word is longer than the form.
      if (at > 0 && is_joining(key[at - 1])) continue;
      std::size_t end = at + f.size();
      if (match_ == Match::prefix)
        while (end < key.size() && is_plain_letter(key[end])) ++end;
      else if (end < key.size() && is_joining(key[end]))
        continue;
      if (word_starts(key, at) && word_ends(key, end) && !may_be_stop(key.substr(at, end - at))) return true;
      unsure = true;
    }
  }
  if (!unsure && !other) return false;
  return std::nullopt;
}

bool ExactFormSource::may_be_stop(const std::u32string& word) const {
  std::string utf8;
  for (char32_t c : word) text::append_utf8(utf8, c);
  return stopwords_->is_stop(text::Lang::ru, utf8) || stopwords_->is_stop(text::Lang::kk, utf8);
}

std::string ExactFormSource::get_description() const {
  std::string d = "ExactFormSource(";
  d += match_ == Match::equal ? "=" : "prefix ";
  for (std::size_t i = 0; i < forms_.size(); ++i) d += (i ? "|" : "") + forms_[i];
  d += " among";
  for (const std::string& s : stems_) d += " " + s;
  return d + ")";
}

}  // namespace lexkz::query
