#define BOOST_TEST_MODULE splitter
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/splitter.h"

using lexkz::indexer::Document;
using lexkz::indexer::kind_name;
using lexkz::indexer::Passage;
using lexkz::indexer::split_document;

namespace {

Document make_doc(std::string text, std::string type, std::string lang = "") {
  Document d;
  d.id = "doc";
  d.text = std::move(text);
  d.type = std::move(type);
  if (!lang.empty()) d.lang = lang;
  return d;
}

bool is_blank_byte_at(const std::string& t, std::size_t i, std::size_t* len) {
  unsigned char c = t[i];
  *len = 1;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return true;
  if (t.compare(i, 2, "\xC2\xA0") == 0) return *len = 2, true;
  if (t.compare(i, 3, "\xEF\xBB\xBF") == 0) return *len = 3, true;
  return false;
}

// The invariants every split must keep (splitter.h): ids set, ranges inside the text,
// in order, not overlapping, trimmed, non-empty cites, and every non-blank byte covered.
void check_invariants(const Document& d, const std::vector<Passage>& ps) {
  std::size_t prev_end = 0;
  std::size_t covered_to = 0;  // bytes before this are checked
  for (const Passage& p : ps) {
    BOOST_TEST_REQUIRE(p.doc == d.id);
    BOOST_TEST_REQUIRE(p.start < p.end);
    BOOST_TEST_REQUIRE(p.end <= d.text.size());
    BOOST_TEST_REQUIRE(p.start >= prev_end);
    BOOST_TEST_REQUIRE(!p.cite.empty());
    std::size_t n = 0;
    BOOST_TEST_REQUIRE(!is_blank_byte_at(d.text, p.start, &n));
    // The gap before the passage holds only blanks.
    for (std::size_t i = covered_to; i < p.start; i += n) {
      BOOST_TEST_REQUIRE(is_blank_byte_at(d.text, i, &n), "uncovered byte at " << i);
    }
    BOOST_TEST_REQUIRE((static_cast<unsigned char>(d.text[p.start]) & 0xC0) != 0x80);
    BOOST_TEST_REQUIRE((p.end == d.text.size() ||
                        (static_cast<unsigned char>(d.text[p.end]) & 0xC0) != 0x80));
    prev_end = covered_to = p.end;
  }
  std::size_t n = 0;
  for (std::size_t i = covered_to; i < d.text.size(); i += n)
    BOOST_TEST_REQUIRE(is_blank_byte_at(d.text, i, &n), "uncovered byte at " << i);
}

struct Want {
  std::string cite;
  std::string kind;
  std::string prefix;  // the passage text starts with this
};

void check_split(const Document& d, const std::vector<Want>& want) {
  auto ps = split_document(d);
  check_invariants(d, ps);
  BOOST_TEST(ps.size() == want.size());
  for (std::size_t i = 0; i < std::min(ps.size(), want.size()); ++i) {
    std::string text = d.text.substr(ps[i].start, ps[i].end - ps[i].start);
    BOOST_TEST_CONTEXT("passage " << i << ": " << text.substr(0, 60)) {
      BOOST_TEST(ps[i].cite == want[i].cite);
      BOOST_TEST(std::string(kind_name(ps[i].kind)) == want[i].kind);
      BOOST_TEST(text.rfind(want[i].prefix, 0) == 0);
    }
  }
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

const std::filesystem::path kCorpora = "/work/shared/corpora";

}  // namespace

BOOST_AUTO_TEST_CASE(russian_statute_articles_points_subpoints_notes) {
  Document d = make_doc(
      "О профилактике\n\n"
      "Настоящий Закон определяет основы.\n\n"
      "Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ\n\n"
      "Статья 1. Основные понятия\n\n"
      "В настоящем Законе используются понятия:\n\n"
      "1) потерпевший - лицо;\n\n"
      "1-1) организации - юридические лица;\n\n"
      "Сноска. Статья 1 с изменениями, внесенными Законом РК от 18.02.2014 № 175-V.\n\n"
      "Статья 2. Законодательство\n\n"
      "1. Законодательство основывается на Конституции.\n\n"
      "2. Местные органы:\n\n"
      "1) утверждают бюджеты;\n\n"
      "а) в части расходов;\n\n"
      "Не являются нарушением иные меры.\n\n"
      "Статья 108-1. Центры\n"
      "Текст статьи без пунктов\n"
      "продолжается на строке.\n\n"
      "(В редакции Федерального закона от 22.08.2004 № 122-ФЗ)\n\n"
      "Статья 76.\n\n"
      "Раздел II. ОСОБЕННАЯ\n\n"
      "Статья 77\n",
      "statute", "ru");
  check_split(d, {
                     {"абз. 1", "paragraph", "О профилактике"},
                     {"абз. 2", "paragraph", "Настоящий Закон"},
                     {"Глава 1", "heading", "Глава 1."},
                     {"Статья 1", "law", "Статья 1. Основные"},
                     {"Статья 1, п. 1", "law", "1) потерпевший"},
                     {"Статья 1, п. 1-1", "law", "1-1) организации"},
                     {"Статья 1, сноска", "note", "Сноска."},
                     {"Статья 2", "heading", "Статья 2."},
                     {"Статья 2, п. 1", "law", "1. Законодательство"},
                     {"Статья 2, п. 2", "law", "2. Местные"},
                     {"Статья 2, п. 2, пп. 1)", "law", "1) утверждают"},
                     {"Статья 2, п. 2, пп. а)", "law", "а) в части"},
                     {"Статья 2, п. 2", "law", "Не являются"},
                     {"Статья 108-1", "law", "Статья 108-1. Центры\nТекст статьи"},
                     {"Статья 108-1, сноска", "note", "(В редакции"},
                     {"Статья 76", "heading", "Статья 76."},
                     {"Раздел II", "heading", "Раздел II."},
                     {"Статья 77", "heading", "Статья 77"},
                 });
  auto ps = split_document(d);
  BOOST_TEST(ps[4].chapter == "Глава 1");
  BOOST_TEST(ps[4].article == "1");
  BOOST_TEST(ps[10].point == "2");
  BOOST_TEST(ps[10].subpoint == "1)");
  BOOST_TEST(ps.back().section == "Раздел II");
  BOOST_TEST(ps.back().chapter == "");
}

BOOST_AUTO_TEST_CASE(kazakh_statute_forms) {
  Document d = make_doc(
      "I бөлім ЖАЛПЫ ЕРЕЖЕЛЕР\n\n"
      "1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n"
      "1-бап. Негізгі ұғымдар\n\n"
      "1) жәбірленуші - жеке адам;\n\n"
      "Ескерту. 1-бапқа өзгеріс енгізілді - ҚР 2014.02.18 № 175-V Заңымен.\n\n"
      "2-бап\n\n"
      "1. Қазақстан Республикасы - біртұтас мемлекет.\n\n"
      "2. Жергілікті органдар:\n\n"
      "3) бюджетті бекітеді;\n\n"
      "94-1-бап. Жаңа бап\n\n"
      "Мәтін.\n\n"
      "Ескертпе. Осы баптың мәтіні.\n",
      "statute");  // no lang: the Kazakh headings decide the cite language
  check_split(d, {
                     {"I бөлім", "heading", "I бөлім"},
                     {"1-тарау", "heading", "1-тарау."},
                     {"1-бап", "heading", "1-бап."},
                     {"1-бап, 1-тармақ", "law", "1) жәбірленуші"},
                     {"1-бап, ескерту", "note", "Ескерту."},
                     {"2-бап", "heading", "2-бап"},
                     {"2-бап, 1-тармақ", "law", "1. Қазақстан"},
                     {"2-бап, 2-тармақ", "law", "2. Жергілікті"},
                     {"2-бап, 2-тармақ, 3) тармақша", "law", "3) бюджетті"},
                     {"94-1-бап", "law", "94-1-бап. Жаңа бап\n\nМәтін."},
                     {"94-1-бап, ескертпе", "law", "Ескертпе."},
                 });
}

BOOST_AUTO_TEST_CASE(editor_notes_and_remarks) {
  Document d = make_doc(
      "Статья 5. Органы\n\n"
      "Примечание РЦПИ!\n\n"
      "В статью 5 предусмотрены изменения Законом РК от 05.07.2011 № 452-IV.\n\n"
      "Органами являются:\n\n"
      "1) Правительство;\n\n"
      "Примечания. Под органами понимаются также ведомства.\n\n"
      "Под ведомствами понимаются комитеты.\n\n"
      "1-1) местные органы;\n\n"
      "Сноска. По всему тексту:\n\n"
      "слова \"сеть\" заменены словами \"сети\";\n\n"
      "№ 62-VII\n"
      "(вводится в действие с 01.01.2016).\n\n"
      "Статья 6. Ответственность\n\n"
      "1. Лицо наказывается.\n\n"
      "Примечание. 1. Лицом признается гражданин.\n\n"
      "2. Лицо освобождается.\n",
      "statute", "ru");
  check_split(d, {
                     {"Статья 5", "heading", "Статья 5."},
                     {"Статья 5, сноска", "note", "Примечание РЦПИ!\n\nВ статью 5"},
                     {"Статья 5", "law", "Органами являются:"},
                     {"Статья 5, п. 1", "law", "1) Правительство"},
                     {"Статья 5, примечание", "law", "Примечания. Под"},
                     {"Статья 5, п. 1-1", "law", "1-1) местные"},
                     {"Статья 5, сноска", "note", "Сноска. По всему тексту:"},
                     {"Статья 6", "heading", "Статья 6."},
                     {"Статья 6, п. 1", "law", "1. Лицо"},
                     {"Статья 6, примечание", "law", "Примечание. 1."},
                     {"Статья 6, примечание, п. 2", "law", "2. Лицо освобождается."},
                 });
}

// RF codes: "(В редакции …)" lines follow the amended paragraph without a blank line.
BOOST_AUTO_TEST_CASE(amendment_lines_inside_articles) {
  Document d = make_doc(
      "Статья 6. Понятия\n"
      "бюджет - форма образования средств;\n"
      "(В редакции Федерального закона от 26.04.2007 № 63-ФЗ)\n"
      "казенное учреждение - учреждение;\n"
      "(Дополнение абзацем - Федеральный закон от 08.05.2010 № 83-ФЗ)\n"
      "(В редакции Федерального закона от 01.07.2021 № 1-ФЗ)\n"
      "Сноска. Статья 6 с изменениями, внесенными Законом РК от 02.07.2021\n"
      "№ 62-VII\n"
      "(вводится в действие с 01.01.2022).\n"
      "Статья 7. Текст со ссылкой на закон\n"
      "(подпункт 3) статьи 2 Закона)\n"
      "и далее.\n",
      "statute", "ru");
  check_split(d, {
                     {"Статья 6", "law", "Статья 6. Понятия\nбюджет"},
                     {"Статья 6, сноска", "note", "(В редакции"},
                     {"Статья 6", "law", "казенное учреждение"},
                     {"Статья 6, сноска", "note", "(Дополнение абзацем"},
                     {"Статья 6, сноска", "note", "(В редакции Федерального закона от 01.07.2021"},
                     {"Статья 6, сноска", "note", "Сноска. Статья 6"},
                     {"Статья 7", "law", "Статья 7. Текст"},
                 });
}

BOOST_AUTO_TEST_CASE(table_of_contents_then_restart) {
  Document d = make_doc(
      "Оглавление\n\n"
      "Статья 1. Понятия\n\n"
      "Статья 2. Задачи\n\n"
      "О гарантиях равных прав\n\n"
      "Настоящий Закон регулирует отношения.\n\n"
      "Статья 1. Понятия\n\n"
      "1) гендер - аспект;\n",
      "statute", "ru");
  check_split(d, {
                     {"абз. 1", "paragraph", "Оглавление"},
                     {"Статья 1", "heading", "Статья 1. Понятия"},
                     {"Статья 2", "heading", "Статья 2. Задачи"},
                     {"абз. 2", "paragraph", "О гарантиях"},
                     {"абз. 3", "paragraph", "Настоящий Закон"},
                     {"Статья 1", "heading", "Статья 1. Понятия"},
                     {"Статья 1, п. 1", "law", "1) гендер"},
                 });
}

BOOST_AUTO_TEST_CASE(prose_paragraphs_both_languages) {
  check_split(make_doc("РЕШЕНИЕ\n\nСуд установил следующее. Истец обратился в суд с иском к "
                       "ответчику о взыскании долга.\n\nСуд решил иск удовлетворить полностью "
                       "и взыскать с ответчика сумму долга.\nпродолжение той же мысли.\n",
                       "ruling", "ru"),
              {{"абз. 1", "paragraph", "РЕШЕНИЕ\n\nСуд установил"},
               {"абз. 2", "paragraph", "Суд решил"}});
  check_split(make_doc("Сот шешім шығарды. Талап қанағаттандырылсын деп ұйғарды және шешімді "
                       "жариялады.\n\nЕкінші абзац мәтіні мұнда жазылған және ол жеткілікті ұзын.\n",
                       "ruling"),
              {{"1-абзац", "paragraph", "Сот шешім"}, {"2-абзац", "paragraph", "Екінші абзац"}});
  // No blank lines at all: a line that ends a sentence ends the paragraph; a line that
  // does not is merged with the next one.
  check_split(make_doc("Первая строка абзаца, которая не кончается\nточкой, а продолжается здесь.\n"
                       "Вторая мысль начинается с заглавной буквы и кончается точкой.\n",
                       "other", "ru"),
              {{"абз. 1", "paragraph", "Первая строка"}, {"абз. 2", "paragraph", "Вторая мысль"}});
}

BOOST_AUTO_TEST_CASE(transcript_turns) {
  check_split(make_doc("Стенограмма заседания от 1 марта.\n\n"
                       "ТӨРАҒА: Отырысты ашамын.\n\n"
                       "Иванов А.Б.: Уважаемые депутаты, прошу слова.\n"
                       "Продолжаю свою мысль.\n\n"
                       "Председательствующий:\n"
                       "Спасибо.\n",
                       "transcript", "ru"),
              {{"абз. 1", "paragraph", "Стенограмма"},
               {"ТӨРАҒА, реплика 1", "turn", "ТӨРАҒА:"},
               {"Иванов А.Б., реплика 2", "turn", "Иванов А.Б.: Уважаемые"},
               {"Председательствующий, реплика 3", "turn", "Председательствующий:\nСпасибо."}});
  auto ps = split_document(make_doc("ТӨРАҒА: Ашамын.\n", "transcript", "kk"));
  BOOST_TEST_REQUIRE(ps.size() == 1u);
  BOOST_TEST(ps[0].cite == "ТӨРАҒА, 1-реплика");
  BOOST_TEST(ps[0].speaker == "ТӨРАҒА");
}

BOOST_AUTO_TEST_CASE(long_passages_cut_at_sentences) {
  std::string sentence = "Это предложение закона о правах граждан. ";
  std::string text = "Статья 1. Длинная\n\n1. ";
  for (int i = 0; i < 300; ++i) text += sentence;
  Document d = make_doc(text, "statute", "ru");
  auto ps = split_document(d);
  check_invariants(d, ps);
  BOOST_TEST(ps.size() > 3u);
  for (std::size_t i = 1; i < ps.size(); ++i) {
    BOOST_TEST(ps[i].cite == "Статья 1, п. 1");
    if (i == 1) continue;  // "1. Это …"
    BOOST_TEST(ps[i].end - ps[i].start <= 4096u);
    BOOST_TEST(d.text.compare(ps[i].start, 6, "Это") == 0);  // starts at a sentence
  }
}

BOOST_AUTO_TEST_CASE(hostile_inputs) {
  for (const char* type : {"statute", "ruling", "transcript", "other"}) {
    BOOST_TEST_CONTEXT(type) {
      BOOST_TEST(split_document(make_doc("", type)).empty());
      BOOST_TEST(split_document(make_doc(" \n\n\t\r\n\xC2\xA0\n", type)).empty());
      // A 10 MB line with no spaces: cut on character boundaries, nothing lost.
      std::string big;
      for (int i = 0; i < 5 * 1024 * 1024; ++i) big += "я";
      Document d = make_doc(big, type);
      auto ps = split_document(d);
      check_invariants(d, ps);
      BOOST_TEST(ps.size() >= 10 * 1024 * 1024 / 4096u);
      // Only markers, digits and broken lines.
      Document m = make_doc("1.\n1)\nСтатья\n-бап\n(\n)\n:\nа)\n§\n1-\nСноска\n", type);
      check_invariants(m, split_document(m));
      // Point numbers too long for any integer, inside and after a remark (the fuzzer's
      // find: comparing them overflowed a `long`; UBSan in the sanitizer suite checks).
      Document n = make_doc("Статья 1. Понятия\n1) а;\nПримечание. б.\n1-1222222222222222222222222222) в;\n"
                            "Примечание. г.\n1-12222222222222222222222222229) д;\n2) е;\n",
                            type);
      check_invariants(n, split_document(n));
    }
  }
}

BOOST_AUTO_TEST_CASE(random_documents_keep_invariants) {
  static const char* pieces[] = {"Статья 1. А\n", "1. текст\n", "1) пункт\n", "а) б\n", "\n",
                                 "Сноска. изменения\n", "(В редакции закона)\n", "ТӨРАҒА: сөз\n",
                                 "ГЛАВА 2\n", "1-бап\n", "слово ", "Примечание РЦПИ!\n", ". ",
                                 "Примечание.\n", "КАПС СТРОКА\n", "\xC2\xA0", "5-бап. Б\n"};
  unsigned x = 7;
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    int n = round % 60;
    for (int i = 0; i < n; ++i) {
      x = x * 1103515245u + 12345u;
      t += pieces[(x >> 16) % 17];
    }
    for (const char* type : {"statute", "transcript", "ruling"}) {
      Document d = make_doc(t, type);
      lexkz::indexer::SplitOptions small;
      small.max_bytes = 40;
      check_invariants(d, split_document(d, small));
    }
  }
}

