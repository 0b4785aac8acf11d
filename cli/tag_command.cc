// `lexkz tag`: inputs → documents → passages → analyser → tagger → printer. No index.
#include <algorithm>
#include <iostream>
#include <thread>

#include "cli/errors.h"
#include "cli/reader_messages.h"
#include "cli/subcommands.h"
#include "cli/tag_printer.h"
#include "cli/tagging.h"
#include "indexer/document_metadata.h"
#include "indexer/reader.h"
#include "indexer/passage_analysis.h"
#include "concepts/rules.h"
#include "concepts/tagger.h"
#include "text/analyzer.h"

namespace lexkz::cli {

Runner setup_tag(CLI::App& app) {
  struct Options {
    std::string format = "jsonl", rules, lang = "auto", type;
    bool all = false, ocr = false, explain = false;
    std::vector<std::string> inputs;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("--format", opt->format, "Output: jsonl (one line per passage) or text (for people)")
      ->check(CLI::IsMember({"jsonl", "text"}));
  app.add_flag("--all", opt->all, "Print every passage, tagged or not");
  app.add_flag("--explain", opt->explain,
               "Say which rule (file:line, the rule as written, the words it matched) gave each tag and definition");
  app.add_option("--rules", opt->rules, "Extra tag rules file, added to the built-in rules (rules/README.md)");
  app.add_option("--lang", opt->lang, "Language of the inputs: auto (detect per passage), ru or kk")
      ->check(CLI::IsMember({"auto", "ru", "kk"}));
  app.add_option("--type", opt->type, "Document type: statute, ruling, transcript, convention, other")
      ->check(CLI::IsMember({"statute", "ruling", "transcript", "convention", "other"}));
  app.add_flag("--ocr", opt->ocr, "Read PDF pages that have no text layer (scans) with Tesseract, kaz+rus, on every core");
  app.add_option("INPUT", opt->inputs, "Files (.txt .html .htm .jsonl .pdf), directories, or - for JSONL on stdin")
      ->required();

  return [opt]() {
    text::Analyzer analyzer;
    concepts::RuleSet rules = load_rules(opt->rules, analyzer);
    const concepts::Tagger tagger(rules);

    indexer::ReaderOptions options;
    if (!opt->type.empty()) options.type = opt->type;
    if (opt->lang != "auto") options.lang = opt->lang;
    options.ocr = opt->ocr;
    options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    print_reader_messages(options);
    const bool text_format = opt->format == "text";
    std::size_t rejected = 0;
    auto on_document = [&](indexer::Document&& doc) {
      // The index's own path (indexer/passage_analysis.h, cli/tagging.h): same passages,
      // same analysis modes, same tags.
      indexer::AnalysedPassages analysed = indexer::analyse_passages(doc, analyzer, text::LangMode::automatic);
      for (std::size_t i = 0; i < analysed.passages.size(); ++i) {
        const indexer::Passage& p = analysed.passages[i];
        concepts::PassageTags tags = tag_passage(tagger, doc, p, analysed.analyses[i]);
        if (tags.empty() && !opt->all) continue;
        indexer::PassageRecord metadata;
        indexer::fill_passage_metadata(doc, p, metadata);
        TaggedPassage out{&p, i, doc.text, analysed.analyses[i].lang, &tags, &metadata, opt->explain};
        if (text_format) print_tagged_text(std::cout, out);
        else print_tagged_jsonl(std::cout, out);
      }
    };
    auto on_rejection = [&](const indexer::Rejection& r) {
      ++rejected;
      std::cerr << "lexkz: error: " << indexer::to_string(r) << '\n';
    };
    indexer::RealFileSystem fs;
    indexer::read_inputs(opt->inputs, fs, options, on_document, on_rejection);
    std::cout.flush();
    return rejected ? kBadInput : kOk;
  };
}

}  // namespace lexkz::cli
