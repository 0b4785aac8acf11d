#include "concepts/rules.h"

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include <lexkz_data.h>

namespace lexkz::concepts {

RuleError::RuleError(const std::string& file, std::size_t line, const std::string& what)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + what), file_(file), line_(line) {}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Splits an expression into pieces: words, "~N", "(", ")", "|"; parentheses and bars
// need no spaces around them.
std::vector<std::string> lex(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\t') flush();
    else if (c == '(' || c == ')' || c == '|') {
      flush();
      out.emplace_back(1, c);
    } else cur += c;
  }
  flush();
  return out;
}

}  // namespace

/// Parses one rule file into a RuleSet (a class so it can reach RuleSet's privates).
class RuleParser {
 public:
  RuleParser(RuleSet& set, const std::string& file, text::Analyzer& analyzer)
      : set_(set), file_(file), analyzer_(analyzer) {}

  void parse(std::string_view text) {
    std::size_t number = 0;
    while (!text.empty()) {
      std::size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
      ++number;
      line_ = number;
      // "#" starts a comment at the line start or after a space (words never hold "#").
      std::size_t hash = line.find('#');
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      line = trim(line);
      if (line.empty()) continue;
      parse_line(line);
    }
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw RuleError(file_, line_, what); }

  bool known_tag(const std::string& name) const {
    for (const TagRules& t : set_.tags_)
      if (t.name == name) return true;
    return false;
  }

