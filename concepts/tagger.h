#pragma once
// The tagger (issue 4, TAGS.md): a passage's analyzer tokens → its tags and the
// definitions it gives. Rules come as data (concepts/rules.h); they are compiled once into
// hash lookups on stems and norms, and each passage's tokens are scanned once. No Xapian:
// the indexer stores the result as boolean terms, `define` reads `definitions`.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "concepts/rules.h"
#include "text/analyzer.h"

namespace lexkz::concepts {

/// A definition found in a passage: which concept, the term as written, where.
struct Definition {
  std::string tag;         ///< the defined concept's tag
  std::string term;        ///< the defined term as written in the passage
  std::size_t start = 0;   ///< byte offset of the term in the passage text
  std::size_t end = 0;     ///< one past its last byte
};

/// A stretch of the passage that counted as evidence for a tag (for marking matches).
struct TagMatch {
  std::string tag;
  std::size_t start = 0;  ///< byte offsets into the passage text, half-open
  std::size_t end = 0;
};

/// Why a tag or a definition was given (`lexkz tag --explain`): the rule that fired, where
/// it is written, and the words of the passage it matched.
struct Explanation {
  std::string tag;
  /// "term", "clue NAME" (a clue of a `needs:` line that fired in its sentence), "implied"
  /// (brought along by another tag: `rule` names it), or "definition".
  std::string kind;
  std::string file;       ///< the rule file ("rules/tags.rules", a --rules file)
  std::size_t line = 0;   ///< its line there (0 for "implied")
  std::string rule;       ///< the rule as written
  std::string match;      ///< the passage words it matched
  std::size_t start = 0;  ///< byte offsets of the match in the passage text, half-open
  std::size_t end = 0;
};

/// The tagger's verdict on one passage.
struct PassageTags {
  std::vector<std::string> tags;           ///< sorted, unique
  std::vector<Definition> definitions;     ///< in text order
  std::vector<TagMatch> matches;           ///< the evidence, in text order
  std::vector<Explanation> explanations;   ///< per tag, then per definition; text order within
  bool empty() const { return tags.empty(); }
};

/// Compiled rules. Immutable after construction: tag() is const and may run on many
/// threads at once (each with its own Analyzer).
class Tagger {
 public:
  /// Compiles `rules`. Throws RuleError when a tag implies a tag no rule defines.
  explicit Tagger(const RuleSet& rules);

  /// Tags `text` given its analysis (Analyzer::analyze of exactly this text).
  PassageTags tag(std::string_view text, const text::Analysis& analysis) const;

  /// The tags a short text (a term typed to `define`) may name: those of its terms, and of
  /// its clues that a definition may define (`defines:`), exclusions applied, `needs`
  /// ignored — "преследование" may name stalking although alone it gives no tag. Sorted.
  std::vector<std::string> senses(std::string_view text, const text::Analysis& analysis) const;

  /// Every tag the rules know, sorted.
  std::vector<std::string> tag_names() const;

 private:
  struct Transparent {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Start {
    std::uint32_t tag;
    std::uint32_t rule;
  };
  friend struct PassageScan;

  RuleSet rules_;
  std::unordered_map<std::string, std::vector<std::uint32_t>, Transparent, std::equal_to<>> exact_;
  using PrefixBuckets = std::unordered_map<std::string, std::vector<std::pair<std::string, std::uint32_t>>,
                                           Transparent, std::equal_to<>>;
  /// Norm prefixes bucketed by their first six bytes (three Cyrillic letters), and the
  /// shorter ones by their first four: a word looks at two small buckets, not at every
  /// rule that starts "не…" or "по…".
  PrefixBuckets prefixes6_, prefixes4_;
  std::vector<std::vector<Start>> starts_;             ///< element id → concept rules opening with it
  std::vector<std::vector<std::uint32_t>> implies_;    ///< tag → implied tags (indices)
};

}  // namespace lexkz::concepts
