#pragma once
// Tag rules as data (issue 4, TAGS.md): the parser of the rule format that
// rules/README.md documents for the lawyers who edit it, and the compiled form the
// tagger runs. Rule words are written in their dictionary form and stemmed by the same
// Analyzer that analyses the text, so every inflection of a word matches.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"
#include "text/lang.h"

namespace lexkz::concepts {

/// A rule file that cannot be read: what() is "FILE:LINE: what is wrong".
class RuleError : public std::runtime_error {
 public:
  RuleError(const std::string& file, std::size_t line, const std::string& what);
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }

 private:
  std::string file_;
  std::size_t line_;
};

/// One step of an expression.
struct Element {
  enum class Kind : std::uint8_t {
    word,        ///< one of `alternatives`: a stem key set or a norm prefix
    term,        ///< TERM in a definition pattern: any concept term of any tag
    line_start,  ///< ^ : the start of the passage or of a line
    dash,        ///< – — or a spaced hyphen
    comma,       ///< ,
    colon,       ///< :
  };
  Kind kind = Kind::word;
  /// For words: an id per element, used by the tagger's stem index.
  std::uint32_t id = 0;
  /// Words allowed between the previous element and this one (~N), within a sentence.
  std::uint16_t max_gap = 0;
  /// The words as written (for messages and the README's examples).
  std::string source;
};

/// A sequence of elements with gaps, matched on one sentence's tokens in order.
struct Expression {
  std::vector<Element> elements;
  text::Lang lang = text::Lang::none;  ///< the language its words were stemmed in
  std::string file;
  std::size_t line = 0;
  std::string source;  ///< the line as written
};

/// What a concept line contributes to its tag.
enum class RuleKind : std::uint8_t {
  term,     ///< names the concept: enough for the tag, and can be defined
  clue,     ///< evidence only in combination (`needs:`)
  exclude,  ///< `not`: words it covers are no evidence for this tag (the traps)
};

/// One concept line of a tag section.
struct ConceptRule {
  RuleKind kind = RuleKind::term;
  std::string clue;  ///< the clue's name, for kind == clue
  Expression expr;
};

/// Everything about one tag.
struct TagRules {
  std::string name;
  std::vector<std::string> implies;  ///< tags this one always brings along
  std::vector<ConceptRule> rules;
  /// Each inner list: clue names that together, in one sentence, give the tag.
  std::vector<std::vector<std::string>> needs;
  /// Clues (`defines: NAME`) that, once their sentence has given the tag, may be the term
  /// a definition defines ("преследование – …"); other clues never are ("равенство – …"
  /// defines equality, not discrimination).
  std::vector<std::string> definable;
};

/// What a pattern of the [definitions] section does.
enum class DefinitionRole : std::uint8_t {
  define,           ///< `ru: …` — finds a definition of TERM
  negative,         ///< `not ru: …` — cancels definitions in its sentence ("нет определения")
  class_statement,  ///< `class ru: …` — the dash sentence states a class or a verdict, not the
                    ///< content ("X – это тоже насилие", "X – бұл да … бір түрі"): cancels the
                    ///< definitions of its sentence unless a `content` pattern follows it
  content,          ///< `content ru: …` — a clause saying what the thing consists of ("при
                    ///< которой", "выражающееся в", "онда"): keeps a class statement a definition
};

/// A definition pattern (section [definitions]).
struct DefinitionRule {
  bool negative = false;  ///< role != define: the pattern finds no definition itself
  Expression expr;
  DefinitionRole role = DefinitionRole::define;
};

/// A word alternative of an element, compiled: exact stem keys or a norm prefix.
struct WordKey {
  std::string key;     ///< a stem / norm (exact) or a norm prefix
  bool prefix = false;
  std::uint32_t element = 0;  ///< Element::id it belongs to
};

/// A complete, compiled rule set.
class RuleSet {
 public:
  /// Parses rule text; `file` names it in errors. Throws RuleError.
  static RuleSet parse(std::string_view text, const std::string& file, text::Analyzer& analyzer);
  /// Reads and parses a file. Throws RuleError (also when it cannot be read).
  static RuleSet load_file(const std::string& path, text::Analyzer& analyzer);
  /// The rules compiled into the binary (rules/tags.rules).
  static RuleSet builtin(text::Analyzer& analyzer);

  /// Adds `other`'s tags (rules of a tag already known are appended), groups and
  /// definition patterns: how `--rules FILE` extends the built-in set.
  void add(RuleSet other);

  const std::vector<TagRules>& tags() const { return tags_; }
  const std::vector<DefinitionRule>& definitions() const { return definitions_; }
  const std::vector<WordKey>& words() const { return words_; }
  std::uint32_t element_count() const { return next_element_; }

 private:
  friend class RuleParser;
  std::vector<TagRules> tags_;
  std::vector<DefinitionRule> definitions_;
  std::vector<WordKey> words_;
  std::uint32_t next_element_ = 0;
};

}  // namespace lexkz::concepts
