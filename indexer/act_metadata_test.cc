#define BOOST_TEST_MODULE act_metadata
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "indexer/act_metadata.h"
#include "indexer/splitter.h"

using namespace lexkz::indexer;

namespace {

// One row: an opening, and what must be read from it ("" = must stay empty).
struct Row {
  const char* text;
  bool statute;
  const char* title;
  const char* number;
  const char* date;
  const char* status;
  const char* version;
};

void check(const Row& r) {
  ActMetadata m = read_act_metadata(r.text, r.statute);
  BOOST_TEST_CONTEXT(r.text) {
    BOOST_TEST(m.title == r.title);
    BOOST_TEST(m.number == r.number);
    BOOST_TEST(m.date == r.date);
    BOOST_TEST(m.status == r.status);
    BOOST_TEST(m.version == r.version);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(law_headings_in_both_languages) {
  const Row rows[] = {
      {"О доступе к информации\nЗакон Республики Казахстан от 16 ноября 2015 года № 401-V ЗРК.\n\nСтатья 1. Понятия\n",
       true, "О доступе к информации", "№ 401-V ЗРК", "2015-11-16", "", ""},
      {"Ақпаратқа қол жеткізу туралы\nҚазақстан Республикасының 2015 жылғы 16 қарашадағы № 401-V Заңы.\n\n1-бап. Ұғымдар\n",
       true, "Ақпаратқа қол жеткізу туралы", "№ 401-V", "2015-11-16", "", ""},
      {"Закон Республики Казахстан от 16 ноября 2015 года № 403-V\n\nСтатья 1. Понятия\n", true,
       "Закон Республики Казахстан от 16 ноября 2015 года № 403-V", "№ 403-V", "2015-11-16", "", ""},
      {"Қазақстан Республикасының Еңбек кодексі\nҚазақстан Республикасының 2015 жылғы 23 қарашадағы № 414-V ҚРЗ Кодексі.\n"
       "\n1-бап. Ұғымдар\n",
       true, "Қазақстан Республикасының Еңбек кодексі", "№ 414-V ҚРЗ", "2015-11-23", "", ""},
      {"Уголовный кодекс Республики Казахстан\nКодекс Республики Казахстан от 3 июля 2014 года № 226-V ЗРК.\n"
       "(с изменениями и дополнениями по состоянию на 01.01.2024 г.)\n\nСтатья 1. Уголовный закон\n",
       true, "Уголовный кодекс Республики Казахстан", "№ 226-V ЗРК", "2014-07-03", "", "2024-01-01"},
      {"Об электронной подписи\nФедеральный закон от 06.04.2011 N 63-ФЗ\n\nСтатья 1. Сфера действия\n", true,
       "Об электронной подписи", "N 63-ФЗ", "2011-04-06", "", ""},
      {"О профилактике бытового насилия\nЗакон Республики Казахстан от 4 декабря 2009 года № 214-IV. Утратил силу "
       "Законом Республики Казахстан от 30 декабря 2025 года № 245-VIII.\n\nСтатья 1. Понятия\n",
       true, "О профилактике бытового насилия", "№ 214-IV", "2009-12-04", "lost_force", ""},
      {"Тұрмыстық зорлық-зомбылық профилактикасы туралы\nКүші жойылды - Қазақстан Республикасының 2025 жылғы 30 "
       "желтоқсандағы № 245-VIII Заңымен.\nҚазақстан Республикасының 2009 жылғы 4 желтоқсандағы № 214-IV Заңы.\n"
       "(2023.07.01 берілген өзгерістер мен толықтырулармен)\n\n1-бап. Ұғымдар\n",
       true, "Тұрмыстық зорлық-зомбылық профилактикасы туралы", "№ 214-IV", "2009-12-04", "lost_force",
       "2023-07-01"},
      {"О статусе педагога\nЗакон Республики Казахстан от 27 декабря 2019 года № 293-VІ.\nНе введен в действие.\n\n"
       "Статья 1. Понятия\n",
       true, "О статусе педагога", "№ 293-VІ", "2019-12-27", "not_in_force", ""},
      {"Педагог мәртебесі туралы\nҚазақстан Республикасының 2019 жылғы 27 желтоқсандағы № 293-VІ Заңы. Қолданысқа "
       "енгізілмеген.\n\n1-бап. Ұғымдар\n",
       true, "Педагог мәртебесі туралы", "№ 293-VІ", "2019-12-27", "not_in_force", ""},
  };
  for (const Row& r : rows) check(r);
}

BOOST_AUTO_TEST_CASE(notes_that_cite_other_acts_give_no_number) {
  const Row rows[] = {
      // kz_codes_ru opens with editors' notes citing the amending laws.
      {"Примечание ИЗПИ!\nДля удобства пользования ИЗПИ создано Содержание\n\nСОДЕРЖАНИЕ\n\nСноска. Оглавление "
       "исключено Законом РК от 02.07.2021\n№ 62-VII\n(вводится в действие по истечении шестидесяти календарных "
       "дней после дня его первого официального опубликования).\n\nРАЗДЕЛ 1. УГОЛОВНЫЙ ЗАКОН\n",
       true, "", "", "", "", ""},
      // An RF code that lost force, naming the code that replaced it.
      {"Утратил силу, за исключением главы 12 - Кодекс Российской Федерации от 28.05.2003 № 61-ФЗ\n\nРОССИЙСКАЯ "
       "ФЕДЕРАЦИЯ\n\nТАМОЖЕННЫЙ КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ\n\n(В редакции федеральных законов от 19.06.1995 № 89-ФЗ; "
       "от 27.12.1995 № 211-ФЗ; от 21.07.1997 № 114-ФЗ)\n\n(С учетом Кодекса Российской Федерации от 28.05.2003 № "
       "61-ФЗ)\n\nРаздел I. ОБЩИЕ ПОЛОЖЕНИЯ\n",
       true, "ТАМОЖЕННЫЙ КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ", "", "", "lost_force", "1997-07-21"},
      {"РОССИЙСКАЯ ФЕДЕРАЦИЯ\n\nГражданский кодекс Российской Федерации\n\nЧАСТЬ ПЕРВАЯ\n\nПринят Государственной "
       "Думой 21 октября 1994 года\n\n(В редакции федеральных законов от 20.02.1996 № 18-ФЗ, от 12.08.1996 № "
       "111-ФЗ)\n\nРаздел I. Общие положения\n",
       true, "Гражданский кодекс Российской Федерации (часть первая)", "", "", "", "1996-08-12"},
      {"Принята всенародным голосованием 12 декабря 1993 года\n\nКОНСТИТУЦИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nМы, "
       "многонациональный народ\n",
       true, "КОНСТИТУЦИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ", "", "1993-12-12", "", ""},
      // An article note inside the opening says nothing about the act's status.
      {"О браке\n\nСноска. Пункт 3 утратил силу Законом РК от 01.01.2020 № 1-VI.\n\nСтатья 1. Понятия\n", true,
       "О браке", "", "", "", ""},
      // Ескерту with an instrumental act word is a note, not the act's heading.
      {"Ескерту. 48-бап жаңа редакцияда - ҚР 1998.10.07 N 284 Заңымен.\nҚР 1998.10.07 N 284 Заңымен.\n\n1-бап. "
       "Ұғымдар\n",
       true, "", "", "", "", ""},
  };
  for (const Row& r : rows) check(r);
}

BOOST_AUTO_TEST_CASE(court_rulings) {
  const Row rows[] = {
      {"Дело № 2-1234/2023\n\nРЕШЕНИЕ\nИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n\n12 марта 2023 года                город "
       "Алматы\n\nМедеуский районный суд г. Алматы в составе председательствующего судьи …\n",
       false, "РЕШЕНИЕ (Дело № 2-1234/2023)", "№ 2-1234/2023", "2023-03-12", "", ""},
      {"Іс № 2-77/2024\n\nШЕШІМ\nҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН\n\n2024 жылғы 5 ақпан           Астана "
       "қаласы\n\nАстана қаласының аудандық соты …\n",
       false, "ШЕШІМ (Іс № 2-77/2024)", "№ 2-77/2024", "2024-02-05", "", ""},
      {"ПОСТАНОВЛЕНИЕ\n\nДело N 1-55/2022\n\n«03» июня 2022 года\n", false, "ПОСТАНОВЛЕНИЕ (Дело N 1-55/2022)",
       "N 1-55/2022", "2022-06-03", "", ""},
  };
  for (const Row& r : rows) check(r);
}

BOOST_AUTO_TEST_CASE(titles_of_other_texts) {
  const Row rows[] = {
      {"Аденозинүшфосфор қышқылы\n\nАТФ - ағзалардың бүкіл пайдалы энергиясы.\n", false, "Аденозинүшфосфор қышқылы",
       "", "", "", ""},
      // News without a headline: a sentence is not a title.
      {"Коммуналдық шаруашылығы да ақсап тұр.\nТұрғындар шағымданды.\n", false, "", "", "", "", ""},
      {"1 (1) ел сияқтымыз.\n", false, "", "", "", "", ""},
      {"Мы, народ Казахстана,\n\nобъединенный общей исторической судьбой,\n", true, "", "", "", "", ""},
      {"Вниманию пользователей!\n\nДля удобства пользования РЦПИ создано\nОглавление\n", true, "", "", "", "", ""},
  };
  for (const Row& r : rows) check(r);
}

BOOST_AUTO_TEST_CASE(number_keys_compare_as_one) {
  BOOST_TEST(number_key("№ 321-VІ") == "321-vi");  // U+0406 CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
  BOOST_TEST(number_key("№321-VI") == "321-vi");
  BOOST_TEST(number_key("N 321-vi ЗРК") == "321-vi");
  BOOST_TEST(number_key("№ 226-V ЗРК") == "226-v");
  BOOST_TEST(number_key("№ 63-ФЗ") == "63-фз");
  BOOST_TEST(number_key("№ 2-1234/2023") == "2-1234/2023");
  BOOST_TEST(number_key("№ 1-ХХІ") == "1-xxi");  // U+0425 Х, U+0406 І
  BOOST_TEST(number_key("Дело") == "");
  BOOST_TEST(number_key("") == "");
}

BOOST_AUTO_TEST_CASE(dates) {
  BOOST_TEST(find_date("от 16 ноября 2015 года") == "2015-11-16");
  BOOST_TEST(find_date("от 1 мая 2020 г.") == "2020-05-01");
  BOOST_TEST(find_date("2015 жылғы 16 қарашадағы") == "2015-11-16");
  BOOST_TEST(find_date("2020 жылғы 1 мамырдағы") == "2020-05-01");
  BOOST_TEST(find_date("по состоянию на 01.01.2024 г.") == "2024-01-01");
  BOOST_TEST(find_date("ҚР 1998.10.07 N 284") == "1998-10-07");
  BOOST_TEST(find_date("32.13.2020") == "");
  BOOST_TEST(find_date("статья 16 ноября") == "");
  BOOST_TEST(find_date("123456") == "");
}

// A random-input smoke test: any bytes of valid UTF-8 lines, no crash, dates well formed.
BOOST_AUTO_TEST_CASE(never_throws_on_odd_openings) {
  const char* pieces[] = {"№", " ", "N", "1", "12", ".", "-V", "ЗРК", "\n", "от", "года", "жылғы", "қараша",
                          "ноября", "2015", "Дело", "Іс", "(", ")", "редакция", "Утратил силу", "\xC2\xA0", "«"};
  unsigned seed = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (int k = 0; k < 30; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
    }
    for (bool statute : {false, true}) {
      ActMetadata m = read_act_metadata(s, statute);
      for (const std::string* d : {&m.date, &m.version})
        BOOST_TEST((d->empty() || (d->size() == 10 && (*d)[4] == '-')));
    }
  }
}

// The real corpora (../shared; skipped without it): no code is titled "РОССИЙСКАЯ
// ФЕДЕРАЦИЯ" or with an editor's note, RF codes get their names, and no note's amending
// act is read as a document's own number.
BOOST_AUTO_TEST_CASE(real_corpora) {
  const std::filesystem::path root = "../shared/corpora";
  const std::filesystem::path alt = "../../shared/corpora";
  std::filesystem::path dir = std::filesystem::exists(root) ? root : alt;
  if (!std::filesystem::exists(dir / "MANIFEST.tsv")) {
    BOOST_TEST_MESSAGE("skipped: ../shared/corpora is absent");
    return;
  }
  std::map<std::string, ActMetadata> found;
  std::size_t federation = 0, named = 0, rf_codes = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    const std::string rel = std::filesystem::relative(e.path(), dir).string();
    ActMetadata m = read_act_metadata(text, looks_like_statute(text));
    if (std::getenv("LEXKZ_SHOW_METADATA") && rel.find("wikipedia") == std::string::npos)
      std::cout << rel << " | " << m.title << " | " << m.number << " | " << m.date << " | " << m.status << " | "
                << m.version << "\n";
    if (m.title == "РОССИЙСКАЯ ФЕДЕРАЦИЯ") ++federation;
    BOOST_TEST(m.title.find("ИЗПИ") == std::string::npos);
    BOOST_TEST(m.title != "Вниманию пользователей!");
    BOOST_TEST(m.title != "Мы, народ Казахстана,");
    if (rel.rfind("ru_federal_codes/", 0) == 0) {
      ++rf_codes;
      if (m.title.find("ОДЕКС") != std::string::npos || m.title.find("одекс") != std::string::npos ||
          m.title.find("КОНСТИТУЦИЯ") != std::string::npos)
        ++named;
      BOOST_TEST_CONTEXT(rel) { BOOST_TEST(!m.version.empty()); }
    }
    if (rel.rfind("kz_codes_ru/", 0) == 0) BOOST_TEST_CONTEXT(rel) { BOOST_TEST(m.number.empty()); }
    found[rel] = m;
  }
  BOOST_TEST(federation == 0u);
  BOOST_TEST(rf_codes == 24u);
  BOOST_TEST(named == rf_codes);
  BOOST_TEST(found["ru_federal_codes/pravo-102041891.txt"].title == "Уголовный кодекс Российской Федерации");
  BOOST_TEST(found["ru_federal_codes/pravo-102024315.txt"].status == "lost_force");
  BOOST_TEST(found["ru_federal_codes/pravo-102027595.txt"].date == "1993-12-12");
  BOOST_TEST(found["kz_laws_parallel/K950001000_.kk.txt"].title == "Қазақстан Республикасының Конституциясы");
  BOOST_TEST(found["kz_laws_parallel/Z090000214_.ru.txt"].title == "О профилактике бытового насилия");
  BOOST_TEST(found["kk_wikipedia_kazqad/kazqad-val-0001.txt"].title == "Аденозинүшфосфор қышқылы");
}
