#define BOOST_TEST_MODULE structure_line
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/structure_line.h"

using lexkz::indexer::classify_line;
using lexkz::indexer::LineKind;

namespace {

struct Row {
  std::string line;
  LineKind kind;
  std::string number;
  bool kk;
};

const char* name(LineKind k) {
  switch (k) {
    case LineKind::text: return "text";
    case LineKind::section: return "section";
    case LineKind::chapter: return "chapter";
    case LineKind::subsection: return "subsection";
    case LineKind::group: return "group";
    case LineKind::article: return "article";
    case LineKind::point_dot: return "point_dot";
    case LineKind::point_paren: return "point_paren";
    case LineKind::point_letter: return "point_letter";
    case LineKind::note: return "note";
    case LineKind::paren_note: return "paren_note";
    case LineKind::editor_note: return "editor_note";
    case LineKind::remark: return "remark";
  }
  return "?";
}

}  // namespace

BOOST_AUTO_TEST_CASE(line_forms_in_both_languages) {
  const std::vector<Row> rows = {
      // Russian headings.
      {"Статья 5. Специальные социальные услуги", LineKind::article, "5", false},
      {"Статья 5", LineKind::article, "5", false},
      {"Статья 76.", LineKind::article, "76", false},
      {"Статья 108-1. Центры", LineKind::article, "108-1", false},
      {"Статья 410-1.Нарушение законодательства", LineKind::article, "410-1", false},
      {"Статья 12.1. Федеральный", LineKind::article, "12.1", false},
      {"Статья\xC2\xA0" "90-2. Порядок", LineKind::article, "90-2", false},
      {"СТАТЬЯ 3", LineKind::article, "3", false},
      {"Статья 5 «Title»", LineKind::article, "5", false},
      {"Глава 2. СУБЪЕКТЫ ПРОФИЛАКТИКИ", LineKind::chapter, "2", false},
      {"ГЛАВА 12", LineKind::chapter, "12", false},
      {"Глава IV. Title", LineKind::chapter, "IV", false},
      {"РАЗДЕЛ 1. УГОЛОВНЫЙ ЗАКОН", LineKind::section, "1", false},
      {"Раздел I. ОБЩИЕ ПОЛОЖЕНИЯ", LineKind::section, "I", false},
      {"Раздел \xD0\x86\xD0\x86. Cyrillic I", LineKind::section, "\xD0\x86\xD0\x86", false},
      {"Параграф 1. Общие положения", LineKind::group, "1", false},
      {"Подраздел 2. Общие положения", LineKind::subsection, "2", false},
      {"§ 2. Розничная", LineKind::group, "2", false},
      // Kazakh headings.
      {"5-бап. Арнаулы әлеуметтік қызметтер", LineKind::article, "5", true},
      {"1-бап", LineKind::article, "1", true},
      {"94-1-бап.", LineKind::article, "94-1", true},
      {"1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР", LineKind::chapter, "1", true},
      {"I бөлім ЖАЛПЫ ЕРЕЖЕЛЕР", LineKind::section, "I", true},
      {"II-бөлім. Адам және азамат", LineKind::section, "II", true},
      {"1-бөлім. Жалпы", LineKind::section, "1", true},
      {"2-параграф. Жалпы", LineKind::group, "2", true},
      // Points.
      {"1. Законодательство основывается", LineKind::point_dot, "1", false},
      {"1) потерпевший - физическое лицо", LineKind::point_paren, "1", false},
      {"1-1) организации по оказанию помощи", LineKind::point_paren, "1-1", false},
      {"1-1. Текст", LineKind::point_dot, "1-1", false},
      {"12.1. Текст", LineKind::point_dot, "12.1", false},
      {"а) двух или более лиц;", LineKind::point_letter, "а", false},
      {"a) latin letter", LineKind::point_letter, "a", false},
      {"е1) по мотиву кровной мести;", LineKind::point_letter, "е1", false},
      // Notes and remarks.
      {"Сноска. Статья 1 с изменениями, внесенными Законом РК", LineKind::note, "", false},
      {"Ескерту. 1-баптың 1-тармағына түсініктеме берілді", LineKind::note, "", false},
      {"Статья 285 с изменениями, внесенными Законом РК от 21.05.2022", LineKind::note, "", false},
      {"(В редакции Федерального закона от 22.08.2004 № 122-ФЗ)", LineKind::paren_note, "", false},
      {"(Внесены изменения - Закон РК от 01.01.2020)", LineKind::paren_note, "", false},
      {"(Статья утратила силу - Федеральный закон от 22.07.2005 № 117-ФЗ)", LineKind::paren_note,
       "", false},
      {"(Дополнение пунктом - Федеральный закон от 24.07.2007 № 211-ФЗ)", LineKind::paren_note, "",
       false},
      {"Примечание РЦПИ!", LineKind::editor_note, "", false},
      {"Примечание ИЗПИ!", LineKind::editor_note, "", false},
      {"РҚАО-ның ескертпесі!", LineKind::editor_note, "", false},
      {"Примечание.", LineKind::remark, "", false},
      {"Примечания. 1. Лицо", LineKind::remark, "", false},
      {"Ескертпе.", LineKind::remark, "", true},
      // Lines that must stay text.
      {"Статья 5 настоящего Закона применяется", LineKind::text, "", false},
      {"статья 99", LineKind::text, "", false},
      {"5-бапқа сәйкес", LineKind::text, "", false},
      {"1-баптың 2-тармағы", LineKind::text, "", false},
      {"18.02.2014 № 175-V", LineKind::text, "", false},
      {"15)", LineKind::text, "", false},
      {"2014 года", LineKind::text, "", false},
      {"(частью первой),", LineKind::text, "", false},
      {"Сносками оформлены", LineKind::text, "", false},
      {"Главная задача", LineKind::text, "", false},
      {"Раздела нет", LineKind::text, "", false},
      {"Иванов А.Б.: Уважаемый суд", LineKind::text, "", false},
      {"", LineKind::text, "", false},
      {"1.", LineKind::text, "", false},
  };
  for (const Row& r : rows) {
    auto got = classify_line(r.line);
    BOOST_TEST_CONTEXT(r.line) {
      BOOST_TEST(std::string(name(got.kind)) == name(r.kind));
      BOOST_TEST(std::string(got.number) == r.number);
      BOOST_TEST(got.kk == r.kk);
    }
  }
}

