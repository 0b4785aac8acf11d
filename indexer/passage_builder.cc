#include "indexer/passage_builder.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "indexer/act_metadata.h"
#include "indexer/document_metadata.h"
#include "indexer/passage_analysis.h"
#include "indexer/schema.h"

namespace lexkz::indexer {
namespace {

// Terms longer than this are dropped from the index (Xapian's limit is 245 bytes; a
// "word" that long is noise such as a base64 blob, not something anyone searches).
constexpr std::size_t kMaxTermBytes = 200;

std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ 0xff;  // field separator, so ("ab","c") and ("a","bc") differ
}

// Each word is indexed once: its stem, with its position. Stop words get no postings
// (they are a third of all tokens and match nearly every passage); the other words keep
// their true positions, so a phrase across a stop word ("по признаку пола") is a phrase
// with a gap (query_builder.cc). Exact forms are not indexed: `=word` and `pref*` check
// the stored passage text (query/exact_form_source.h) — a second term per word cost 22 %
// of the build and 15 % of the index (bench/README.md).
void add_terms(const text::Analysis& analysis, Xapian::Document& xdoc) {
  for (const text::Token& t : analysis.tokens)
    if (!t.stop && t.stem.size() <= kMaxTermBytes) xdoc.add_posting(t.stem, t.position);
}

}  // namespace

std::string content_hash(const Document& doc, std::string_view fingerprint) {
  std::uint64_t h = 1469598103934665603ull;
  // Views only: `c ? *doc.lang : ""` made a temporary std::string that died before the loop ran.
  // The source defaults to the path (reader.cc): a path given another way ("./a.txt")
  // is not a change of the document.
  const std::string_view source = doc.source == doc.path ? std::string_view() : std::string_view(doc.source);
  std::string pages;
  for (const PageSpan& p : doc.pages)
    pages += std::to_string(p.start) + ':' + std::to_string(p.number) + (p.ocr ? "o" : "") + ',';
  for (std::string_view field : {std::string_view(doc.text), std::string_view(doc.title), std::string_view(doc.type),
                                 (doc.lang ? std::string_view(*doc.lang) : std::string_view()), std::string_view(doc.date),
                                 source, std::string_view(doc.number), std::string_view(doc.status),
                                 std::string_view(doc.version), std::string_view(pages), fingerprint})
    h = fnv1a(h, field);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

text::LangMode record_mode(const PassageRecord& record) {
  if (record.mode == "ru") return text::LangMode::ru;
  if (record.mode == "kk") return text::LangMode::kk;
  return text::LangMode::automatic;
}

Xapian::Document passage_document(const PassageRecord& rec, const std::string& doc_term, const text::Analysis& a,
                                  std::string_view hash, const RecordCodec& codec) {
  Xapian::Document xdoc;
  // A contents entry repeats an article's heading: searching it would cite the table of
  // contents instead of the article, so it keeps only its filter terms.
  if (rec.kind != kind_name(PassageKind::toc)) add_terms(a, xdoc);
  xdoc.add_boolean_term(doc_term);
  if (!rec.lang.empty()) xdoc.add_boolean_term(std::string(schema::kLangPrefix) + rec.lang);
  xdoc.add_boolean_term(std::string(schema::kTypePrefix) + rec.type);
  xdoc.add_boolean_term(std::string(schema::kKindPrefix) + rec.kind);
  for (const std::string& tag : rec.tags) xdoc.add_boolean_term(std::string(schema::kTagPrefix) + tag);
  for (const DefinitionSpan& d : rec.definitions) {
    xdoc.add_boolean_term(std::string(schema::kDefPrefix) + d.tag);
    xdoc.add_boolean_term(std::string(schema::kDefPrefix));
  }
  if (!rec.status.empty()) xdoc.add_boolean_term(std::string(schema::kStatusPrefix) + rec.status);
  const std::string number = number_key(rec.number);
  if (!number.empty()) xdoc.add_boolean_term(schema::unique_term(schema::kNumberPrefix, number));
  const std::string date = schema::date_value(rec.date);
  if (!date.empty()) xdoc.add_value(schema::kDateSlot, date);
  const std::string version = schema::date_value(rec.version);
  if (!version.empty()) xdoc.add_value(schema::kVersionSlot, version);
  // An edition of a numbered act: the searcher hides the older editions (schema.h).
  if (!number.empty() && !version.empty())
    xdoc.add_boolean_term(schema::version_term(schema::act_key(number, date), version));
  // Document-level counts (stats, the date-filter warning) read the first passage's terms.
  if (rec.ordinal == 0) {
    xdoc.add_boolean_term(std::string(schema::kHeadPrefix));
    if (!date.empty()) xdoc.add_boolean_term(std::string(schema::kHeadDatedTerm));
    xdoc.add_boolean_term(std::string(schema::kHeadStatusPrefix) + (rec.status.empty() ? "unknown" : rec.status));
  }
  if (!hash.empty()) xdoc.add_value(schema::kHashSlot, std::string(hash));
  if (!rec.lang.empty()) xdoc.add_value(schema::kLangSlot, rec.lang);
  xdoc.add_value(schema::kTypeSlot, rec.type);
  if (!rec.tags.empty()) {
    std::string joined;
    for (const std::string& tag : rec.tags) joined += (joined.empty() ? "" : ",") + tag;
    xdoc.add_value(schema::kTagsSlot, joined);
  }
  xdoc.add_value(schema::kRecordSlot, encode_record(rec, codec));
  return xdoc;
}

PassageRecord stored_record(const Xapian::Document& passage, const RecordCodec& codec) {
  return decode_record(passage.get_value(schema::kRecordSlot), codec);
}

BuiltDocument build_document(const Document& doc, text::Analyzer& analyzer, text::LangMode lang_mode,
                             const Annotator& annotate, const RecordCodec& codec, std::string hash) {
  BuiltDocument out;
  out.id = doc.id;
  out.doc_term = schema::unique_term(schema::kDocPrefix, doc.id);
  out.hash = std::move(hash);
  out.bytes = doc.text.size();

  // The same passages, analyses and modes `lexkz tag` uses (passage_analysis.h).
  AnalysedPassages analysed = analyse_passages(doc, analyzer, lang_mode);
  const std::vector<Passage>& passages = analysed.passages;
  const std::vector<text::LangMode>& modes = analysed.modes;
  out.lang = text::lang_code(analysed.lang);

  for (std::size_t i = 0; i < passages.size(); ++i) {
    const Passage& p = passages[i];
    std::string_view body(doc.text.data() + p.start, p.end - p.start);
    const text::Analysis& a = analysed.analyses[i];

    PassageRecord rec;
    rec.doc = doc.id;
    rec.ordinal = i;
    rec.cite = p.cite;
    fill_passage_metadata(doc, p, rec);  // with the page (page_cite.h fill_page)
    rec.lang = text::lang_code(a.lang);
    rec.kind = kind_name(p.kind);
    rec.text.assign(body);
    rec.start = p.start;
    rec.end = p.end;
    rec.mode = modes[i] == text::LangMode::ru ? "ru" : modes[i] == text::LangMode::kk ? "kk" : "";
    if (annotate && is_taggable(p)) annotate(doc, p, a, rec);
    std::sort(rec.tags.begin(), rec.tags.end());
    rec.tags.erase(std::unique(rec.tags.begin(), rec.tags.end()), rec.tags.end());
    out.passages.push_back(
        passage_document(rec, out.doc_term, a, i == 0 ? std::string_view(out.hash) : std::string_view(), codec));
  }
  return out;
}

}  // namespace lexkz::indexer
