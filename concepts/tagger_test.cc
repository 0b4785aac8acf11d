#define BOOST_TEST_MODULE tagger
#include <boost/test/unit_test.hpp>

#include "concepts/tagger.h"

using namespace lexkz;

namespace {
struct Fixture {
  text::Analyzer analyzer;
  concepts::RuleSet rules = concepts::RuleSet::builtin(analyzer);
  concepts::Tagger tagger{rules};
  concepts::PassageTags tag(std::string_view text, text::LangMode mode) {
    return tagger.tag(text, analyzer.analyze(text, mode));
  }
};
Fixture& fx() {
  static Fixture f;
  return f;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

constexpr auto ru = text::LangMode::ru;
constexpr auto kk = text::LangMode::kk;

struct Row {
  text::LangMode lang;
  const char* text;
  const char* tags;  // comma-separated, sorted
  const char* def;   // "tag:term" of the one definition expected, or ""
};

// Passages written for this test (never from the evaluation sets): each tag, its
// equivalent wordings, its traps, definitions and non-definitions, in both languages.
const Row kRows[] = {
    // discrimination
    {ru, "Работодатель обязан не допускать дискриминации работников при приёме на работу.", "discrimination", ""},
    {ru, "Банк отказал заявительнице в кредите по признаку пола, что ограничивает её права.", "discrimination", ""},
    {ru, "Ценовая дискриминация поставщиков запрещена антимонопольным законодательством.", "", ""},
    {ru, "Вычислите дискриминант уравнения и найдите его корни.", "", ""},
    {ru, "1) расовая дискриминация – любое различие или исключение, основанное на признаке расы;",
     "discrimination", "discrimination:расовая дискриминация"},
    {ru, "У нас до сих пор нет определения дискриминации в законе.", "discrimination", ""},
    {ru, "Фирма платила мужчинам больше, а женщинам на тех же должностях меньшую зарплату.", "discrimination", ""},
    {ru, "Статья устанавливает пенсионный возраст для женщин и мужчин.", "", ""},
    {kk, "Мектеп оқушыларды кемсітуге жол бермеуге міндетті.", "discrimination", ""},
    {kk, "Кәсіпорында әйелдерге ерлермен бірдей жұмыс үшін төмен жалақы төленген.", "discrimination", ""},
    {kk, "Жұмыс беруші қызметкердің құқығын ұлтына байланысты шектеген.", "discrimination", ""},
    {kk, "Көтерме сауда желілеріндегі баға кемсітушілігі нарықты бұзады.", "", ""},
    {kk, "Жанама кемсітушілік деп бейтарап көрінетін талаптың белгілі бір топқа зиян келтіруі түсініледі.",
     "discrimination", "discrimination:кемсітушілік"},
    // harassment
    {ru, "Ученика годами подвергали травле одноклассники.", "harassment", ""},
    {ru, "Кандидат настойчиво домогался должности министра.", "", ""},
    {ru, "Моббинг – это систематическое унижение работника коллективом.", "harassment", "harassment:Моббинг"},
    {kk, "Сыныптастары оған қысым көрсетіп, кибербуллинг ұйымдастырған.", "harassment", ""},
    {kk, "Бағамға қысым уақытша сипатта болады.", "", ""},
    // Harassment without its name: demeaning conduct that repeats, a hostile environment.
    {ru, "Мастер постоянно высмеивал новую сотрудницу при всей бригаде.", "harassment", ""},
    {ru, "Своими выходками начальник создал в отделе оскорбительную обстановку.", "harassment", ""},
    {ru, "Убийство в состоянии аффекта, вызванного тяжким оскорблением со стороны потерпевшего.", "", ""},
    {kk, "Аға менеджер жас маманды әріптестерінің алдында үнемі мазақтаған.", "harassment", ""},
    // Quid pro quo: an intimate relationship demanded or offered for a favour.
    {ru, "Директор требовал от подчинённой согласия на интимные отношения в обмен на премию.",
     "harassment,sexual_harassment", ""},
    // sexual harassment
    {ru, "Начальник отдела допускал непристойные замечания в адрес подчинённой.", "harassment,sexual_harassment", ""},
    {ru, "Под сексуальным домогательством понимается нежелательное поведение сексуального характера.",
     "harassment,sexual_harassment", "sexual_harassment:сексуальным домогательством"},
    {kk, "Басшы қызметкерге жыныстық сипаттағы ұсыныстар жасаған.", "harassment,sexual_harassment", ""},
    // stalking
    {ru, "Бывший муж продолжал навязчивое преследование женщины, несмотря на запрет суда.", "stalking", ""},
    {ru, "Прокурор осуществляет уголовное преследование от имени государства.", "", ""},
    {ru, "Общество не преследует цель извлечения прибыли.", "", ""},
    {ru, "Он ежедневно поджидал её у подъезда вопреки её воле.", "stalking", ""},
    {ru, "Сталкинг, то есть систематическое преследование лица против его воли, наказуем.", "stalking",
     "stalking:Сталкинг"},
    {kk, "Ол әйелді бірнеше ай бойы аңдып жүрген.", "stalking", ""},
    {kk, "Қылмыстық қудалау тоқтатылды.", "", ""},
    {kk, "Ұйым пайда табу мақсатын көздемейді.", "", ""},
    {kk, "Аңду дегеніміз адамның еркіне қарсы оны жүйелі түрде бақылау.", "stalking", "stalking:Аңду"},
    {kk, "Жұмыс тобы сталкингті адамның еркінен тыс оны жүйелі бақылау ретінде анықтауды ұсынды.", "stalking",
     "stalking:сталкингті"},
    // An offence article: "N. Offence –" ends its line and the sanction follows; the dash
    // introduces a penalty, not a definition (TAGS.md: a penalty does not count).
    {ru, "2. Травля сотрудника коллективом –\n\nвлечет штраф в размере двадцати месячных расчетных показателей.",
     "harassment", ""},
    {kk, "2. Қызметкерді буллинг –\n\nжиырма айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
     "harassment", ""},
    // any tag: a table of contents names concepts without being about them
    {ru, "Статья 12. Запрет дискриминации\nСтатья 13. Защита от травли", "", ""},
};

}  // namespace

BOOST_AUTO_TEST_CASE(table_of_passages) {
  for (const Row& r : kRows) {
    concepts::PassageTags t = fx().tag(r.text, r.lang);
    BOOST_TEST(join(t.tags) == r.tags, r.text);
    std::string def;
    for (const auto& d : t.definitions) def += (def.empty() ? "" : ";") + d.tag + ":" + d.term;
    BOOST_TEST(def == r.def, r.text);
    // Invariant: every offset lies in the passage and names the reported term.
    std::string_view text = r.text;
    for (const auto& d : t.definitions) {
      BOOST_TEST(d.start < d.end);
      BOOST_TEST(d.end <= text.size());
      BOOST_TEST(text.substr(d.start, d.end - d.start) == d.term);
    }
    for (const auto& m : t.matches) BOOST_TEST((m.start < m.end && m.end <= text.size()));
  }
}

BOOST_AUTO_TEST_CASE(sexual_harassment_implies_harassment_and_defines_only_itself) {
  std::string_view text = "2) сексуальное домогательство – поведение сексуального характера, унижающее работника;";
  concepts::PassageTags t = fx().tag(text, ru);
  BOOST_TEST(join(t.tags) == "harassment,sexual_harassment");
  BOOST_REQUIRE_EQUAL(t.definitions.size(), 1u);
  BOOST_TEST(t.definitions[0].tag == "sexual_harassment");
  BOOST_TEST(t.definitions[0].term == "сексуальное домогательство");
  BOOST_TEST(t.definitions[0].start == text.find("сексуальное"));
}

BOOST_AUTO_TEST_CASE(glossary_article_defines_only_the_tagged_point) {
  std::string_view text =
      "Осы Заңда мынадай негізгі ұғымдар пайдаланылады:\n"
      "1) тең мүмкіндіктер – адамдардың құқықтарды іске асыруда бірдей жағдайда болуы;\n"
      "2) тікелей кемсітушілік – адамға оның жынысы себебінен нашар қарау;";
  concepts::PassageTags t = fx().tag(text, kk);
  BOOST_TEST(join(t.tags) == "discrimination");
  BOOST_REQUIRE_EQUAL(t.definitions.size(), 1u);
  BOOST_TEST(t.definitions[0].term == "тікелей кемсітушілік");
}

BOOST_AUTO_TEST_CASE(user_rules_add_a_concept) {
  text::Analyzer analyzer;
  concepts::RuleSet rules = concepts::RuleSet::builtin(analyzer);
  rules.add(concepts::RuleSet::parse("[stalking]\nru: докуча*\n", "user.rules", analyzer));
  concepts::Tagger tagger(rules);
  std::string_view text = "Сосед месяцами докучал ей звонками.";
  BOOST_TEST(join(tagger.tag(text, analyzer.analyze(text, ru)).tags) == "stalking");
}

BOOST_AUTO_TEST_CASE(empty_and_ordinary_passages_have_no_tags) {
  BOOST_TEST(fx().tag("", ru).tags.empty());
  BOOST_TEST(fx().tag("Наследники одной очереди наследуют в равных долях.", ru).tags.empty());
  BOOST_TEST(fx().tag("Мердігер жұмысты мерзімінде орындауға міндетті.", kk).tags.empty());
}
