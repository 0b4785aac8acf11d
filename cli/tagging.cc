#include "cli/tagging.h"

#include "cli/errors.h"
#include "query/tagger.h"

namespace lexkz::cli {

query::RuleSet load_rules(const std::string& extra_rules_path, text::Analyzer& analyzer) {
  query::RuleSet rules = query::RuleSet::builtin(analyzer);
  try {
    if (!extra_rules_path.empty()) rules.add(query::RuleSet::load_file(extra_rules_path, analyzer));
  } catch (const query::RuleError& e) {
    throw UsageError(std::string(e.what()) + " — fix the rule file (rules/README.md)");
  }
  return rules;
}

indexer::Annotator make_annotator(const std::string& extra_rules_path) {
  text::Analyzer analyzer;
  auto tagger = std::make_shared<const query::Tagger>(load_rules(extra_rules_path, analyzer));
  return [tagger](const indexer::Document& doc, const indexer::Passage& p, const text::Analysis& analysis,
                  indexer::PassageRecord& rec) {
    std::string_view body(doc.text.data() + p.start, p.end - p.start);
    query::PassageTags tags = tagger->tag(body, analysis);
    rec.tags = std::move(tags.tags);
    for (const query::Definition& d : tags.definitions)
      rec.definitions.push_back({d.tag, d.term, d.start + p.start, d.end + p.start});
  };
}

}  // namespace lexkz::cli
