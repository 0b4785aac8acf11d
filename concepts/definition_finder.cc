#include "concepts/definition_finder.h"

#include <algorithm>
#include <map>
#include <set>

#include "indexer/passage_builder.h"
#include "indexer/schema.h"
#include "concepts/definition_clause.h"
#include "concepts/glossary.h"
#include "query/metadata_filter.h"
#include "query/query_builder.h"
#include "query/searcher.h"
#include "concepts/tagger.h"

namespace lexkz::concepts {
namespace schema = indexer::schema;
using query::QueryError;
using query::build_query;
using query::open_databases;
using Q = Xapian::Query;

namespace {

// The tag name under which the asked-for term is added to the rules.
constexpr std::string_view kQueryTag = "lexkz_asked_term";

// How many candidates each way is worth re-tagging: definitions are rare, and a term that
// occurs in thousands of passages is defined in the best-matching few.
constexpr Xapian::doccount kCandidates = 400;

text::LangMode mode_of(const std::string& lang) {
  return lang == "kk" ? text::LangMode::kk : lang == "ru" ? text::LangMode::ru : text::LangMode::automatic;
}

// The words of a name, joined by spaces: safe inside a rule line.
std::string plain_words(const std::string& name, text::Analyzer& analyzer) {
  std::string out;
  for (const text::Token& t : analyzer.analyze(name).tokens) out += (out.empty() ? "" : " ") + t.surface;
  return out;
}

// A stem key of a term, language-blind: both stems of each word.
std::string stem_key(std::string_view words, text::Analyzer& analyzer, text::Lang lang) {
  std::string key = " ";
  for (const text::Token& t : analyzer.analyze(words, mode_of(std::string(text::lang_code(lang)))).tokens)
    key += t.stem + ' ';
  return key;
}

}  // namespace

std::vector<DefinitionHit> find_definitions(const DefineRequest& request, const RuleSet& rules,
                                            text::Analyzer& analyzer) {
  std::string term = plain_words(request.term, analyzer);
  // A term typed in Latin letters that are not surely Kazakh ("kemsitushilik") is read as
  // Kazakh: define looks for concepts, and Latin-script Kazakh is the one Latin it knows.
  for (const text::Token& t : analyzer.analyze(term).tokens) {
    if (t.lang != text::Lang::none || t.norm.empty() || !(t.norm[0] >= 'a' && t.norm[0] <= 'z')) continue;
    std::string cyrillic;
    for (const text::Token& k : analyzer.analyze(term, text::LangMode::kk).tokens)
      cyrillic += (cyrillic.empty() ? "" : " ") + k.norm;
    term = cyrillic;
    break;
  }
  if (term.empty()) throw QueryError("give a term to define, e.g. lexkz define кемсітушілік");

  // 1. Concept tags and names in both languages.
  Tagger base(rules);
  text::Analysis term_analysis = analyzer.analyze(term);
  std::vector<std::string> concept_tags = base.tag(term, term_analysis).tags;
  // A word that alone gives no tag may still name a concept in one of its senses:
  // "преследование" is criminal prosecution or stalking (a `defines:` clue of stalking).
  // Both senses are looked up: the stalking definitions and the term's own.
  std::vector<std::string> sense_tags;
  if (concept_tags.empty()) sense_tags = base.senses(term, term_analysis);
  // The most specific concepts only: "сексуальное домогательство" is sexual_harassment,
  // whose rules imply harassment; definitions of harassment in general are not its own.
  std::vector<std::string> implied;
  for (const TagRules& t : rules.tags())
    if (std::find(concept_tags.begin(), concept_tags.end(), t.name) != concept_tags.end())
      implied.insert(implied.end(), t.implies.begin(), t.implies.end());
  std::erase_if(concept_tags, [&](const std::string& t) {
    return std::find(implied.begin(), implied.end(), t) != implied.end();
  });
  // The asker's language: the term's, or its words' when one word leaves it undecided
  // ("дискриминация" is written the same in Kazakh texts, but the word is Russian).
  text::Lang term_lang = term_analysis.lang;
  if (term_lang == text::Lang::none) {
    std::size_t ru = 0, kk = 0;
    for (const text::Token& t : term_analysis.tokens) (t.lang == text::Lang::kk ? kk : ru) += t.lang != text::Lang::none;
    if (ru + kk > 0) term_lang = kk > ru ? text::Lang::kk : text::Lang::ru;
  }
  std::vector<std::string> names{term};
  for (const std::string& e : equivalents(term, analyzer, builtin_glossary())) names.push_back(plain_words(e, analyzer));

  // A term outside the tagged concepts becomes a concept of its own (with its
  // translations), so the definition patterns find it too. A tagged concept keeps its own
  // rules, whose exclusions hold the traps ("уголовное преследование" is no stalking).
  RuleSet with_term = rules;
  if (concept_tags.empty()) {
    std::string extra = "[" + std::string(kQueryTag) + "]\n";
    for (const std::string& n : names)
      if (!n.empty()) extra += "ru: " + n + "\nkk: " + n + "\n";
    with_term.add(RuleSet::parse(extra, "<define TERM>", analyzer));
  }
  Tagger tagger(with_term);

  std::set<std::string> name_keys;
  for (const std::string& n : names)
    for (text::Lang l : {text::Lang::ru, text::Lang::kk}) name_keys.insert(stem_key(n, analyzer, l));

  // 2. Candidates.
  indexer::RecordCodec codec;
  Xapian::Database db = open_databases(request.databases, &codec);
  std::vector<Q> name_queries;
  for (const std::string& n : names) name_queries.push_back(build_query("\"" + n + "\"", analyzer, {}, &db).query);
  Q by_name(Q::OP_OR, name_queries.begin(), name_queries.end());
  std::vector<Q> flags;
  for (const std::string& t : concept_tags) flags.emplace_back(std::string(schema::kDefPrefix) + t);
  for (const std::string& t : sense_tags) flags.emplace_back(std::string(schema::kDefPrefix) + t);
  std::optional<Q> lang_filter;
  if (!request.langs.empty()) {
    std::vector<Q> ls;
    for (const std::string& l : request.langs) ls.emplace_back(std::string(schema::kLangPrefix) + l);
    lang_filter = Q(Q::OP_OR, ls.begin(), ls.end());
  }
  const std::optional<Q> statuses = query::status_filter(request.statuses);
  std::map<Xapian::docid, double> candidates;  // docid → BM25 of the name match
  Xapian::Enquire enquire(db);
  for (const Q& q : {by_name, flags.empty() ? Q() : Q(Q::OP_OR, flags.begin(), flags.end())}) {
    if (q.empty()) continue;
    Q filtered = lang_filter ? Q(Q::OP_FILTER, q, *lang_filter) : q;
    if (statuses) filtered = Q(Q::OP_FILTER, filtered, *statuses);
    enquire.set_query(request.all_versions ? filtered : query::without_superseded(filtered, db));
    Xapian::MSet mset = enquire.get_mset(0, kCandidates);
    for (auto it = mset.begin(); it != mset.end(); ++it) candidates[*it] = std::max(candidates[*it], it.get_weight());
  }

  // 3. Re-tag each candidate; keep those defining the term or its concept.
  std::vector<DefinitionHit> hits;
  for (const auto& [docid, score] : candidates) {
    indexer::PassageRecord rec = indexer::stored_record(db.get_document(docid), codec);
    text::Analysis a = analyzer.analyze(rec.text, mode_of(rec.lang));
    PassageTags found = tagger.tag(rec.text, a);
    // The senses of the word are tagged by the rules alone: with the bare word added as a
    // concept, its definition pattern would claim "Преследование лица, то есть …" first.
    if (!sense_tags.empty()) {
      PassageTags senses = base.tag(rec.text, a);
      found.definitions.insert(found.definitions.end(), senses.definitions.begin(), senses.definitions.end());
    }
    const Definition* best = nullptr;
    bool best_is_term = false;
    for (const Definition& d : found.definitions) {
      const bool sense = std::find(sense_tags.begin(), sense_tags.end(), d.tag) != sense_tags.end();
      const bool concept_match = d.tag == kQueryTag || sense ||
                                 std::find(concept_tags.begin(), concept_tags.end(), d.tag) != concept_tags.end();
      if (!concept_match) continue;
      // The asked-for words make up the defined term or a part of it: "дискриминация по
      // признаку пола" and "жыныстық белгісі бойынша кемсітушілік" define kinds of
      // дискриминация / кемсітушілік.
      bool is_term = false;
      for (text::Lang l : {text::Lang::ru, text::Lang::kk}) {
        const std::string defined = stem_key(d.term, analyzer, l);
        for (const std::string& key : name_keys) is_term = is_term || defined.find(key) != std::string::npos;
      }
      // A sense of the word defined through it: "Сталкинг, то есть незаконное
      // преследование лица" defines stalking with the asked-for word in its clause.
      if (sense && !is_term) {
        const std::string_view clause = std::string_view(rec.text).substr(d.end);
        const std::string_view body = clause.substr(0, definition_clause_end(clause, 0));
        for (text::Lang l : {text::Lang::ru, text::Lang::kk}) {
          const std::string words = stem_key(body, analyzer, l);
          for (const std::string& key : name_keys) is_term = is_term || words.find(key) != std::string::npos;
        }
      }
      // The term's own definition first; of equals, a tagged concept over the bare word.
      if (!best || (is_term && !best_is_term) ||
          (is_term == best_is_term && best->tag == kQueryTag && d.tag != kQueryTag)) {
        best = &d;
        best_is_term = is_term;
      }
    }
    if (!best) continue;
    DefinitionHit h;
    h.tag = best->tag == kQueryTag ? "" : best->tag;
    h.term = best->term;
    h.term_start = rec.start + best->start;
    h.term_end = rec.start + best->end;
    h.defines_term = best_is_term;
    h.clause_end = rec.start + definition_clause_end(rec.text, best->start);
    h.score = score;
    h.record = std::move(rec);
    hits.push_back(std::move(h));
  }

  // 4. The term's own definitions first, then its concept's; in the term's language first;
  // best match first; a stable order for ties (document, passage).
  const std::string own_lang(text::lang_code(term_lang));
  std::sort(hits.begin(), hits.end(), [&](const DefinitionHit& a, const DefinitionHit& b) {
    if (a.defines_term != b.defines_term) return a.defines_term;
    const bool a_own = a.record.lang == own_lang, b_own = b.record.lang == own_lang;
    if (a_own != b_own) return a_own;  // the asker's language first
    if (a.tag.empty() != b.tag.empty()) return !a.tag.empty();  // a tagged concept before other senses
    if (a.score != b.score) return a.score > b.score;
    if (a.record.doc != b.record.doc) return a.record.doc < b.record.doc;
    return a.record.ordinal < b.record.ordinal;
  });
  if (hits.size() > request.limit) hits.resize(request.limit);
  for (std::size_t i = 0; i < hits.size(); ++i) hits[i].rank = i + 1;
  return hits;
}

}  // namespace lexkz::concepts
