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

    // Issue 12. Definitions missed: a quoted term in a lettered list of a convention.
    {ru, "e) термин «травля» означает повторяющиеся действия, унижающие работника;", "harassment",
     "harassment:травля"},
    // The criminal-code frame "X лица, то есть …" and "X к лицу, то есть …".
    {ru, "Преследование лица, то есть неоднократное навязывание ему общения вопреки его воле, –\nнаказывается штрафом.",
     "stalking", "stalking:Преследование"},
    {ru, "Сексуальное домогательство к работнице, то есть намёки и прикосновения сексуального характера, –\nнаказывается.",
     "harassment,sexual_harassment", "sexual_harassment:Сексуальное домогательство"},
    {kk, "Адамды аңду, яғни оны еркіне қарсы жүйелі түрде бақылау –\nайыппұл салуға әкеп соғады.", "stalking",
     "stalking:аңду"},
    // Plural "под X понимаются".
    {ru, "Под травлями в уставе школы понимаются повторяющиеся унижения учеников.", "harassment",
     "harassment:травлями"},
    // A kind through its genus, with what it consists of: the head is what is defined.
    {ru, "«Шантаж повышением» – вид сексуального домогательства, при котором начальник обещает повышение за близость.",
     "harassment,sexual_harassment", "sexual_harassment:Шантаж повышением"},
    {kk, "«Телефон аңду» – аңдудың бір түрі, онда адамға оның еркінен тыс күн сайын қоңырау шалынады.", "stalking",
     "stalking:Телефон аңду"},
    // Kazakh in Latin script; a point number with a hyphen.
    {kk, "Kemsitushilik dep adamnyń quqyqtaryn onyń ultyna baılanysty shekteý túsiniledi.", "discrimination",
     "discrimination:Kemsitushilik"},
    {ru, "15-2) моббинг – систематическое давление коллектива на работника;", "harassment", "harassment:моббинг"},
    // Definitions claimed wrongly: a class or a verdict, not the content.
    {ru, "Кибертравля – это не шалость подростков, а серьёзная угроза.", "harassment", ""},
    {ru, "Домогательство на работе – это тоже форма насилия.", "harassment", ""},
    {ru, "Дискриминация по возрасту – одна из форм дискриминации в найме.", "discrimination", ""},
    {kk, "Моббинг – бұл да психологиялық қысымның бір түрі.", "harassment", ""},
    {ru, "Дискриминация работницы по признаку беременности – доказана материалами дела.", "discrimination", ""},
    {kk, "Жауапкердің талапкерді аңдығаны – бейнежазбамен расталды.", "stalking", ""},
    // A definition of one concept that mentions another is no definition (nor tag) of it.
    {kk, "3) кибербуллинг – желіде адамды жүйелі түрде қорлау және қудалау;", "harassment", "harassment:кибербуллинг"},
    {ru, "4) буллинг – систематические насмешки, угрозы и постоянное преследование ученика;", "harassment",
     "harassment:буллинг"},
    // Stalking without the word.
    {ru, "Каждое утро он шёл за ней до работы, хотя она просила его уйти.", "stalking", ""},
    {ru, "В сумке истицы нашли маячок, который бывший муж тайно туда положил.", "stalking", ""},
    {ru, "Когда она заблокировала его в мессенджере, он стал звонить ей с чужих номеров.", "stalking", ""},
    {ru, "Суд запретил ответчику приближаться к истице и её детям.", "stalking", ""},
    {ru, "Маячок установлен на буй для обозначения фарватера.", "", ""},
    {ru, "Запрещено приближаться к краю платформы.", "", ""},
    {ru, "Дела частного обвинения и преследования возбуждаются по жалобе.", "", ""},
    {kk, "Жол полициясы жылдамдықты асырған көліктерді аңдып тұрады.", "", ""},
    // Discrimination: equality without the word; the offence; and the traps.
    {ru, "Все равны перед судом независимо от пола, национальности и вероисповедания.", "discrimination", ""},
    {kk, "Еңбекақы жынысына, ұлтына және дініне қарамастан тең төленеді.", "discrimination", ""},
    {ru, "Нарушение равенства граждан в зависимости от их расы наказывается штрафом.", "discrimination", ""},
    {ru, "Сетевая организация обеспечивает недискриминационный доступ к электрическим сетям.", "", ""},
    {ru, "Стороны не применяют дискриминационных пошлин к импорту товаров друг друга.", "", ""},
    {ru, "Литература:\n1. Конвенция о ликвидации всех форм расовой дискриминации.\n2. Трудовой кодекс.", "", ""},
    // Harassment: seeking a post is a trap; coercion using dependence; nicknames.
    {ru, "Он давно домогается поста губернатора.", "", ""},
    {ru, "Начальник домогался её после работы.", "harassment", ""},
    {ru, "Склонение подчинённой к интимной связи с использованием её материальной зависимости запрещено.",
     "harassment,sexual_harassment", ""},
    {kk, "Басшы қызметкерді тәуелділігін пайдаланып жыныстық қатынасқа көндірген.", "harassment,sexual_harassment", ""},
    {ru, "Ученики передразнивали произношение новенькой и придумывали ей обидные клички.", "harassment", ""},
    {ru, "Оскорбительное приставание к соседке влечёт штраф.", "harassment", ""},
    {ru, "Оскорбление учителя при исполнении обязанностей влечёт штраф.", "harassment", ""},
    {kk, "Бізге ешкім қысым көрсеткен жоқ.", "", ""},
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

BOOST_AUTO_TEST_CASE(explanations_name_the_rule_and_its_words) {
  std::string_view text = "Сталкинг – навязчивое преследование лица.";
  concepts::PassageTags t = fx().tag(text, ru);
  BOOST_TEST(join(t.tags) == "stalking");
  bool term = false, definition = false;
  for (const concepts::Explanation& e : t.explanations) {
    BOOST_TEST(e.file == "rules/tags.rules");
    BOOST_TEST(e.line > 0u);
    BOOST_TEST((e.start < e.end && e.end <= text.size()));
    BOOST_TEST(text.substr(e.start, e.end - e.start) == e.match);
    term |= e.kind == "term" && e.match == "Сталкинг";
    definition |= e.kind == "definition" && e.match.rfind("Сталкинг –", 0) == 0;
  }
  BOOST_TEST(term);
  BOOST_TEST(definition);
  // An implied tag says which tag brought it.
  concepts::PassageTags s = fx().tag("Запрещены сексуальные домогательства.", ru);
  bool implied = false;
  for (const concepts::Explanation& e : s.explanations)
    implied |= e.tag == "harassment" && e.kind == "implied" && e.rule == "implied by sexual_harassment";
  BOOST_TEST(implied);
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
