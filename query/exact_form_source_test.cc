#define BOOST_TEST_MODULE exact_form_source
#include <boost/test/unit_test.hpp>
// =word, ="a phrase" and pref* on an index that holds stems only: the stems such words can
// have, filtered by ExactFormSource against the stored passage text. The documents are
// built by the indexer and then stripped of any exact-form ("E…") terms, so nothing here
// can lean on them. Every query runs on one database and on the same passages split over
// two (Xapian clones the source per shard).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/passage_builder.h"
#include "indexer/schema.h"
#include "query/exact_form_source.h"
#include "query/query_builder.h"
#include "text/utf8.h"

namespace {

using lexkz::indexer::PassageRecord;
using lexkz::indexer::RecordCodec;
using lexkz::query::ExactFormSource;
namespace text = lexkz::text;
namespace fs = std::filesystem;

text::Analyzer& analyzer() {
  static text::Analyzer a;
  return a;
}

const RecordCodec& codec() {
  static RecordCodec c;  // plain zstd frames, as a small index stores them
  return c;
}

PassageRecord read_record(const Xapian::Document& d) {
  return lexkz::indexer::stored_record(d, codec());
}

// The passages of one document, as the indexer builds them, without exact-form terms.
std::vector<Xapian::Document> passages_of(const std::string& id, const std::string& body) {
  lexkz::indexer::Document doc;
  doc.id = id;
  doc.text = body;
  auto built = lexkz::indexer::build_document(doc, analyzer(), text::LangMode::automatic, {}, codec(),
                                                lexkz::indexer::content_hash(doc));
  for (Xapian::Document& p : built.passages) {
    std::vector<std::string> exact;
    for (auto t = p.termlist_begin(); t != p.termlist_end(); ++t)
      if ((*t)[0] == 'E') exact.push_back(*t);
    for (const std::string& t : exact) p.remove_term(t);
  }
  return built.passages;
}

// The same passages in one database and split over two.
struct Index {
  Xapian::WritableDatabase whole{std::string(), Xapian::DB_BACKEND_INMEMORY};
  Xapian::WritableDatabase half[2] = {Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY),
                                      Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)};
  Xapian::Database sharded;
  std::size_t added = 0;

  void add(const std::string& id, const std::string& body) {
    for (const Xapian::Document& p : passages_of(id, body)) {
      whole.add_document(p);
      half[added++ % 2].add_document(p);
    }
  }
  void seal() {
    whole.commit();
    for (auto& h : half) {
      h.commit();
      sharded.add_database(h);
    }
  }
};

// "doc" or "doc#ordinal" of every hit of `query` (all of them).
std::set<std::string> hits(const Xapian::Database& db, const std::string& query) {
  lexkz::query::QueryOptions options;
  options.read_record = read_record;
  options.max_wildcard_expansion = 0;  // no cap: every word of the prefix
  lexkz::query::BuiltQuery built = lexkz::query::build_query(query, analyzer(), options, &db);
  Xapian::Enquire enquire(db);
  enquire.set_query(built.query);
  std::set<std::string> out;
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount() + 1);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    PassageRecord r = read_record(it.get_document());
    out.insert(r.ordinal == 0 ? r.doc : r.doc + "#" + std::to_string(r.ordinal));
  }
  return out;
}

Index& small() {
  static Index idx = [] {
    Index i;
    i.add("ru-dat-pl", "Работники подвергались домогательствам со стороны руководителя.");
    i.add("ru-nom", "Домогательство на рабочем месте запрещено законом.");
    i.add("ru-instr-pl", "Комиссия занимается домогательствами и другими нарушениями.");
    i.add("ru-homoglyph", "Поступали жалобы по домогатeльствам в отделе.");  // Latin e inside
    i.add("ru-upper", "ПРЕКРАТИТЬ ДОМОГАТЕЛЬСТВАМ ПОТАКАТЬ.");
    i.add("ru-discr", "Дискриминация по признаку пола недопустима.");
    i.add("ru-discr-gen", "Суд установил факт дискриминации работницы.");
    i.add("ru-other", "Работодатель обязан обеспечить равную оплату труда.");
    i.add("kk-dat", "Жұмыскер кемсітушілікке ұшырады деп сотқа шағым түсірді.");
    i.add("kk-nom", "Кемсітушілік заңмен тыйым салынған.");
    i.add("kk-phrase", "Жыныстық қысым көрсетуге жол берілмейді.");
    i.add("kk-phrase-dat", "Ол жыныстық қысымға ұшырағанын айтты.");
    i.add("kk-poss", "Әркімнің еңбек құқығы заңмен қорғалады.");
    i.add("kk-nom-right", "Құқық бұзушылық анықталды.");
    i.seal();
    return i;
  }();
  return idx;
}