  void parse_line(std::string_view line) {
    if (line.front() == '[') {
      if (line.back() != ']') fail("a section header is written [name] — add the closing ']'");
      std::string name(trim(line.substr(1, line.size() - 2)));
      if (!is_name(name)) fail("section name '" + name + "' must be lower-case latin letters, digits or _");
      section_ = name;
      if (name != "definitions" && !known_tag(name)) set_.tags_.push_back(TagRules{name, {}, {}, {}});
      return;
    }
    if (line.front() == '@') return parse_group(line);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos)
      fail("expected 'LANG: words', 'not LANG: words', 'LANG clue NAME: words', 'needs: a + b', "
           "'implies: tag', 'defines: clue', '@group = a | b' or '[section]'");
    std::string_view head = trim(line.substr(0, colon));
    std::string_view body = trim(line.substr(colon + 1));
    if (section_.empty()) fail("a rule before any [section] — start with [tag_name] or [definitions]");
    if (head == "implies") return parse_implies(body);
    if (head == "needs") return parse_needs(body);
    if (head == "defines") return parse_defines(body);
    // head: "ru", "not ru", "ru clue NAME"
    std::vector<std::string> words = lex(head);
    bool negative = false;
    std::string clue;
    DefinitionRole role = DefinitionRole::define;
    if (!words.empty() && words[0] == "not") {
      negative = true;
      role = DefinitionRole::negative;
      words.erase(words.begin());
    } else if (words.size() == 2 && (words[0] == "class" || words[0] == "content")) {
      if (section_ != "definitions") fail("'" + words[0] + "' patterns belong in [definitions]");
      negative = true;
      role = words[0] == "class" ? DefinitionRole::class_statement : DefinitionRole::content;
      words.erase(words.begin());
    }
    if (words.size() == 3 && words[1] == "clue") {
      if (negative) fail("'not' and 'clue' do not combine");
      if (!is_name(words[2])) fail("clue name '" + words[2] + "' must be lower-case latin letters, digits or _");
      clue = words[2];
      words.resize(1);
    }
    if (words.size() != 1) fail("unknown rule head '" + std::string(head) + "'");
    std::optional<text::Lang> lang = text::parse_lang(words[0]);
    if (!lang) fail("unknown language '" + words[0] + "' — use ru or kk");
    if (body.empty()) fail("the rule has no words after ':'");
    Expression expr = parse_expression(body, *lang);
    bool has_term = false;
    for (const Element& e : expr.elements) has_term |= e.kind == Element::Kind::term;
    if (section_ == "definitions") {
      if (!clue.empty()) fail("clues belong in a tag section, not in [definitions]");
      if (!negative && !has_term) fail("a definition pattern needs TERM (where the defined term stands)");
      set_.definitions_.push_back(DefinitionRule{negative, std::move(expr), role});
      return;
    }
    if (has_term) fail("TERM belongs in [definitions] patterns");
    if (expr.elements.front().kind == Element::Kind::line_start) fail("'^' belongs in [definitions] patterns");
    TagRules& tag = current_tag();
    RuleKind kind = negative ? RuleKind::exclude : clue.empty() ? RuleKind::term : RuleKind::clue;
    tag.rules.push_back(ConceptRule{kind, clue, std::move(expr)});
  }

  TagRules& current_tag() {
    for (TagRules& t : set_.tags_)
      if (t.name == section_) return t;
    fail("internal: no tag section");
  }

  void parse_group(std::string_view line) {
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) fail("a group is written '@name = word | word | ...'");
    std::string name(trim(line.substr(1, eq - 1)));
    if (!is_name(name)) fail("group name '@" + name + "' must be lower-case latin letters, digits or _");
    std::vector<std::string> alts;
    for (const std::string& w : lex(line.substr(eq + 1))) {
      if (w == "|") continue;
      if (w == "(" || w == ")" || w[0] == '~' || w[0] == '@') fail("a group lists plain words separated by '|'");
      alts.push_back(w);
    }
    if (alts.empty()) fail("group '@" + name + "' is empty");
    groups_[name] = std::move(alts);
  }

  void parse_implies(std::string_view body) {
    if (section_ == "definitions") fail("'implies' belongs in a tag section");
    TagRules& tag = current_tag();
    for (const std::string& w : lex(body)) {
      std::string n = w;
      if (!n.empty() && n.back() == ',') n.pop_back();
      if (n.empty()) continue;
      if (!is_name(n)) fail("'" + n + "' is not a tag name");
      tag.implies.push_back(n);
    }
  }

  void parse_defines(std::string_view body) {
    if (section_ == "definitions") fail("'defines' belongs in a tag section");
    TagRules& tag = current_tag();
    for (const std::string& w : lex(body)) {
      std::string n = w;
      if (!n.empty() && n.back() == ',') n.pop_back();
      if (n.empty()) continue;
      bool found = false;
      for (const ConceptRule& r : tag.rules) found |= r.kind == RuleKind::clue && r.clue == n;
      if (!found) fail("clue '" + n + "' is not defined above in [" + tag.name + "] (write 'defines: clue_name')");
      tag.definable.push_back(n);
    }
  }

  void parse_needs(std::string_view body) {
    if (section_ == "definitions") fail("'needs' belongs in a tag section");
    std::vector<std::string> names;
    for (const std::string& w : lex(body)) {
      if (w == "+") continue;
      if (!is_name(w)) fail("'" + w + "' is not a clue name (write 'needs: clue_a + clue_b')");
      names.push_back(w);
    }
    if (names.size() < 2) fail("'needs' lists at least two clues joined by '+'");
    TagRules& tag = current_tag();
    for (const std::string& n : names) {
      bool found = false;
      for (const ConceptRule& r : tag.rules) found |= r.kind == RuleKind::clue && r.clue == n;
      if (!found) fail("clue '" + n + "' is not defined above in [" + tag.name + "]");
    }
    tag.needs.push_back(std::move(names));
  }

  Expression parse_expression(std::string_view body, text::Lang lang) {
    Expression expr;
    expr.lang = lang;
    expr.file = file_;
    expr.line = line_;
    expr.source = std::string(body);
    std::vector<std::string> pieces = lex(body);
    std::uint16_t gap = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      const std::string& p = pieces[i];
      if (p[0] == '~') {
        if (expr.elements.empty()) fail("'" + p + "' must stand between two words");
        int n = 0;
        try {
          n = std::stoi(p.substr(1));
        } catch (...) {
          fail("'" + p + "' is not a gap: write ~N with N a number of words");
        }
        if (n < 0 || n > 60 || p.substr(1) != std::to_string(n)) fail("'" + p + "': N in ~N must be 0..60");
        gap = static_cast<std::uint16_t>(n);
        continue;
      }
      std::vector<std::string> alts;
      if (p == "(") {
        std::size_t j = i + 1;
        for (; j < pieces.size() && pieces[j] != ")"; ++j) {
          if (pieces[j] == "|") continue;
          if (pieces[j] == "(" || pieces[j][0] == '~') fail("alternatives (a|b) hold plain words only");
          alts.push_back(pieces[j]);
        }
        if (j == pieces.size()) fail("'(' without ')'");
        if (alts.empty()) fail("empty alternatives '()'");
        i = j;
      } else if (p == ")" || p == "|") {
        fail("'" + p + "' outside alternatives (a|b)");
      } else {
        alts.push_back(p);
      }
      add_element(expr, alts, gap);
      gap = 0;
    }
    if (expr.elements.empty()) fail("the rule has no words");
    if (pieces.back()[0] == '~') fail("a gap ~N at the end of a rule has nothing to reach");
    return expr;
  }

  void add_element(Expression& expr, const std::vector<std::string>& alts_in, std::uint16_t gap) {
    std::vector<std::string> alts;
    for (const std::string& a : alts_in) {
      if (a[0] == '@') {
        auto it = groups_.find(a.substr(1));
        if (it == groups_.end()) fail("unknown group '" + a + "' — define it above with '" + a + " = word | word'");
        alts.insert(alts.end(), it->second.begin(), it->second.end());
      } else {
        alts.push_back(a);
      }
    }
    Element el;
    el.max_gap = gap;
    el.source = alts.size() == 1 ? alts[0] : "(...)";
    if (alts.size() == 1) {
      const std::string& a = alts[0];
      Element::Kind k = Element::Kind::word;
      if (a == "TERM") k = Element::Kind::term;
      else if (a == "^") k = Element::Kind::line_start;
      else if (a == "–" || a == "—" || a == "-") k = Element::Kind::dash;
      else if (a == ",") k = Element::Kind::comma;
      else if (a == ":") k = Element::Kind::colon;
      if (k != Element::Kind::word) {
        if (k == Element::Kind::term)
          for (const Element& e : expr.elements)
            if (e.kind == Element::Kind::term) fail("TERM may stand only once in a pattern");
        if (k == Element::Kind::line_start && !expr.elements.empty()) fail("'^' must open the pattern");
        el.kind = k;
        expr.elements.push_back(std::move(el));
        return;
      }
      // A written phrase ("қарым-қатынас") may analyse into several words: each becomes
      // an element, adjacent to the next.
      if (a.back() != '*') {
        text::Analysis an = analyzer_.analyze(a, expr.lang == text::Lang::kk ? text::LangMode::kk : text::LangMode::ru);
        if (an.tokens.size() > 1) {
          for (std::size_t t = 0; t < an.tokens.size(); ++t) {
            Element part;
            part.max_gap = t == 0 ? gap : 0;
            part.source = an.tokens[t].surface;
            part.id = set_.next_element_++;
            add_keys(part.id, an.tokens[t].surface, expr.lang);
            expr.elements.push_back(std::move(part));
          }
          return;
        }
      }
    }
    el.id = set_.next_element_++;
    for (const std::string& a : alts) add_keys(el.id, a, expr.lang);
    expr.elements.push_back(std::move(el));
  }

  // The keys a word matches a token by: its norm and its stems in both languages (a
  // Russian word quoted inside Kazakh text is analysed as Kazakh, and the reverse).
  void add_keys(std::uint32_t id, const std::string& word, text::Lang lang) {
    static const std::set<std::string> kReserved = {"TERM", "^", "–", "—", "-", ",", ":", "(", ")", "|"};
    if (kReserved.count(word)) fail("'" + word + "' cannot be one of several alternatives");
    bool prefix = word.back() == '*';
    std::string w = prefix ? word.substr(0, word.size() - 1) : word;
    if (w.find('*') != std::string::npos) fail("'*' may only end a word ('" + word + "')");
    std::string norm = analyzer_.normalize(w, lang);
    if (norm.empty()) fail("'" + word + "' has no letters");
    if (prefix) {
      if (norm.size() < 4) fail("prefix '" + word + "' is too short: give at least 3 letters before '*'");
      set_.words_.push_back(WordKey{norm, true, id});
      return;
    }
    text::Analysis an = analyzer_.analyze(w, lang == text::Lang::kk ? text::LangMode::kk : text::LangMode::ru);
    if (an.tokens.size() != 1) fail("'" + word + "' is several words; alternatives (a|b) hold single words");
    std::set<std::string> keys = {an.tokens[0].norm, an.tokens[0].stem,
                                  analyzer_.stem(an.tokens[0].norm, text::Lang::ru),
                                  analyzer_.stem(an.tokens[0].norm, text::Lang::kk)};
    for (const std::string& k : keys)
      if (!k.empty()) set_.words_.push_back(WordKey{k, false, id});
  }

  RuleSet& set_;
  std::string file_;
  text::Analyzer& analyzer_;
  std::size_t line_ = 0;
  std::string section_;
  std::map<std::string, std::vector<std::string>> groups_;
};

