#define BOOST_TEST_MODULE langid_test
#include <boost/test/unit_test.hpp>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/langid.h"

using namespace lexkz::text;

namespace {

struct Row {
  std::string_view word;
  Lang expected;
};

// Evidence of each space-separated (already folded) word of `text`.
std::vector<Lang> evidence_of(std::string_view text) {
  std::vector<Lang> out;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) out.push_back(token_lang_evidence(w));
  return out;
}

Lang detect(std::string_view text) { return passage_lang(evidence_of(text)); }

}  // namespace

// One row per rule of langid.cc, in the order the rules fire.
BOOST_AUTO_TEST_CASE(token_evidence_table) {
  const Row rows[] = {
      // undecided: empty, digits, Latin, punctuation, mixed scripts, Roman numerals
      {"", Lang::none},
      {"2024", Lang::none},
      {"108-1", Lang::none},
      {"law", Lang::none},
      {"vі", Lang::none},
      {"ііі", Lang::none},        // U+0456 ×3: a Roman numeral in look-alikes
      {"хі", Lang::none},
      {"президент", Lang::none},  // same in both languages
      {"бюджет", Lang::none},     // a loan: follows its passage
      {"инвестиция", Lang::none},
      {"германия", Lang::none},   // -ания of a loan, not the Russian genitive
      {"компания", Lang::none},
      {"он", Lang::none},         // 'ten' in Kazakh, 'he' in Russian
      // Kazakh-only letters, lower and upper case
      {"құқық", Lang::kk},
      {"әйел", Lang::kk},
      {"заң", Lang::kk},
      {"бұл", Lang::kk},
      {"үшін", Lang::kk},
      {"өмір", Lang::kk},
      {"ғылым", Lang::kk},
      {"һ", Lang::kk},
      {"ҚҰҚЫҚ", Lang::kk},
      {"ЗАҢ", Lang::kk},
      // Kazakh words spelled with shared letters
      {"мен", Lang::kk},
      {"осы", Lang::kk},
      {"бойынша", Lang::kk},
      {"туралы", Lang::kk},
      {"немесе", Lang::kk},
      {"да", Lang::kk},
      {"деп", Lang::kk},
      // Russian function and frequent words
      {"и", Lang::ru},
      {"в", Lang::ru},
      {"с", Lang::ru},            // not a Roman numeral: no і
      {"не", Lang::ru},
      {"что", Lang::ru},
      {"для", Lang::ru},
      {"граждан", Lang::ru},      // would otherwise look like Kazakh -дан
      // Russian endings
      {"государственного", Lang::ru},
      {"ответственности", Lang::ru},
      {"применяются", Lang::ru},
      {"законом", Lang::ru},
      {"лица", Lang::ru},
      {"освобожден", Lang::ru},   // -жден before Kazakh -ден
      {"республики", Lang::ru},
      {"тяжкие", Lang::ru},
      {"образования", Lang::ru},
      {"суда", Lang::ru},
      // Kazakh suffixes with shared letters
      {"балалар", Lang::kk},
      {"адамдар", Lang::kk},
      {"депутаттар", Lang::kk},
      {"баласы", Lang::kk},
      {"конституциясы", Lang::kk},
      {"жылдан", Lang::kk},
      {"сонымен", Lang::kk},
      {"келген", Lang::kk},
      {"болып", Lang::kk},
      {"алады", Lang::kk},
      {"болатын", Lang::kk},
      {"судьяларды", Lang::kk},   // a loan with ь, inflected the Kazakh way
      {"судьяларына", Lang::kk},
      {"ескере", Lang::none},     // Kazakh converb, not Russian prepositional -ре
      {"договоре", Lang::ru},
      {"размере", Lang::ru},
      {"передан", Lang::ru},
      {"проведен", Lang::ru},
      {"спортсмен", Lang::ru},
      {"мемлекеттен", Lang::kk},
      // Russian-only letters
      {"объект", Lang::ru},
      {"общем", Lang::ru},
      {"семья", Lang::ru},
      {"часть", Lang::ru},
  };
  for (const Row& r : rows) {
    BOOST_TEST_CONTEXT("word '" << r.word << "'") {
      BOOST_TEST(lang_code(token_lang_evidence(r.word)) == lang_code(r.expected));
    }
  }
}

// Suffixes need two letters of stem before them: short words are not mistaken.
BOOST_AUTO_TEST_CASE(short_words_are_not_suffixes) {
  BOOST_TEST(lang_code(token_lang_evidence("ом")) == "");
  BOOST_TEST(lang_code(token_lang_evidence("лар")) == "");
  BOOST_TEST(lang_code(token_lang_evidence("дом")) == "");
  BOOST_TEST(lang_code(token_lang_evidence("ып")) == "");
}

BOOST_AUTO_TEST_CASE(passage_table) {
  const Row rows[] = {
      {"", Lang::none},
      {"1 2 3 2024", Lang::none},
      {"the law of 1995", Lang::none},
      {"президент бюджет", Lang::none},
      {"и осы", Lang::none},  // a tie
      {"статья в редакции закона от 2023 года", Lang::ru},
      {"осы заңда мынадай негізгі ұғымдар пайдаланылады", Lang::kk},
      {"ерлер мен әйелдердің тең құқықтары", Lang::kk},
      // Russian text quoting one Kazakh term stays Russian.
      {"термин «құқық» в казахском языке означает право и закон", Lang::ru},
      // Kazakh text with Russian loanwords stays Kazakh.
      {"инвестиция мен инновация саясаты туралы заң", Lang::kk},
      {"компания президенті бюджет жобасын ұсынды", Lang::kk},
      // Cyrillic Roman numerals in a Russian law number do not make it Kazakh.
      {"закон № 321 vі от 2009 года ііі", Lang::ru},
  };
  for (const Row& r : rows) {
    BOOST_TEST_CONTEXT("passage '" << r.word << "'") {
      BOOST_TEST(lang_code(detect(r.word)) == lang_code(r.expected));
    }
  }
}

// One Kazakh word among thirty Russian ones does not flip the passage.
BOOST_AUTO_TEST_CASE(single_kazakh_term_in_russian_text) {
  std::vector<Lang> ev(30, Lang::ru);
  ev.push_back(Lang::kk);
  ev.insert(ev.end(), 20, Lang::none);
  BOOST_TEST(lang_code(passage_lang(ev)) == "ru");
  BOOST_TEST(lang_code(passage_lang({})) == "");
}

// Random bytes and random Cyrillic never crash and always give a valid Lang.
BOOST_AUTO_TEST_CASE(random_input_smoke) {
  std::mt19937 rng(42);
  for (int i = 0; i < 20000; ++i) {
    std::string w;
    int n = rng() % 12;
    for (int j = 0; j < n; ++j) {
      if (rng() % 2) {
        w.push_back(static_cast<char>(rng()));
      } else {  // a two-byte sequence in or near the Cyrillic block
        w.push_back(static_cast<char>(0xCF + rng() % 6));
        w.push_back(static_cast<char>(0x80 + rng() % 64));
      }
    }
    Lang l = token_lang_evidence(w);
    BOOST_TEST((l == Lang::none || l == Lang::ru || l == Lang::kk));
  }
}
