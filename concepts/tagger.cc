#include "concepts/tagger.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "text/utf8.h"

namespace lexkz::concepts {
namespace {

// What the tagger sees of a passage: its words and the punctuation that definition
// patterns and sentence limits need. Quotes and brackets are not items: they never
// separate a term from its definition.
enum class ItemKind : std::uint8_t { word, start, newline, brk, dash, comma, colon };

struct Item {
  ItemKind kind;
  std::uint32_t token = 0;     // for words: index into the analysis
  std::uint32_t sentence = 0;  // sentences end at . ! ? ; and line breaks
  std::uint32_t line = 0;      // 0-based line of the passage text
  std::uint32_t m_begin = 0, m_end = 0;  // this word's matched element ids in `matched`
};

// One rule that matched: items [first, last].
struct Hit {
  std::uint32_t tag;
  std::uint32_t rule;
  RuleKind kind;
  std::size_t first, last;
  std::uint32_t sentence;
  bool dropped = false;
};

bool is_upper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0x0400 && c <= 0x042F) return true;                    // Cyrillic capitals Ѐ..Я
  if (c >= 0x0490 && c <= 0x04FF) return (c & 1) == 0;            // Ғ Қ Ң Ү Ұ Һ Ә Ө: even code points
  if (c >= 0x00C0 && c <= 0x00DE) return c != 0x00D7;             // Latin-1 capitals
  if (c >= 0x0100 && c <= 0x017F) return (c & 1) == 0;            // Latin Extended-A pairs (Ğ Ş Ū)
  return false;
}

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A heading line of a statute ("Статья 5. …", "12-1-бап. …", "2-тарау. …", "Глава 18.
// …"): several of them in one passage make a table of contents (TAGS.md: not tagged).
bool is_heading_line(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (line.empty() || line.size() > 400) return false;
  static const std::string_view kWords[] = {"Статья ", "СТАТЬЯ ", "Глава ",   "ГЛАВА ",   "Раздел ",
                                            "РАЗДЕЛ ", "§",       "Параграф ", "Бөлім ", "БӨЛІМ "};
  for (std::string_view w : kWords)
    if (starts_with(line, w)) return true;
  std::size_t i = 0;
  while (i < line.size() && ((line[i] >= '0' && line[i] <= '9') || line[i] == '-' || line[i] == '.')) ++i;
  if (i == 0) return false;
  std::string_view rest = line.substr(i);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  static const std::string_view kKk[] = {"бап", "БАП", "тарау", "ТАРАУ", "бөлім", "БӨЛІМ"};
  for (std::string_view w : kKk)
    if (starts_with(rest, w)) return true;
  return false;
}

// The header of a list of references ("Список литературы:", "Пайдаланылған әдебиеттер:"):
// the lines after it name conventions and books without being about them (TAGS.md).
bool is_reference_header(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (line.empty() || line.size() > 120) return false;
  static const std::string_view kHeads[] = {
      "Список литературы", "Список источников", "Список использованн", "Литература", "Источники:",
      "Библиография",      "Пайдаланылған әдебиет", "Пайдаланылған дереккөз", "Әдебиеттер", "Дереккөздер",
      "СПИСОК ЛИТЕРАТУРЫ", "СПИСОК ИСТОЧНИКОВ", "ЛИТЕРАТУРА", "ӘДЕБИЕТТЕР"};
  for (std::string_view h : kHeads)
    if (starts_with(line, h)) return true;
  return false;
}

}  // namespace

Tagger::Tagger(const RuleSet& rules) : rules_(rules) {
  for (const WordKey& w : rules_.words()) {
    if (w.prefix && w.key.size() >= 6) prefixes6_[w.key.substr(0, 6)].emplace_back(w.key, w.element);
    else if (w.prefix) prefixes4_[w.key.substr(0, 4)].emplace_back(w.key, w.element);
    else exact_[w.key].push_back(w.element);
  }
  starts_.resize(rules_.element_count());
  const auto& tags = rules_.tags();
  for (std::uint32_t t = 0; t < tags.size(); ++t)
    for (std::uint32_t r = 0; r < tags[t].rules.size(); ++r)
      starts_[tags[t].rules[r].expr.elements.front().id].push_back(Start{t, r});
  implies_.resize(tags.size());
  for (std::uint32_t t = 0; t < tags.size(); ++t) {
    for (const std::string& name : tags[t].implies) {
      auto it = std::find_if(tags.begin(), tags.end(), [&](const TagRules& x) { return x.name == name; });
      if (it == tags.end()) throw RuleError("rules", 0, "tag '" + tags[t].name + "' implies unknown tag '" + name + "'");
      implies_[t].push_back(static_cast<std::uint32_t>(it - tags.begin()));
    }
  }
}