RuleSet RuleSet::parse(std::string_view text, const std::string& file, text::Analyzer& analyzer) {
  RuleSet set;
  RuleParser(set, file, analyzer).parse(text);
  return set;
}

RuleSet RuleSet::load_file(const std::string& path, text::Analyzer& analyzer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RuleError(path, 0, "cannot open the rule file");
  std::stringstream buf;
  buf << in.rdbuf();
  return parse(buf.str(), path, analyzer);
}

RuleSet RuleSet::builtin(text::Analyzer& analyzer) {
  return parse(lexkz::data::tags_rules, "rules/tags.rules", analyzer);
}

void RuleSet::add(RuleSet other) {
  std::uint32_t offset = next_element_;
  auto shift = [offset](Expression& e) {
    for (Element& el : e.elements) el.id += offset;
  };
  for (WordKey& w : other.words_) {
    w.element += offset;
    words_.push_back(std::move(w));
  }
  next_element_ += other.next_element_;
  for (TagRules& t : other.tags_) {
    for (ConceptRule& r : t.rules) shift(r.expr);
    TagRules* mine = nullptr;
    for (TagRules& m : tags_)
      if (m.name == t.name) mine = &m;
    if (!mine) {
      tags_.push_back(std::move(t));
      continue;
    }
    for (ConceptRule& r : t.rules) mine->rules.push_back(std::move(r));
    for (auto& n : t.needs) mine->needs.push_back(std::move(n));
    for (auto& i : t.implies) mine->implies.push_back(std::move(i));
    for (auto& d : t.definable) mine->definable.push_back(std::move(d));
  }
  for (DefinitionRule& d : other.definitions_) {
    shift(d.expr);
    definitions_.push_back(std::move(d));
  }
}

}  // namespace lexkz::concepts
