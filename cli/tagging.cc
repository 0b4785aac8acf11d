#include "cli/tagging.h"

#include <lexkz_data.h>

#include <fstream>
#include <sstream>

#include "cli/errors.h"
#include "concepts/tagger.h"

namespace lexkz::cli {

concepts::RuleSet load_rules(const std::string& extra_rules_path, text::Analyzer& analyzer) {
  concepts::RuleSet rules = concepts::RuleSet::builtin(analyzer);
  try {
    if (!extra_rules_path.empty()) rules.add(concepts::RuleSet::load_file(extra_rules_path, analyzer));
  } catch (const concepts::RuleError& e) {
    throw UsageError(std::string(e.what()) + " — fix the rule file (rules/README.md)");
  }
  return rules;
}

concepts::PassageTags tag_passage(const concepts::Tagger& tagger, const indexer::Document& doc,
                                  const indexer::Passage& passage, const text::Analysis& analysis) {
  if (!indexer::is_taggable(passage)) return {};
  return tagger.tag(std::string_view(doc.text).substr(passage.start, passage.end - passage.start), analysis);
}

indexer::Annotator make_annotator(const std::string& extra_rules_path) {
  text::Analyzer analyzer;
  auto tagger = std::make_shared<const concepts::Tagger>(load_rules(extra_rules_path, analyzer));
  return [tagger](const indexer::Document& doc, const indexer::Passage& p, const text::Analysis& analysis,
                  indexer::PassageRecord& rec) {
    concepts::PassageTags tags = tag_passage(*tagger, doc, p, analysis);
    rec.tags = std::move(tags.tags);
    for (const concepts::Definition& d : tags.definitions)
      rec.definitions.push_back({d.tag, d.term, d.start + p.start, d.end + p.start});
  };
}

std::string pipeline_fingerprint(const std::string& extra_rules_path, const std::string& options) {
  // Bump when analysis or tagging code changes what it produces for the same text.
  constexpr std::string_view kPipelineVersion = "lexkz pipeline 2";
  std::string extra;
  if (!extra_rules_path.empty()) {
    std::ifstream in(extra_rules_path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    extra = text.str();
  }
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the parts, each closed by 0xff
  for (std::string_view part : {kPipelineVersion, data::tags_rules, data::ru_txt, data::kk_txt,
                                data::kk_latin_cyrillic_rules, data::kk_stem_exceptions_txt,
                                std::string_view(extra), std::string_view(options)}) {
    for (unsigned char c : part) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  }
  return std::to_string(h);
}

}  // namespace lexkz::cli