BOOST_AUTO_TEST_CASE(type_detection) {
  using lexkz::indexer::looks_like_statute;
  using lexkz::indexer::looks_like_transcript;
  BOOST_TEST(looks_like_statute("Статья 1. А\n\nтекст\n\nСтатья 2. Б\n"));
  BOOST_TEST(looks_like_statute("1-бап. А\n\n2-бап. Б\n"));
  BOOST_TEST(looks_like_statute("Статья 1\nкороткий закон\n"));
  BOOST_TEST(!looks_like_statute("Суд установил. Согласно статье 5 закона...\n"));
  BOOST_TEST(looks_like_transcript("ТӨРАҒА: а\nИванов: б\nТӨРАҒА: в\nтекст\n"));
  BOOST_TEST(!looks_like_transcript("ТӨРАҒА: а\nИванов: б\nПетров: в\nтекст\n"));
  BOOST_TEST(!looks_like_transcript("УСТАНОВИЛ:\nтекст\nПОСТАНОВИЛ:\nтекст\nРЕШИЛ:\n"));
  BOOST_TEST(!looks_like_transcript("Крахмал: полимер.\nГликоген: крахмал.\nХитин: полисахарид.\n"));
}

// Issue 3: the real statutes of ../shared/corpora split with the right cites.
BOOST_AUTO_TEST_CASE(real_statutes) {
  if (!std::filesystem::exists(kCorpora / "kz_laws_parallel")) {
    BOOST_TEST_MESSAGE("skipped: " << kCorpora << " is absent");
    return;
  }
  struct Case {
    std::string file;
    std::string lang;
    std::string cite;
    std::string prefix;
  };
  const std::vector<Case> cases = {
      {"kz_laws_parallel/Z090000214_.ru.txt", "ru", "Статья 1, п. 1", "1) потерпевший"},
      {"kz_laws_parallel/Z090000214_.ru.txt", "ru", "Статья 2, п. 1", "1. Законодательство"},
      {"kz_laws_parallel/Z090000214_.ru.txt", "ru", "Статья 7, п. 2, пп. 3)", "3) создают"},
      {"kz_laws_parallel/Z090000214_.kk.txt", "kk", "1-бап, 1-тармақ", "1) жәбірленуші"},
      {"kz_laws_parallel/K950001000_.kk.txt", "kk", "1-бап, 1-тармақ", "1. Қазақстан Республикасы"},
      {"kz_laws_parallel/Z090000223_.ru.txt", "ru", "Статья 1, п. 1", "1) гендер"},
      {"kz_codes_ru/K1400000226.ru.txt", "ru", "Статья 1, п. 1", "1. Уголовное законодательство"},
      {"ru_federal_codes/pravo-102041891.txt", "ru", "Статья 105, п. 2, пп. а)", "а) двух"},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.file << " " << c.cite) {
      if (!std::filesystem::exists(kCorpora / c.file)) continue;
      Document d = make_doc(read_file(kCorpora / c.file), "statute", c.lang);
      d.id = c.file;
      auto ps = split_document(d);
      check_invariants(d, ps);
      bool found = false;
      for (const Passage& p : ps) {
        if (p.cite != c.cite || p.kind != lexkz::indexer::PassageKind::law) continue;
        found = d.text.compare(p.start, c.prefix.size(), c.prefix) == 0;
        break;
      }
      BOOST_TEST(found);
      // Notes are kept apart: no law passage starts with a note marker.
      for (const Passage& p : ps) {
        if (p.kind != lexkz::indexer::PassageKind::law) continue;
        BOOST_TEST(d.text.compare(p.start, 12, "Сноска") != 0);
        BOOST_TEST(d.text.compare(p.start, 14, "Ескерту") != 0);
      }
    }
  }
}