void expect(const std::string& query, const std::set<std::string>& want) {
  BOOST_TEST_CONTEXT("query " << query) {
    BOOST_TEST(hits(small().whole, query) == want, boost::test_tools::per_element());
    BOOST_TEST(hits(small().sharded, query) == want, boost::test_tools::per_element());
  }
}

// The passages of the sample corpus (corpora/*.txt), ids by file name.
Index& sample() {
  static Index idx = [] {
    Index i;
    for (const auto& e : fs::directory_iterator(LEXKZ_SOURCE_DIR "/corpora")) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream f(e.path());
      std::stringstream ss;
      ss << f.rdbuf();
      i.add(e.path().filename().string(), ss.str());
    }
    i.seal();
    return i;
  }();
  return idx;
}

}  // namespace

BOOST_AUTO_TEST_CASE(exact_word_matches_that_form_only) {
  // The stem alone finds every form: the filter is what tells them apart.
  expect("домогательство", {"ru-dat-pl", "ru-nom", "ru-instr-pl", "ru-homoglyph", "ru-upper"});
  // домогательствами contains домогательствам; upper case and a Latin look-alike fold.
  expect("=домогательствам", {"ru-dat-pl", "ru-homoglyph", "ru-upper"});
  expect("=домогательство", {"ru-nom"});
  expect("=домогательствах", {});
}

BOOST_AUTO_TEST_CASE(exact_kazakh_word_matches_that_form_only) {
  expect("кемсітушілік", {"kk-dat", "kk-nom"});
  expect("=кемсітушілікке", {"kk-dat"});
  expect("=кемсітушілік", {"kk-nom"});
  expect("=kemsitushilik", {"kk-nom"});  // Latin typed: its Cyrillic reading
  // құқығы and құқық share the stem құқық (voicing alternation).
  expect("=құқығы", {"kk-poss"});
  expect("=құқық", {"kk-nom-right"});
}

BOOST_AUTO_TEST_CASE(wildcard_prefix_longer_than_the_stem) {
  // The stem is домогательств: the prefix runs into the ending.
  expect("домогательства*", {"ru-dat-pl", "ru-instr-pl", "ru-homoglyph", "ru-upper"});
  expect("домогательствами*", {"ru-instr-pl"});
  expect("домогат*", {"ru-dat-pl", "ru-nom", "ru-instr-pl", "ru-homoglyph", "ru-upper"});
  expect("дискрим*", {"ru-discr", "ru-discr-gen"});
  expect("дискриминац*", {"ru-discr", "ru-discr-gen"});
  expect("дискриминация*", {"ru-discr"});
  // Ends in the voiced ғ the stem құқық does not have.
  expect("құқығ*", {"kk-poss"});
  expect("құқ*", {"kk-poss", "kk-nom-right"});
}

BOOST_AUTO_TEST_CASE(exact_phrase_and_exact_word_in_near) {
  expect("\"жыныстық қысым\"", {"kk-phrase", "kk-phrase-dat"});
  expect("=\"жыныстық қысым\"", {"kk-phrase"});
  expect("=\"жыныстық қысымға\"", {"kk-phrase-dat"});
  expect("=\"қысым жыныстық\"", {});
  expect("=домогательствам NEAR/3 руководителя", {"ru-dat-pl"});
  expect("=домогательство NEAR/3 руководителя", {});
  expect("=домогательствам OR =домогательство", {"ru-dat-pl", "ru-nom", "ru-homoglyph", "ru-upper"});
  expect("домогательство -=домогательствам", {"ru-nom", "ru-instr-pl"});
}

BOOST_AUTO_TEST_CASE(queries_say_they_verify_passages) {
  lexkz::query::QueryOptions options;
  for (const char* q : {"=домогательство", "домогательства*", "=\"жыныстық қысым\""})
    BOOST_TEST(lexkz::query::build_query(q, analyzer(), options, &small().whole).verifies_passages, q);
  // Stems that start with the prefix need no check: every form of them starts with it.
  for (const char* q : {"домогательство", "дискрим*"})
    BOOST_TEST(!lexkz::query::build_query(q, analyzer(), options, &small().whole).verifies_passages, q);
}