BOOST_AUTO_TEST_CASE(speakers) {
  using lexkz::indexer::speaker_of;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Иванов А.Б.: Уважаемый суд", "Иванов А.Б."},
      {"ТӨРАҒА: Сөз беріледі", "ТӨРАҒА"},
      {"Председательствующий:", "Председательствующий"},
      {"Судья Петрова: Продолжайте", "Судья Петрова"},
      {"Время 10:30 начала", ""},
      {"в соответствии с законом: текст", ""},
      {"Истец, Иванов: текст", ""},
      {"Статья 5 гласит: текст", ""},
      {"Один два три четыре пять: текст", ""},
      {"Представитель истца: текст", "Представитель истца"},
      {"Моносахаридтердің ішіндегі кеңінен тараған: рибоза", ""},
  };
  for (const auto& [line, want] : rows) BOOST_TEST(std::string(speaker_of(line)) == want, line);
}

BOOST_AUTO_TEST_CASE(random_bytes_do_not_crash) {
  // The smoke test that doubles as a fuzz seed: arbitrary bytes, including cut UTF-8.
  std::string s;
  unsigned x = 12345;
  for (int round = 0; round < 20000; ++round) {
    s.clear();
    std::size_t n = (x >> 3) % 24;
    for (std::size_t i = 0; i < n; ++i) {
      x = x * 1103515245u + 12345u;
      static const char* pieces[] = {"Статья", " ", "1", "-", ".", ")", "бап", "\xD0", "(", "а",
                                     "!", "РЦПИ", "Примечани", "е", ":", "\xC2\xA0", "I"};
      s += pieces[(x >> 16) % 17];
    }
    (void)classify_line(s);
    (void)lexkz::indexer::speaker_of(s);
    (void)lexkz::indexer::is_caps_line(s);
  }
  BOOST_TEST(true);
}