std::vector<std::string> Tagger::tag_names() const {
  std::vector<std::string> out;
  for (const TagRules& t : rules_.tags()) out.push_back(t.name);
  std::sort(out.begin(), out.end());
  return out;
}

/// The work on one passage: items, per-word element matches, expression matching.
struct PassageScan {
  const Tagger& tagger;
  std::string_view text;
  const std::vector<text::Token>& tokens;
  std::vector<Item> items;
  std::vector<std::uint32_t> matched;
  const std::vector<Hit>* terms = nullptr;  // kept term hits, for TERM
  std::vector<std::size_t> bound;           // item where each element matched
  std::size_t bound_end = 0;
  std::size_t bound_term = 0;

  PassageScan(const Tagger& t, std::string_view txt, const std::vector<text::Token>& toks)
      : tagger(t), text(txt), tokens(toks) {}

  void push_break(ItemKind kind, std::uint32_t& sentence, std::uint32_t line) {
    ItemKind last = items.back().kind;
    if (last == ItemKind::start || last == ItemKind::newline || last == ItemKind::brk) {
      if (kind == ItemKind::newline) items.back().kind = ItemKind::newline;
      return;
    }
    ++sentence;
    items.push_back(Item{kind, 0, sentence, line});
  }

  void build() {
    items.reserve(tokens.size() + tokens.size() / 4 + 2);
    items.push_back(Item{ItemKind::start, 0, 0, 0});
    std::uint32_t sentence = 0, line = 0;
    std::size_t prev_end = 0;
    bool line_has_word = false;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      const text::Token& tok = tokens[i];
      std::string_view gap = text.substr(prev_end, tok.start - prev_end);
      for (std::size_t b = 0; b < gap.size(); ++b) {
        char c = gap[b];
        if (c == '\n') {
          ++line;
          line_has_word = false;
          push_break(ItemKind::newline, sentence, line);
        } else if (c == '!' || c == '?' || c == ';') {
          push_break(ItemKind::brk, sentence, line);
        } else if (c == '.') {
          // Not a sentence end: "К.-ның", "С.П. невиновным" (a lower-case word follows)
          // and "1. Term" numbering at a line start.
          std::size_t n = 0;
          char32_t next = tok.surface.empty() ? 0 : text::next_code_point(tok.surface, n);
          bool numbering = i > 0 && b == 0 && is_digits(tokens[i - 1].surface) && items.back().kind == ItemKind::word &&
                           items.size() >= 2 && items[items.size() - 2].kind != ItemKind::word;
          if ((is_upper(next) || (next >= '0' && next <= '9')) && !numbering) push_break(ItemKind::brk, sentence, line);
        } else if (c == ',') {
          items.push_back(Item{ItemKind::comma, 0, sentence, line});
        } else if (c == ':') {
          items.push_back(Item{ItemKind::colon, 0, sentence, line});
        } else if (c == '\xE2' && b + 2 < gap.size() && gap[b + 1] == '\x80' &&
                   (gap[b + 2] == '\x93' || gap[b + 2] == '\x94')) {
          items.push_back(Item{ItemKind::dash, 0, sentence, line});  // U+2013 EN DASH, U+2014 EM DASH
          b += 2;
        } else if (c == '-' && ((b > 0 && gap[b - 1] == ' ') || (b + 1 < gap.size() && gap[b + 1] == ' '))) {
          items.push_back(Item{ItemKind::dash, 0, sentence, line});  // a spaced hyphen used as a dash
        }
      }
      (void)line_has_word;
      line_has_word = true;
      Item w{ItemKind::word, i, sentence, line};
      w.m_begin = static_cast<std::uint32_t>(matched.size());
      lookup(tok);
      std::sort(matched.begin() + w.m_begin, matched.end());
      matched.erase(std::unique(matched.begin() + w.m_begin, matched.end()), matched.end());
      w.m_end = static_cast<std::uint32_t>(matched.size());
      items.push_back(w);
      prev_end = tok.end;
    }
  }

  void lookup(const text::Token& tok) {
    if (auto it = tagger.exact_.find(std::string_view(tok.stem)); it != tagger.exact_.end())
      matched.insert(matched.end(), it->second.begin(), it->second.end());
    if (tok.norm != tok.stem)
      if (auto it = tagger.exact_.find(std::string_view(tok.norm)); it != tagger.exact_.end())
        matched.insert(matched.end(), it->second.begin(), it->second.end());
    if (tok.norm.size() >= 6 && !tagger.prefixes6_.empty())
      if (auto it = tagger.prefixes6_.find(std::string_view(tok.norm).substr(0, 6)); it != tagger.prefixes6_.end())
        for (const auto& [prefix, id] : it->second)
          if (starts_with(tok.norm, prefix)) matched.push_back(id);
    if (tok.norm.size() >= 4 && !tagger.prefixes4_.empty())
      if (auto it = tagger.prefixes4_.find(std::string_view(tok.norm).substr(0, 4)); it != tagger.prefixes4_.end())
        for (const auto& [prefix, id] : it->second)
          if (starts_with(tok.norm, prefix)) matched.push_back(id);
  }

  bool has(std::size_t p, std::uint32_t id) const {
    const Item& it = items[p];
    for (std::uint32_t m = it.m_begin; m < it.m_end; ++m)
      if (matched[m] == id) return true;
    return false;
  }

  static bool is_break(ItemKind k) { return k == ItemKind::brk || k == ItemKind::newline || k == ItemKind::start; }

  // Element k of `e` at item p, then the rest.
  bool try_at(const Expression& e, std::size_t k, std::size_t p) {
    const Element& el = e.elements[k];
    const Item& it = items[p];
    auto rest = [&](std::size_t end) {
      bound[k] = p;
      if (k + 1 == e.elements.size()) {
        bound_end = end;
        return true;
      }
      return match(e, k + 1, end + 1);
    };
    switch (el.kind) {
      case Element::Kind::word:
        return it.kind == ItemKind::word && has(p, el.id) && rest(p);
      case Element::Kind::line_start:
        return (it.kind == ItemKind::start || it.kind == ItemKind::newline) && rest(p);
      case Element::Kind::dash:
        return it.kind == ItemKind::dash && rest(p);
      case Element::Kind::comma:
        return it.kind == ItemKind::comma && rest(p);
      case Element::Kind::colon:
        return it.kind == ItemKind::colon && rest(p);
      case Element::Kind::term:
        if (it.kind != ItemKind::word || !terms) return false;
        for (std::size_t h = 0; h < terms->size(); ++h) {
          const Hit& hit = (*terms)[h];
          if (hit.first != p || hit.dropped) continue;
          bound_term = h;
          if (rest(hit.last)) {
            bound_term = h;
            return true;
          }
        }
        return false;
    }
    return false;
  }

  // Element k somewhere from item `pos` on, with at most max_gap words skipped, never
  // across a sentence end.
  bool match(const Expression& e, std::size_t k, std::size_t pos) {
    std::size_t gap = e.elements[k].max_gap, words = 0;
    for (std::size_t p = pos; p < items.size(); ++p) {
      if (try_at(e, k, p)) return true;
      ItemKind kind = items[p].kind;
      if (is_break(kind)) return false;
      if (kind == ItemKind::word && ++words > gap) return false;
    }
    return false;
  }

  bool match_at(const Expression& e, std::size_t p) {
    bound.assign(e.elements.size(), 0);
    return try_at(e, 0, p);
  }

  // 1. Every concept rule, tried where its first word stands. 2. Exclusions (the traps)
  // cancel the evidence of their tag that they overlap.
  std::vector<Hit> evidence() {
    const auto& tags = tagger.rules_.tags();
    std::vector<Hit> hits;
    for (std::size_t p = 0; p < items.size(); ++p) {
      const Item& it = items[p];
      if (it.kind != ItemKind::word) continue;
      for (std::uint32_t m = it.m_begin; m < it.m_end; ++m) {
        for (const Tagger::Start& s : tagger.starts_[matched[m]]) {
          const ConceptRule& rule = tags[s.tag].rules[s.rule];
          if (match_at(rule.expr, p)) hits.push_back(Hit{s.tag, s.rule, rule.kind, p, bound_end, it.sentence});
        }
      }
    }
    for (const Hit& x : hits) {
      if (x.kind != RuleKind::exclude) continue;
      for (Hit& h : hits)
        if (h.kind != RuleKind::exclude && h.tag == x.tag && h.first <= x.last && x.first <= h.last) h.dropped = true;
    }
    return hits;
  }

  std::size_t byte_start(std::size_t item) const { return tokens[items[item].token].start; }
  std::size_t byte_end(std::size_t item) const { return tokens[items[item].token].end; }
};

