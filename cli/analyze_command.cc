// `lexkz analyze`: runs the analyzer on the given text and prints its tokens.
#include <iostream>
#include <iterator>

#include "cli/errors.h"
#include "cli/subcommands.h"
#include "cli/token_printer.h"
#include "text/analyzer.h"
#include "text/decode.h"

namespace lexkz::cli {

Runner setup_analyze(CLI::App& app) {
  struct Options {
    std::string lang = "auto";
    std::string format = "text";
    std::vector<std::string> words;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("--lang", opt->lang, "Language: auto (detect), ru or kk")
      ->check(CLI::IsMember({"auto", "ru", "kk"}));
  app.add_option("--format", opt->format, "Output: text (for people) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("TEXT", opt->words, "The text to analyse ('-' reads standard input)")->required();

  return [opt]() {
    std::string input;
    if (opt->words.size() == 1 && opt->words[0] == "-") {
      input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      for (const std::string& w : opt->words) {
        if (!input.empty()) input += ' ';
        input += w;
      }
    }
    // Text from outside is decoded at the edge: argv and stdin may be in any encoding.
    std::string text;
    try {
      text = text::decode_to_utf8(input).text;
    } catch (const text::DecodeError& e) {
      throw UsageError(std::string(opt->words[0] == "-" ? "<stdin>" : "TEXT") + ": byte " +
                       std::to_string(e.offset) + ": " + e.what() + " — give UTF-8 text");
    }
    text::Analyzer analyzer;
    text::Analysis analysis = analyzer.analyze(text, *text::parse_lang_mode(opt->lang));
    if (opt->format == "jsonl") print_tokens_jsonl(std::cout, analysis);
    else print_tokens_text(std::cout, analysis);
    return kOk;
  };
}

}  // namespace lexkz::cli
