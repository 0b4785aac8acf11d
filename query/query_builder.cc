#include "query/query_builder.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "indexer/act_metadata.h"
#include "indexer/schema.h"
#include "query/exact_form_source.h"
#include "text/casefold.h"
#include "text/homoglyph.h"
#include "text/langid.h"
#include "text/utf8.h"

namespace lexkz::query {
namespace schema = indexer::schema;
using Q = Xapian::Query;

namespace {

enum class Tok { word, phrase, lparen, rparen, op_and, op_or, op_not, op_near, op_adj, end };

struct Lexeme {
  Tok kind = Tok::end;
  std::string text;      // word or phrase text
  bool exact = false;    // =word, ="phrase"
  bool wildcard = false; // word*
  bool negated = false;  // -word
  bool is_concept = false;  // ~word, ~"phrase"
  unsigned window = 0;   // NEAR/n, ADJ/n
  std::size_t column = 0;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Splits the query into lexemes. Operators are upper-case words, as in Xapian's
// QueryParser; anything else is a word.
std::vector<Lexeme> lex(std::string_view s, unsigned default_window) {
  std::vector<Lexeme> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    Lexeme lx;
    lx.column = i + 1;
    if (s[i] == '(' || s[i] == ')') {
      lx.kind = s[i] == '(' ? Tok::lparen : Tok::rparen;
      ++i;
      out.push_back(lx);
      continue;
    }
    if (s[i] == '-' && i + 1 < s.size() && !is_space(s[i + 1]) && (i == 0 || is_space(s[i - 1]) || s[i - 1] == '(')) {
      lx.negated = true;
      ++i;
    }
    if (s[i] == '=' && i + 1 < s.size() && !is_space(s[i + 1])) {
      lx.exact = true;
      ++i;
    } else if (s[i] == '~' && i + 1 < s.size() && !is_space(s[i + 1])) {
      lx.is_concept = true;
      ++i;
    }
    if (i < s.size() && s[i] == '"') {
      std::size_t close = s.find('"', i + 1);
      if (close == std::string_view::npos)
        throw QueryError("unbalanced quote at column " + std::to_string(i + 1) + " — close the phrase with \"");
      lx.kind = Tok::phrase;
      lx.text = std::string(s.substr(i + 1, close - i - 1));
      i = close + 1;
      out.push_back(lx);
      continue;
    }
    std::size_t start = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '(' && s[i] != ')' && s[i] != '"') ++i;
    std::string word(s.substr(start, i - start));
    if (word.empty()) {  // a lone '-' or '=' before a space
      continue;
    }
    if (!lx.negated && !lx.exact && !lx.is_concept) {
      if (word == "AND") lx.kind = Tok::op_and;
      else if (word == "OR") lx.kind = Tok::op_or;
      else if (word == "NOT") lx.kind = Tok::op_not;
      else if (word == "NEAR" || word == "ADJ") {
        lx.kind = word == "NEAR" ? Tok::op_near : Tok::op_adj;
        lx.window = default_window;
      } else if (word.rfind("NEAR/", 0) == 0 || word.rfind("ADJ/", 0) == 0) {
        std::string n = word.substr(word.find('/') + 1);
        if (n.empty() || n.size() > 4 || !std::all_of(n.begin(), n.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
          throw QueryError("'" + word + "' at column " + std::to_string(lx.column) + ": the distance must be a number, e.g. NEAR/5");
        lx.kind = word[0] == 'N' ? Tok::op_near : Tok::op_adj;
        lx.window = static_cast<unsigned>(std::stoul(n));
      }
      if (lx.kind != Tok::end) {
        out.push_back(lx);
        continue;
      }
    }
    lx.kind = Tok::word;
    if (word.size() > 1 && word.back() == '*') {
      lx.wildcard = true;
      word.pop_back();
    }
    lx.text = std::move(word);
    out.push_back(lx);
  }
  Lexeme end;
  end.column = s.size() + 1;
  out.push_back(end);
  return out;
}

// Informal Kazakh Latin drops diacritics: "u" is typed for у, ұ and ү, "o" for о and ө
// ("turmys" = тұрмыс, "ozi" = өзі). A query word is also read with those letters restored;
// only the first few ambiguous letters vary, which bounds the expansion (3^2 · 2^2).
std::vector<std::string> latin_variants(const std::string& word) {
  std::vector<std::string> out{word};
  int u_left = 2, o_left = 2;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    std::vector<std::string> alternatives;
    if (c == 'u' && u_left-- > 0) alternatives = {"ū", "ü"};
    else if (c == 'o' && o_left-- > 0) alternatives = {"ö"};
    else continue;
    std::vector<std::string> more;
    for (const std::string& w : out) {
      // Offsets shift as earlier letters become two bytes: find the same letter by count.
      std::size_t shift = w.size() - word.size();
      for (const std::string& alt : alternatives) more.push_back(w.substr(0, i + shift) + alt + w.substr(i + shift + 1));
    }
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

bool has_latin(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

bool has_cyrillic(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = text::next_code_point(s, i);
    if (c >= 0x400 && c <= 0x52F) return true;
  }
  return false;
}

// The first `n` code points of `s`.
std::string first_letters(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (; n > 0 && i < s.size(); --n) text::next_code_point(s, i);
  return std::string(s.substr(0, i));
}

// A Kazakh stem ends in the voiceless partner of a voiced consonant the word has there
// (құқығы → құқық, кітабы → кітап; stem_kk.cc canonicalize()).
std::string voiceless_end(const std::string& s) {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {{"ғ", "қ"}, {"г", "к"}, {"б", "п"}};
  for (auto [voiced, voiceless] : kPairs)
    if (s.ends_with(voiced)) return s.substr(0, s.size() - voiced.size()) + std::string(voiceless);
  return s;
}

// OR (or SYNONYM) of terms; a term alone is itself.
Q any_term(const std::vector<std::string>& terms, Q::op op = Q::OP_OR) {
  if (terms.size() == 1) return Q(terms[0]);
  return Q(op, terms.begin(), terms.end());
}

// A filter written in the query: lang:kk, type:ruling, tag:stalking, kind:law,
// status:in_force, number:403-V.
std::optional<Q> field_filter(const std::string& word, std::size_t column) {
  std::size_t colon = word.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == word.size()) return std::nullopt;
  std::string field = word.substr(0, colon), value = word.substr(colon + 1);
  if (!std::all_of(field.begin(), field.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::nullopt;
  std::string prefix;
  if (field == "lang") prefix = schema::kLangPrefix;
  else if (field == "type") prefix = schema::kTypePrefix;
  else if (field == "tag") prefix = schema::kTagPrefix;
  else if (field == "kind") prefix = schema::kKindPrefix;
  else if (field == "status") prefix = schema::kStatusPrefix;
  else if (field == "number") {
    // number:403-V, number:№321-VІ — compared as the index stores it (act_metadata.h).
    const std::string key = indexer::number_key(value);
    if (key.empty())
      throw QueryError("number:" + value + " at column " + std::to_string(column) + " is not an act number — e.g. number:403-V");
    return Q(Q::OP_SCALE_WEIGHT, Q(schema::unique_term(schema::kNumberPrefix, key)), 0.0);
  }
  else if (field == "http" || field == "https") return std::nullopt;
  else
    throw QueryError("unknown field '" + field + ":' at column " + std::to_string(column) +
                     " — the fields are lang:, type:, tag:, kind:, status:, number:");
  // A value the index never stores would silently match nothing: say so instead.
  static const std::set<std::string> kLangs = {"ru", "kk"}, kKinds = {"law", "note", "heading", "paragraph", "turn"},
                                     kTypes = {"statute", "ruling", "transcript", "convention", "other"},
                                     kStatuses = {"in_force", "lost_force", "not_in_force"};
  const std::set<std::string>* known = field == "lang"     ? &kLangs
                                       : field == "kind"   ? &kKinds
                                       : field == "type"   ? &kTypes
                                       : field == "status" ? &kStatuses
                                                           : nullptr;
  if (known && !known->count(value)) {
    std::string list;
    for (const std::string& v : *known) list += (list.empty() ? "" : ", ") + v;
    throw QueryError("unknown " + field + " '" + value + "' at column " + std::to_string(column) + " — one of " + list);
  }
  return Q(Q::OP_SCALE_WEIGHT, Q(prefix + value), 0.0);
}

class Builder {
 public:
  Builder(std::vector<Lexeme> lexemes, text::Analyzer& analyzer, const QueryOptions& options,
          const Xapian::Database* db, text::Lang query_lang)
      : lx_(std::move(lexemes)), analyzer_(analyzer), options_(options), db_(db), query_lang_(query_lang) {}

  BuiltQuery build() {
    BuiltQuery out;
    if (lx_.front().kind == Tok::end) throw QueryError("empty query — give a word, a \"phrase\" or a filter such as lang:kk");
    std::optional<Q> q = parse_or();
    if (lx_[pos_].kind == Tok::rparen)
      throw QueryError("unbalanced ')' at column " + std::to_string(lx_[pos_].column));
    if (lx_[pos_].kind != Tok::end)
      throw QueryError("unexpected '" + describe(lx_[pos_]) + "' at column " + std::to_string(lx_[pos_].column));
    // Nothing but filters matches everything they allow; nothing but stop words, nothing.
    out.query = q ? *q : skipped_stop_word_ ? Q() : Q::MatchAll;
    out.highlights = std::move(highlights_);
    out.warnings = std::move(warnings_);
    out.verifies_passages = verifies_;
    return out;
  }

 private:
  static std::string describe(const Lexeme& l) {
    switch (l.kind) {
      case Tok::op_and: return "AND";
      case Tok::op_or: return "OR";
      case Tok::op_not: return "NOT";
      case Tok::op_near: return "NEAR";
      case Tok::op_adj: return "ADJ";
      case Tok::lparen: return "(";
      case Tok::rparen: return ")";
      case Tok::end: return "end of query";
      default: return l.text;
    }
  }

  const Lexeme& peek() const { return lx_[pos_]; }

  std::optional<Q> parse_or() {
    std::optional<Q> left = parse_and();
    while (peek().kind == Tok::op_or) {
      const Lexeme& op = lx_[pos_++];
      std::optional<Q> right = parse_and();
      if (!left || !right) throw QueryError("OR at column " + std::to_string(op.column) + " needs something on both sides");
      left = Q(Q::OP_OR, *left, *right);
    }
    return left;
  }

  // Juxtaposition and AND mean AND; NOT and -word subtract.
  std::optional<Q> parse_and() {
    std::optional<Q> result;
    std::vector<Q> negatives;
    while (true) {
      Tok k = peek().kind;
      if (k == Tok::end || k == Tok::rparen || k == Tok::op_or) break;
      bool negate = false;
      if (k == Tok::op_and) {
        const Lexeme& op = lx_[pos_++];
        // "такой AND суд": the stop word before AND was left out (with a warning): AND the rest.
        if (!result && !skipped_stop_word_)
          throw QueryError("AND at column " + std::to_string(op.column) + " needs something before it");
        if (peek().kind == Tok::op_not) {
          ++pos_;
          negate = true;
        }
      } else if (k == Tok::op_not) {
        const Lexeme& op = lx_[pos_++];
        // "такой NOT лекарственный": the stop word is not indexed, so every passage stands
        // in for it (its warning says so) and the NOT subtracts from them.
        if (!result && skipped_stop_word_) result = Q::MatchAll;
        if (!result) throw QueryError("NOT at column " + std::to_string(op.column) + " needs something before it (a NOT b)");
        negate = true;
      } else if (k == Tok::op_near || k == Tok::op_adj) {
        throw QueryError(describe(peek()) + " at column " + std::to_string(peek().column) + " needs a word before it");
      }
      if (peek().kind == Tok::word || peek().kind == Tok::phrase) negate = negate || peek().negated;
      std::size_t column = peek().column;
      const bool word_like = peek().kind == Tok::word || peek().kind == Tok::phrase;
      std::optional<Q> operand = parse_near();
      if (!operand && word_like) continue;  // a stop word or punctuation: nothing to search
      if (!operand) throw QueryError("missing word after column " + std::to_string(column));
      if (negate) negatives.push_back(*operand);
      else result = result ? Q(Q::OP_AND, *result, *operand) : *operand;
    }
    if (!negatives.empty()) {
      if (!result) throw QueryError("a query of only exclusions matches nothing — add a word to search for");
      result = Q(Q::OP_AND_NOT, *result, Q(Q::OP_OR, negatives.begin(), negatives.end()));
    }
    return result;
  }

  std::optional<Q> parse_near() {
    std::vector<Q> operands, exact_filters;
    const std::size_t first_column = peek().column;
    const bool stop_earlier = skipped_stop_word_;
    skipped_stop_word_ = false;
    std::optional<Q> first = parse_primary(/*in_near=*/false);
    const bool first_was_stop = !first && skipped_stop_word_;
    skipped_stop_word_ = skipped_stop_word_ || stop_earlier;
    if (peek().kind != Tok::op_near && peek().kind != Tok::op_adj) return first;
    // Xapian's NEAR and PHRASE take terms or ORs of terms only.
    if (!last_primary_leaf_)
      throw QueryError(describe(peek()) + " at column " + std::to_string(peek().column) +
                       " takes single words, but column " + std::to_string(first_column) +
                       " holds a phrase, a group or a wildcard");
    // A stop word is not indexed, so it cannot anchor a NEAR: it drops out of the chain
    // (with the warning words() gave), and a chain left with one word is that word.
    if (!first && !first_was_stop)
      throw QueryError(describe(peek()) + " at column " + std::to_string(peek().column) + " needs a word before it");
    bool ordered = peek().kind == Tok::op_adj;
    unsigned window = peek().window;
    // An =word takes part by its stems (they have the positions); its exact-form filter
    // applies to the whole group.
    auto take = [&](const Q& q) {
      if (last_exact_filter_) {
        operands.push_back(*last_exact_stems_);
        exact_filters.push_back(*last_exact_filter_);
      } else {
        operands.push_back(q);
      }
    };
    if (first) take(*first);
    while (peek().kind == Tok::op_near || peek().kind == Tok::op_adj) {
      const Lexeme& op = lx_[pos_++];
      ordered = ordered && op.kind == Tok::op_adj;
      window = std::min(window, op.window);
      const bool stop_before = skipped_stop_word_;
      skipped_stop_word_ = false;
      std::optional<Q> next = parse_primary(/*in_near=*/true);
      const bool was_stop = !next && skipped_stop_word_;
      skipped_stop_word_ = skipped_stop_word_ || stop_before;
      if (!next && !was_stop)
        throw QueryError(describe(op) + " at column " + std::to_string(op.column) + " needs a word after it");
      if (next) take(*next);
    }
    if (operands.empty()) return std::nullopt;
    std::optional<Q> group;
    if (operands.size() == 1) {
      group = operands[0];
    } else {
      // Xapian's window counts the positions the whole group spans.
      Xapian::termcount span = window + static_cast<Xapian::termcount>(operands.size()) - 1;
      group = Q(ordered ? Q::OP_PHRASE : Q::OP_NEAR, operands.begin(), operands.end(), span);
    }
    if (exact_filters.empty()) return group;
    return Q(Q::OP_FILTER, *group, Q(Q::OP_AND, exact_filters.begin(), exact_filters.end()));
  }

  std::optional<Q> parse_primary(bool in_near) {
    const Lexeme& l = peek();
    last_primary_leaf_ = l.kind == Tok::word && !l.wildcard;
    last_exact_filter_.reset();
    last_exact_stems_.reset();
    if (l.kind == Tok::lparen) {
      if (in_near) throw QueryError("NEAR/ADJ take single words, not brackets (column " + std::to_string(l.column) + ")");
      // The parser recurses per bracket: bound the depth so hostile input cannot overflow the stack.
      if (++depth_ > kMaxDepth)
        throw QueryError("brackets nested deeper than " + std::to_string(kMaxDepth) + " at column " + std::to_string(l.column));
      ++pos_;
      std::optional<Q> inner = parse_or();
      --depth_;
      last_exact_filter_.reset();  // a group is not one =word
      last_exact_stems_.reset();
      if (peek().kind != Tok::rparen) throw QueryError("unbalanced '(' at column " + std::to_string(l.column) + " — close it with ')'");
      ++pos_;
      return inner;
    }
    if ((l.kind == Tok::word || l.kind == Tok::phrase) && l.is_concept) {
      ++pos_;
      if (in_near) throw QueryError("NEAR/ADJ take single words, not a concept ~" + l.text);
      last_primary_leaf_ = false;
      return concept_query(l);
    }
    if (l.kind == Tok::word) {
      ++pos_;
      if (!l.exact && !l.wildcard)
        if (std::optional<Q> f = field_filter(l.text, l.column)) {
          // A filter is a boolean term set, not a word: Xapian's NEAR/PHRASE reject it.
          if (in_near) throw QueryError("NEAR/ADJ take single words, not filters like " + l.text);
          last_primary_leaf_ = false;
          return f;
        }
      if (l.wildcard) {
        if (in_near) throw QueryError("a wildcard cannot stand in NEAR/ADJ (column " + std::to_string(l.column) + ")");
        return wildcard(l.text);
      }
      return words(l.text, l.exact, in_near, l.column);
    }
    if (l.kind == Tok::phrase) {
      ++pos_;
      return words(l.text, l.exact, in_near, l.column, /*quoted=*/true);
    }
    return std::nullopt;
  }

  // The stems a token may have: its own, or — when its language is unclear — both.
  std::vector<std::string> stems_for(const text::Token& t) {
    std::vector<std::string> stems;
    auto add = [&](std::string s) {
      if (std::find(stems.begin(), stems.end(), s) == stems.end()) stems.push_back(std::move(s));
    };
    const bool forced = options_.lang != text::LangMode::automatic;
    if (has_latin(t.surface) && (t.lang == text::Lang::kk || (t.lang == text::Lang::none && !forced))) {
      // A Latin word: itself (unless it is surely Kazakh), and its Kazakh readings
      // ("kemsitushilik", "turmys" for тұрмыс).
      const std::string latin = text::repair_homoglyphs(text::fold_case(t.surface));
      if (t.lang == text::Lang::none) add(t.norm);
      else add(t.stem);
      for (const std::string& variant : latin_variants(latin)) {
        std::string cyr = analyzer_.normalize(variant, text::Lang::kk);
        if (cyr != variant) add(analyzer_.stem(cyr, text::Lang::kk));
      }
    } else if (t.lang != text::Lang::none && !forced && text::token_lang_evidence(t.norm) == text::Lang::none &&
               !has_latin(t.surface)) {
      if (query_lang_ != text::Lang::none) add(analyzer_.stem(t.norm, query_lang_));
      else {
        add(analyzer_.stem(t.norm, text::Lang::ru));
        add(analyzer_.stem(t.norm, text::Lang::kk));
      }
    } else {
      add(t.stem);
    }
    return stems;
  }

  // A word in any inflected form: its stems.
  Q token_query(const text::Token& t) {
    std::vector<std::string> stems = stems_for(t);
    highlights_.stems.insert(stems.begin(), stems.end());
    return any_term(stems);
  }

  // The exact forms of a word (=word): the form, and for a Latin word that may be Kazakh
  // its Cyrillic reading too.
  std::vector<std::string> exact_forms(const text::Token& t) {
    std::vector<std::string> forms{t.norm};
    if (t.lang == text::Lang::none && has_latin(t.norm)) {
      std::string cyr = analyzer_.normalize(t.surface, text::Lang::kk);
      if (cyr != t.norm) forms.push_back(std::move(cyr));
    }
    highlights_.exact.insert(forms.begin(), forms.end());
    return forms;
  }

  // Every stem a word with one of `forms` can have been indexed under, whatever language
  // its passage gave it: Russian, Kazakh, or none (the form itself).
  std::vector<std::string> stems_of_forms(const std::vector<std::string>& forms) {
    std::vector<std::string> stems;
    for (const std::string& f : forms)
      for (std::string s : {analyzer_.stem(f, text::Lang::ru), analyzer_.stem(f, text::Lang::kk), f})
        if (std::find(stems.begin(), stems.end(), s) == stems.end()) stems.push_back(std::move(s));
    return stems;
  }

  // The filter "the passage has a word with one of these forms (or prefixes)", verified on
  // the stored passage text; `stems` are the candidates it walks.
  Q verified(std::vector<std::string> stems, std::vector<std::string> forms, ExactFormSource::Match match) {
    if (!verifier_) verifier_ = std::make_shared<text::Analyzer>();
    verifies_ = true;
    return Q((new ExactFormSource(std::move(stems), std::move(forms), match, options_.read_record, verifier_))->release());
  }

  // =word: ranked by the word's stems, filtered to the passages that have the exact form.
  // Split so NEAR/ADJ can take the stems and filter the whole group.
  struct Exact {
    Q stems, filter;
  };
  Exact exact_query(const text::Token& t) {
    std::vector<std::string> forms = exact_forms(t);
    std::vector<std::string> stems = stems_of_forms(forms);
    Q ranked = any_term(stems);
    return {ranked, verified(std::move(stems), std::move(forms), ExactFormSource::Match::equal)};
  }

  std::optional<Q> words(const std::string& text, bool exact, bool in_near, std::size_t column, bool quoted = false) {
    // A Latin word of a Kazakh query is Kazakh, as it was in the whole query's analysis:
    // alone, "men" of "jynystyq men" would be no Kazakh stop word (мен) and match nothing.
    text::LangMode mode = options_.lang;
    if (mode == text::LangMode::automatic && query_lang_ == text::Lang::kk && has_latin(text) && !has_cyrillic(text))
      mode = text::LangMode::kk;
    text::Analysis a = analyzer_.analyze(text, mode);
    if (a.tokens.empty()) {
      if (quoted) throw QueryError("empty phrase at column " + std::to_string(column));
      return std::nullopt;  // punctuation only: nothing to search for
    }
    if (a.tokens.size() == 1 && a.tokens[0].stop) {
      warnings_.push_back("'" + a.tokens[0].surface + "' is a stop word, which is not indexed: left out of the query");
      skipped_stop_word_ = true;
      return std::nullopt;
    }
    if (a.tokens.size() == 1) {
      if (!exact) return token_query(a.tokens[0]);
      Exact e = exact_query(a.tokens[0]);
      last_exact_filter_ = e.filter;
      last_exact_stems_ = e.stems;
      return Q(Q::OP_FILTER, e.stems, e.filter);
    }
    last_primary_leaf_ = false;
    if (in_near) throw QueryError("NEAR/ADJ take single words, not phrases (column " + std::to_string(column) + ")");
    // Several words: a phrase of stems (positions are on stems); an exact phrase also
    // requires each exact form to occur in the passage. Stop words are not indexed: they
    // only widen the window, so "по признаку пола" is признак…пол within 2 positions.
    std::vector<Q> parts;
    std::vector<Exact> forms;
    std::uint32_t first = 0, last = 0;
    for (const text::Token& t : a.tokens) {
      if (t.stop) continue;
      if (!first) first = t.position;
      last = t.position;
      parts.push_back(token_query(t));
      if (exact) forms.push_back(exact_query(t));
    }
    if (parts.empty()) {
      warnings_.push_back("\"" + text + "\" holds only stop words, which are not indexed: left out of the query");
      skipped_stop_word_ = true;
      return std::nullopt;
    }
    if (parts.size() == 1 && !exact) return parts[0];
    if (parts.size() == 1) return Q(Q::OP_FILTER, forms[0].stems, forms[0].filter);
    Q phrase(Q::OP_PHRASE, parts.begin(), parts.end(), last - first + 1);
    if (!exact) return phrase;
    std::vector<Q> filters;
    for (const Exact& e : forms) filters.push_back(e.filter);
    return Q(Q::OP_FILTER, phrase, Q(Q::OP_AND, filters.begin(), filters.end()));
  }

  // ~word: its concept's tag terms OR each of its names (both languages) as a phrase of
  // stems, so "~домогательство" finds "қысым көрсеткен" and passages tagged harassment.
  std::optional<Q> concept_query(const Lexeme& l) {
    if (l.wildcard || l.exact) throw QueryError("~ cannot be combined with = or * (column " + std::to_string(l.column) + ")");
    if (!options_.expand_concept) throw QueryError("~" + l.text + ": concept search is not available here");
    ConceptTerms c = options_.expand_concept(l.text);
    std::vector<Q> parts;
    for (const std::string& tag : c.tags) parts.push_back(Q(Q::OP_SCALE_WEIGHT, Q(std::string(schema::kTagPrefix) + tag), 0.0));
    if (std::find(c.terms.begin(), c.terms.end(), l.text) == c.terms.end()) c.terms.insert(c.terms.begin(), l.text);
    for (const std::string& term : c.terms)
      if (std::optional<Q> q = words(term, /*exact=*/false, /*in_near=*/false, l.column, /*quoted=*/false)) parts.push_back(*q);
    if (parts.empty()) return std::nullopt;
    return parts.size() == 1 ? parts[0] : Q(Q::OP_OR, parts.begin(), parts.end());
  }

  // pref*: the words whose normalised form starts with pref. The index holds stems only,
  // so the query ORs (as synonyms) the stems such a word can have and a filter verifies
  // the prefix on the passage text. A stem is the word minus its endings, except that its
  // last letter or two may differ (Kazakh voicing құқығы → құқық, Russian fleeting vowels
  // порядок → порядк, Kazakh dropped vowels орны → орын). So for a prefix of m letters:
  //   (a) the stems starting with it;
  //   (b) for each prefix q of it (the stem can be shorter than the prefix, which then
  //       runs into the endings): q, q with a voiced last consonant made voiceless, and
  //       q's Russian and Kazakh stems;
  //   (c) the stems of at most m+1 letters that start with its first m-1 letters (a
  //       changed last letter or a dropped vowel inside the prefix).
  // Every prefix of every word form of ../shared/corpora (89,120 distinct forms) finds its
  // form's stem this way. The cap counts these stems; (b) and (c) are kept first.
  Q wildcard(const std::string& word) {
    std::string prefix = analyzer_.normalize(word, query_lang_);
    if (prefix.empty()) throw QueryError("a wildcard needs some letters before '*'");
    highlights_.prefixes.push_back(prefix);
    if (!db_ || db_->get_doccount() == 0) return Q();  // no words to expand to
    const std::size_t m = text::code_point_count(prefix);
    std::vector<std::string> close;                                  // (b), (c)
    std::vector<std::pair<Xapian::doccount, std::string>> starting;  // (a), by termfreq
    auto add_close = [&](const std::string& term) {
      if (!term.starts_with(prefix) && std::find(close.begin(), close.end(), term) == close.end() &&
          db_->term_exists(term))
        close.push_back(term);
    };
    for (std::size_t j = 1; j <= m; ++j) {
      const std::string q = first_letters(prefix, j);
      for (const std::string& term : {q, voiceless_end(q), analyzer_.stem(q, text::Lang::ru),
                                      analyzer_.stem(q, text::Lang::kk)})
        add_close(term);
    }
    // One walk over the terms starting with the first m-1 letters: lower case, so never
    // one of the upper-case boolean prefixes (Q, XDOC, L, XTYPE …).
    const std::string head = first_letters(prefix, m >= 2 ? m - 1 : m);
    for (Xapian::TermIterator t = db_->allterms_begin(head); t != db_->allterms_end(head);) {
      const std::string term = *t;
      if (term.starts_with(prefix)) {
        starting.emplace_back(t.get_termfreq(), term);
        ++t;
      } else if (text::code_point_count(term) <= m + 1) {
        add_close(term);
        ++t;
      } else {
        // Every later term with its first m+1 letters is as long and as far from the prefix.
        t.skip_to(first_letters(term, m + 1) + "\xff");
      }
    }
    const std::size_t cap = options_.max_wildcard_expansion;  // 0: no cap
    if (cap && close.size() + starting.size() > cap) {
      warnings_.push_back("'" + word + "*' matches more than " + std::to_string(cap) +
                          " words; searching the most frequent of them — make the prefix longer");
      if (close.size() > cap) close.resize(cap);
      const std::size_t keep = cap - close.size();
      std::partial_sort(starting.begin(), starting.begin() + static_cast<std::ptrdiff_t>(keep), starting.end(),
                        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
      starting.resize(keep);
    }
    std::vector<Q> parts;
    // A stem that starts with the prefix: its forms start with it too, so Xapian alone
    // answers (as fast as a plain word, and over remote shards).
    std::vector<std::string> direct;
    for (auto& [freq, term] : starting) direct.push_back(std::move(term));
    if (!direct.empty()) parts.push_back(any_term(direct, Q::OP_SYNONYM));
    // A stem shorter than the prefix or differing in its last letters ("домогательств" for
    // "домогательства*"): only some of its forms start with the prefix — checked in the
    // stored passage text.
    if (!close.empty()) {
      Q ranked = any_term(close, Q::OP_SYNONYM);
      parts.push_back(Q(Q::OP_FILTER, ranked, verified(std::move(close), {prefix}, ExactFormSource::Match::prefix)));
    }
    if (parts.empty()) return Q();
    return parts.size() == 1 ? parts[0] : Q(Q::OP_OR, parts.begin(), parts.end());
  }

  std::vector<Lexeme> lx_;
  std::size_t pos_ = 0;
  bool last_primary_leaf_ = false;  // the last primary was one word (NEAR can take it)
  bool skipped_stop_word_ = false;  // a word was left out as a stop word
  // When the last primary was one =word: its stems and its exact-form filter (for NEAR).
  std::optional<Q> last_exact_filter_, last_exact_stems_;
  // The analyzer that verifies exact forms and prefixes in passages: made on first use,
  // shared by every filter of this query and by their per-shard clones.
  std::shared_ptr<text::Analyzer> verifier_;
  bool verifies_ = false;  // the query has such a filter
  static constexpr int kMaxDepth = 100;
  int depth_ = 0;  // brackets open around the current position
  text::Analyzer& analyzer_;
  const QueryOptions& options_;
  const Xapian::Database* db_;
  text::Lang query_lang_;
  Highlights highlights_;
  std::vector<std::string> warnings_;
};

}  // namespace

BuiltQuery build_query(std::string_view text, text::Analyzer& analyzer, const QueryOptions& options,
                       const Xapian::Database* db) {
  std::vector<Lexeme> lexemes = lex(text, options.default_near_window);
  // The query's language from all its words together, so a word without evidence of its
  // own ("бала") follows its neighbours ("бала құқығы").
  std::string all_words;
  for (const Lexeme& l : lexemes)
    if (l.kind == Tok::word || l.kind == Tok::phrase) all_words += l.text + " ";
  text::Analysis all = analyzer.analyze(all_words, options.lang);
  // Xapian's cost grows with words × postings: 10,000 ORed common words ran for minutes.
  constexpr std::size_t kMaxWords = 1000;
  if (all.tokens.size() > kMaxWords)
    throw QueryError("the query has " + std::to_string(all.tokens.size()) + " words; at most " +
                     std::to_string(kMaxWords) + " are allowed");
  text::Lang lang = all.lang;
  return Builder(std::move(lexemes), analyzer, options, db, lang).build();
}

}  // namespace lexkz::query