// On the sample corpus: =form and prefix* give exactly the passages whose analysed words
// (as the indexer analysed them, stop words aside) have that form or prefix — for every
// word form in it and prefixes of them.
BOOST_AUTO_TEST_CASE(sample_corpus_matches_brute_force) {
  Index& idx = sample();
  // Every passage's words, as the indexer saw them.
  std::vector<std::pair<std::string, std::vector<text::Token>>> passages;
  for (Xapian::docid id = 1; id <= idx.whole.get_lastdocid(); ++id) {
    PassageRecord r = read_record(idx.whole.get_document(id));
    if (r.kind == "toc") continue;  // a contents entry is not searched for words
    text::Analysis a = analyzer().analyze(r.text, lexkz::indexer::record_mode(r));
    passages.emplace_back(r.ordinal == 0 ? r.doc : r.doc + "#" + std::to_string(r.ordinal), a.tokens);
  }
  std::set<std::string> forms;
  for (const auto& [id, tokens] : passages)
    for (const text::Token& t : tokens)
      if (!t.stop && t.norm.find_first_of("\"()*=-:") == std::string::npos) forms.insert(t.norm);
  BOOST_TEST_REQUIRE(forms.size() > 300u);
  auto brute = [&](const std::set<std::string>& want, bool prefix) {
    std::set<std::string> out;
    for (const auto& [id, tokens] : passages)
      for (const text::Token& t : tokens)
        for (const std::string& f : want)
          if (!t.stop && (prefix ? t.norm.starts_with(f) : t.norm == f)) out.insert(id);
    return out;
  };
  lexkz::query::QueryOptions options;
  options.read_record = read_record;
  options.max_wildcard_expansion = 0;
  std::size_t i = 0, prefixes = 0;
  for (const std::string& f : forms) {
    if (i++ % 2) continue;  // half of them keeps the test quick
    lexkz::query::BuiltQuery b = lexkz::query::build_query("=" + f, analyzer(), options, &idx.whole);
    if (b.highlights.exact.empty()) continue;  // a stop word in the query's reading
    BOOST_TEST_CONTEXT("=" << f) {
      std::set<std::string> want = brute(b.highlights.exact, false);
      BOOST_TEST(!want.empty());
      BOOST_TEST(hits(idx.whole, "=" + f) == want);
      BOOST_TEST(hits(idx.sharded, "=" + f) == want);
    }
    // One prefix of it, from two letters to the whole word.
    std::vector<std::size_t> cuts;
    for (std::size_t k = 0; k < f.size();) {
      text::next_code_point(f, k);
      cuts.push_back(k);
    }
    if (cuts.size() < 2) continue;
    const std::string p = f.substr(0, cuts[1 + i % (cuts.size() - 1)]);
    b = lexkz::query::build_query(p + "*", analyzer(), options, &idx.whole);
    BOOST_TEST_CONTEXT(p << "*") {
      BOOST_TEST_REQUIRE(b.highlights.prefixes.size() == 1u);
      std::set<std::string> want = brute({b.highlights.prefixes[0]}, true);
      BOOST_TEST(hits(idx.whole, p + "*") == want);
      BOOST_TEST(hits(idx.sharded, p + "*") == want);
      ++prefixes;
    }
  }
  BOOST_TEST(prefixes > 150u);
}