std::vector<std::string> Tagger::senses(std::string_view text, const text::Analysis& analysis) const {
  std::set<std::string> out;
  if (analysis.tokens.empty()) return {};
  PassageScan scan(*this, text, analysis.tokens);
  scan.build();
  const auto& tags = rules_.tags();
  for (const Hit& h : scan.evidence()) {
    if (h.dropped || h.kind == RuleKind::exclude) continue;
    const TagRules& t = tags[h.tag];
    if (h.kind == RuleKind::term ||
        std::find(t.definable.begin(), t.definable.end(), t.rules[h.rule].clue) != t.definable.end())
      out.insert(t.name);
  }
  return {out.begin(), out.end()};
}

PassageTags Tagger::tag(std::string_view text, const text::Analysis& analysis) const {
  PassageTags out;
  if (analysis.tokens.empty()) return out;
  PassageScan scan(*this, text, analysis.tokens);
  scan.build();
  const auto& tags = rules_.tags();

  // 1-2. Every concept rule where it matches; exclusions applied.
  std::vector<Hit> hits = scan.evidence();
  if (hits.empty()) return out;
  // 3. A table of contents (several heading lines) names concepts without being about
  // them; so does a list of references (the lines after "Список литературы:").
  {
    std::vector<bool> heading, reference;
    std::size_t count = 0, begin = 0;
    bool in_references = false;
    while (begin <= text.size()) {
      std::size_t nl = text.find('\n', begin);
      std::string_view line = text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin);
      heading.push_back(is_heading_line(line));
      reference.push_back(in_references);
      in_references = in_references || is_reference_header(line);
      count += heading.back();
      if (nl == std::string_view::npos) break;
      begin = nl + 1;
    }
    for (Hit& h : hits) {
      std::uint32_t line = scan.items[h.first].line;
      if (line < heading.size() && ((count >= 2 && heading[line]) || reference[line])) h.dropped = true;
    }
  }
  // 4. A term inside a longer term of another tag belongs to that one ("сексуалдық
  // қудалау" is sexual harassment, not the stalking sense of "қудалау").
  for (Hit& h : hits) {
    if (h.kind != RuleKind::term || h.dropped) continue;
    for (const Hit& g : hits)
      if (g.kind == RuleKind::term && !g.dropped && g.tag != h.tag && g.first <= h.first && h.last <= g.last &&
          (g.first != h.first || g.last != h.last)) {
        h.dropped = true;
        break;
      }
  }

  // 5. Tags: a term, or every clue of a `needs` line in one sentence.
  std::vector<bool> on(tags.size(), false);
  std::vector<Hit> terms;
  for (const Hit& h : hits)
    if (!h.dropped && h.kind == RuleKind::term) {
      on[h.tag] = true;
      terms.push_back(h);
    }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> clue_sentences;  // (tag, sentence) that fired
  {
    // The clue names present per (tag, sentence), gathered once: common words make many
    // clue hits, and every `needs` line is checked against each sentence.
    std::vector<std::tuple<std::uint32_t, std::uint32_t, const std::string*>> present;
    for (const Hit& h : hits)
      if (!h.dropped && h.kind == RuleKind::clue) present.emplace_back(h.tag, h.sentence, &tags[h.tag].rules[h.rule].clue);
    std::sort(present.begin(), present.end());
    for (std::size_t i = 0; i < present.size();) {
      const auto [t, sentence, first_name] = present[i];
      std::size_t j = i;
      while (j < present.size() && std::get<0>(present[j]) == t && std::get<1>(present[j]) == sentence) ++j;
      for (const auto& need : tags[t].needs) {
        bool all = true;
        for (const std::string& name : need) {
          bool found = false;
          for (std::size_t k = i; k < j && !found; ++k) found = *std::get<2>(present[k]) == name;
          if (!(all = found)) break;
        }
        if (all) {
          on[t] = true;
          clue_sentences.emplace_back(t, sentence);
          break;
        }
      }
      i = j;
    }
  }
  auto counted = [&](const Hit& h) {
    if (h.dropped || h.kind == RuleKind::exclude) return false;
    return h.kind == RuleKind::term || std::find(clue_sentences.begin(), clue_sentences.end(),
                                                 std::make_pair(h.tag, h.sentence)) != clue_sentences.end();
  };
  // A clue that gave its tag may be what a definition defines ("определить
  // преследование как ...": the ambiguous word is a clue, its sentence decided).
  for (const Hit& h : hits) {
    if (h.kind != RuleKind::clue || !counted(h)) continue;
    const auto& definable = tags[h.tag].definable;
    if (std::find(definable.begin(), definable.end(), tags[h.tag].rules[h.rule].clue) != definable.end())
      terms.push_back(h);
  }

  // 6. Definitions: a pattern around a term; a negative pattern in the same sentence
  // ("нет определения") cancels it, and so does a class statement ("X – это тоже
  // насилие") that no content clause ("при которой …") follows.
  struct Found {
    std::uint32_t tag;
    std::uint32_t sentence;
    std::size_t start, end;
    std::size_t body_first;  // items from here to the sentence end say what the term means
    const DefinitionRule* rule;
    std::size_t match_first, match_last;
  };
  std::vector<Found> found;
  std::set<std::uint32_t> negated;
  std::vector<std::pair<std::uint32_t, std::size_t>> classes, contents;  // (sentence, item)
  if (!terms.empty()) {
    scan.terms = &terms;
    for (const DefinitionRule& d : rules_.definitions()) {
      const Expression& e = d.expr;
      for (std::size_t p = 0; p < scan.items.size(); ++p) {
        if (!scan.match_at(e, p)) continue;
        switch (d.role) {
          case DefinitionRole::negative:
            for (std::size_t q = p; q <= scan.bound_end; ++q) negated.insert(scan.items[q].sentence);
            continue;
          case DefinitionRole::class_statement:
            classes.emplace_back(scan.items[p].sentence, p);
            continue;
          case DefinitionRole::content:
            contents.emplace_back(scan.items[scan.bound_end].sentence, p);
            continue;
          case DefinitionRole::define:
            break;
        }
        const Hit& term = terms[scan.bound_term];
        std::size_t first = term.first, last = term.last;
        // A glossary line "N) term – definition": the term is the whole head of the line;
        // and in "«X» – форма сексуального домогательства, при которой …" the term of a tag
        // stands after the dash as the genus, and the head X is what is defined.
        if (e.elements.front().kind == Element::Kind::line_start) {
          std::size_t dash = 0;
          for (std::size_t k = 1; k < e.elements.size(); ++k)
            if (e.elements[k].kind == Element::Kind::dash) dash = scan.bound[k];
          // "N. Offence –" closing its line introduces the sanction on the next ("влечет
          // штраф", "айыппұл салуға әкеп соғады"), not a definition: a glossary definition
          // goes on after its dash.
          if (dash > 0 && (dash + 1 >= scan.items.size() || scan.items[dash + 1].kind == ItemKind::newline)) continue;
          if (dash > 0) {
            std::size_t f = scan.bound[0] + 1;
            while (f < dash) {
              const Item& it = scan.items[f];
              if (it.kind == ItemKind::word) {
                const text::Token& tok = analysis.tokens[it.token];
                bool numbering = is_digits(tok.surface) ||
                                 (tok.surface.size() <= 4 && tok.end < text.size() && text[tok.end] == ')');
                if (!numbering) break;
              }
              ++f;
            }
            std::size_t l = dash;
            while (l > f && scan.items[l].kind != ItemKind::word) --l;
            if (f < dash && scan.items[f].kind == ItemKind::word && scan.items[l].kind == ItemKind::word &&
                ((f <= term.first && l >= term.last) || term.first > dash))
              first = f, last = l;
            else if (term.first > dash)
              continue;  // a genus after a dash with no head before it defines nothing
          }
        }
        found.push_back(Found{term.tag, term.sentence, scan.byte_start(first), scan.byte_end(last), scan.bound_end + 1,
                              &d, p, scan.bound_end});
      }
    }
  }
  auto cancelled = [&](const Found& f) {
    if (negated.count(f.sentence)) return true;
    for (const auto& [sentence, at] : classes) {
      if (sentence != f.sentence) continue;
      bool content = false;
      for (const auto& [cs, cat] : contents) content |= cs == sentence && cat > at;
      if (!content) return true;
    }
    return false;
  };
  std::erase_if(found, cancelled);
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return std::tie(a.start, a.end, a.tag) < std::tie(b.start, b.end, b.tag); });

  // 7. The body of a definition is about its own concept: words of another tag that only
  // occur there ("буллинг – … қорлау, қудалау, қорқыту", "травля – … постоянное
  // преследование") do not give that tag.
  auto sentence_end = [&](std::size_t item) {
    std::size_t q = item;
    while (q + 1 < scan.items.size() && scan.items[q + 1].sentence == scan.items[item].sentence) ++q;
    return q;
  };
  for (std::uint32_t t = 0; t < tags.size(); ++t) {
    if (!on[t]) continue;
    bool all_inside = true, any = false;
    for (const Hit& h : hits) {
      if (h.tag != t || !counted(h)) continue;
      any = true;
      bool inside = false;
      for (const Found& f : found)
        inside |= f.tag != t && f.sentence == h.sentence && h.first >= f.body_first &&
                  f.body_first < scan.items.size() && h.last <= sentence_end(f.body_first);
      all_inside = all_inside && inside;
    }
    if (any && all_inside) {
      on[t] = false;
      std::erase_if(clue_sentences, [t](const auto& cs) { return cs.first == t; });
      std::erase_if(found, [t](const Found& f) { return f.tag == t; });
    }
  }

  std::vector<std::uint32_t> implied_by(tags.size(), UINT32_MAX);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::uint32_t t = 0; t < tags.size(); ++t)
      if (on[t])
        for (std::uint32_t i : implies_[t])
          if (!on[i]) {
            on[i] = changed = true;
            implied_by[i] = t;
          }
  }
  for (std::uint32_t t = 0; t < tags.size(); ++t)
    if (on[t]) out.tags.push_back(tags[t].name);
  std::sort(out.tags.begin(), out.tags.end());

  // The evidence, and why each tag was given.
  for (const Hit& h : hits) {
    if (!counted(h) || !on[h.tag]) continue;
    out.matches.push_back(TagMatch{tags[h.tag].name, scan.byte_start(h.first), scan.byte_end(h.last)});
    const ConceptRule& rule = tags[h.tag].rules[h.rule];
    out.explanations.push_back(Explanation{tags[h.tag].name, h.kind == RuleKind::term ? "term" : "clue " + rule.clue,
                                           rule.expr.file, rule.expr.line, rule.expr.source,
                                           std::string(text.substr(scan.byte_start(h.first),
                                                                   scan.byte_end(h.last) - scan.byte_start(h.first))),
                                           scan.byte_start(h.first), scan.byte_end(h.last)});
  }
  for (std::uint32_t t = 0; t < tags.size(); ++t)
    if (on[t] && implied_by[t] != UINT32_MAX)
      out.explanations.push_back(Explanation{tags[t].name, "implied", "", 0, "implied by " + tags[implied_by[t]].name,
                                             "", 0, 0});
  std::sort(out.matches.begin(), out.matches.end(),
            [](const TagMatch& a, const TagMatch& b) { return std::tie(a.start, a.end, a.tag) < std::tie(b.start, b.end, b.tag); });
  std::stable_sort(out.explanations.begin(), out.explanations.end(),
                   [](const Explanation& a, const Explanation& b) { return a.tag < b.tag; });

  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    if (i > 0 && found[i - 1].tag == f.tag && found[i - 1].start == f.start && found[i - 1].end == f.end) continue;
    // One definition per tag and term position: a head that holds a shorter hit wins.
    bool inside = false;
    for (const Found& g : found)
      inside |= g.tag == f.tag && g.start <= f.start && f.end <= g.end && (g.start != f.start || g.end != f.end);
    if (inside) continue;
    out.definitions.push_back(
        Definition{tags[f.tag].name, std::string(text.substr(f.start, f.end - f.start)), f.start, f.end});
    const std::size_t ms = scan.items[f.match_first].kind == ItemKind::word ? scan.byte_start(f.match_first) : f.start;
    // The matched words; a pattern that ends on a dash or a colon shows the word after it.
    std::size_t me = f.end, last = f.match_last;
    if (scan.items[last].kind != ItemKind::word && last + 1 < scan.items.size() &&
        scan.items[last + 1].kind == ItemKind::word)
      ++last;
    for (std::size_t q = last + 1; q-- > f.match_first;)
      if (scan.items[q].kind == ItemKind::word) {
        me = std::max(me, scan.byte_end(q));
        break;
      }
    const std::size_t s0 = std::min(ms, f.start);
    out.explanations.push_back(Explanation{tags[f.tag].name, "definition", f.rule->expr.file, f.rule->expr.line,
                                           f.rule->expr.source, std::string(text.substr(s0, me - s0)), s0, me});
  }
  return out;
}

}  // namespace lexkz::concepts