// The quick path (no analyzer) must agree with the analyzer wherever it answers: on the
// sample corpus, and on words next to every sign it knows.
BOOST_AUTO_TEST_CASE(quick_path_agrees_with_the_analyzer) {
  std::vector<PassageRecord> records;
  for (Xapian::docid id = 1; id <= sample().whole.get_lastdocid(); ++id)
    records.push_back(read_record(sample().whole.get_document(id)));
  std::vector<std::string> signs;
  for (char c = 1; c < 0x7F; ++c)
    if (!std::isalnum(static_cast<unsigned char>(c))) signs.emplace_back(1, c);
  for (const char* s : {"\u00A0", "§", "«", "°", "»", "‐", "‒", "–", "—", "―", "‘", "’", "‚", "‛", "“", "”", "„",
                        "‟", "…", "№", "\u00AD", "\u0301", "5", "x", "Ӏ"})
    signs.emplace_back(s);
  for (const std::string& s : signs)
    for (const char* w : {"закона", "законам", "закон"}) {
      PassageRecord r;
      r.text = std::string("Слово ") + w + s + "закона " + s + w + " и" + s + w + s + ".";
      records.push_back(r);
    }
  std::size_t decided = 0;
  for (const char* form : {"закона", "закон", "законам", "и", "домогательство", "кемсітушілік", "статья", "бап"})
    for (auto match : {ExactFormSource::Match::equal, ExactFormSource::Match::prefix}) {
      ExactFormSource source({}, {form}, match, {}, std::make_shared<text::Analyzer>());
      for (const PassageRecord& r : records) {
        std::optional<bool> quick = source.quick_match(r.text);
        if (!quick) continue;
        ++decided;
        BOOST_TEST(*quick == source.full_match(r), form << (match == ExactFormSource::Match::prefix ? "*" : "")
                                                         << " in: " << r.text);
      }
    }
  BOOST_TEST(decided > 1000u);
}

BOOST_AUTO_TEST_CASE(source_iterates_by_itself) {
  // Driven alone (next/skip_to), not only checked beside its stems.
  Index& idx = small();
  for (Xapian::Database db : {Xapian::Database(idx.whole), idx.sharded}) {
    Xapian::Query q((new ExactFormSource({"домогательств"}, {"домогательствам"}, ExactFormSource::Match::equal,
                                         read_record, std::make_shared<text::Analyzer>()))
                        ->release());
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    Xapian::MSet mset = enquire.get_mset(0, 100);
    std::set<std::string> got;
    for (auto it = mset.begin(); it != mset.end(); ++it) got.insert(read_record(it.get_document()).doc);
    BOOST_TEST(got == (std::set<std::string>{"ru-dat-pl", "ru-homoglyph", "ru-upper"}), boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(without_a_reader_the_source_says_so) {
  lexkz::query::QueryOptions options;  // no read_record
  lexkz::query::BuiltQuery b = lexkz::query::build_query("=домогательство", analyzer(), options, &small().whole);
  Xapian::Enquire enquire(small().whole);
  enquire.set_query(b.query);
  BOOST_CHECK_THROW(enquire.get_mset(0, 10), std::logic_error);
}

BOOST_AUTO_TEST_CASE(check_then_next_moves_on_past_the_checked_passage) {
  Xapian::Database db = small().whole;
  auto docid_of = [&](const std::string& doc) {
    for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id)
      if (read_record(db.get_document(id)).doc == doc) return id;
    return Xapian::docid(0);
  };
  const Xapian::docid dat = docid_of("ru-dat-pl"), nom = docid_of("ru-nom"), homoglyph = docid_of("ru-homoglyph");
  BOOST_TEST_REQUIRE((dat < nom && nom < homoglyph));
  ExactFormSource source({"домогательств"}, {"домогательствам"}, ExactFormSource::Match::equal, read_record,
                         std::make_shared<text::Analyzer>());
  source.init(db);
  BOOST_TEST(!source.check(nom, 0));  // holds the stem, not the form
  source.next(0);
  BOOST_TEST_REQUIRE(!source.at_end());
  BOOST_TEST(source.get_docid() == homoglyph);  // the next match after nom, not dat before it
  source.init(db);
  BOOST_TEST(source.check(dat, 0));
  BOOST_TEST(source.get_docid() == dat);
  source.skip_to(nom, 0);
  BOOST_TEST(source.get_docid() == homoglyph);
}

BOOST_AUTO_TEST_CASE(stop_words_do_not_count) {
  // Stop words are not indexed, so they never matched =word: және is one in Kazakh.
  PassageRecord r;
  r.text = "Ер және әйел тең.";
  r.mode = "kk";
  auto source = [](const char* form, ExactFormSource::Match m) {
    return ExactFormSource({}, {form}, m, {}, std::make_shared<text::Analyzer>());
  };
  BOOST_TEST(!source("және", ExactFormSource::Match::equal).passage_matches(r));
  BOOST_TEST(!source("жән", ExactFormSource::Match::prefix).passage_matches(r));
  BOOST_TEST(source("әйел", ExactFormSource::Match::equal).passage_matches(r));
  BOOST_TEST(source("әй", ExactFormSource::Match::prefix).passage_matches(r));
}
