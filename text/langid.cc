// Language evidence for Russian vs Kazakh Cyrillic words.
//
// The rules were chosen by measuring them on the project's reading corpora
// (../shared/corpora: ~300k Kazakh tokens of statutes, news and Wikipedia, ~700k
// Russian tokens of statutes). Figures in comments are "share of Kazakh tokens the
// rule fires on / share of Russian tokens". Order matters: the first rule that fires
// decides. On those corpora the rules give 82% of Kazakh tokens kk evidence (1.2% ru)
// and 80% of Russian tokens ru evidence (<0.1% kk); tests/langid_accuracy_test.cc
// re-measures this.
//
// The analyzer uses a word's evidence as that token's language, and only undecided
// words inherit the passage's. So evidence must mean "this form is inflected the
// Russian/Kazakh way", not "this word was borrowed from Russian": a bare loanword in a
// Kazakh text (инвестиция, бюджет, экономика; 2% of Kazakh tokens have в ф ц э ю) is
// left undecided so it follows its passage. Only ь ъ щ ч, which Kazakh words lose or
// rarely keep once inflected, count as Russian.

#include "text/langid.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace lexkz::text {
namespace {

// Letter classes, indexed by code point - U+0400 (the Cyrillic block).
enum : std::uint8_t {
  kOther = 0,      // a letter both languages use natively
  kKazakh = 1,     // ә ғ қ ң ө ұ ү һ і: never in Russian words
  kStrongRu = 2,   // ь ъ щ ч: 8% of Russian tokens, 0.4% of Kazakh ones (loans)
  kRoman = 4,      // і х с м: Cyrillic look-alikes of Roman numerals (№ 321-VІ, ХІ)
};

constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> c{};
  auto both = [&](char32_t lower, std::uint8_t cls) {
    c[lower - 0x400] |= cls;
    // Upper case: а..я ↔ А..Я are 0x20 apart, ё/і ↔ Ё/І 0x50, the Kazakh extras 1.
    if (lower >= 0x430 && lower <= 0x44F) c[lower - 0x20 - 0x400] |= cls;
    else if (lower >= 0x450 && lower <= 0x45F) c[lower - 0x50 - 0x400] |= cls;
    else c[lower - 1 - 0x400] |= cls;
  };
  for (char32_t k : {0x4D9, 0x493, 0x49B, 0x4A3, 0x4E9, 0x4B1, 0x4AF, 0x4BB}) both(k, kKazakh);
  both(0x456, kKazakh | kRoman);  // U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
  both(0x445, kRoman);            // х
  both(0x441, kRoman);            // с
  both(0x43C, kRoman);            // м
  for (char32_t r : {0x44C, 0x44A, 0x449, 0x447}) both(r, kStrongRu);         // ь ъ щ ч
  return c;
}
constexpr auto kClasses = make_classes();

// Frequent Kazakh words spelled only with letters Russian also has: function words,
// numerals and the commonest verbs/nouns of the corpora (each ≥ 0.03% of Kazakh
// tokens, absent from the Russian ones). Words both languages use are left out (он
// 'ten'/'he', те) or counted for the language that uses them far more often (не, а:
// Russian, 25× more frequent there).
constexpr std::string_view kKazakhWords[] = {
    "ал", "ала", "алайда", "алды", "алпыс", "алты", "алу", "алып", "арасында", "арнайы",
    "аса", "астам", "айта", "ба", "бала", "бар", "бастап", "бе", "бен", "бес", "биыл",
    "бойы", "бойынша", "болады", "болатын", "болды", "болса", "болу", "болуы", "болып",
    "былтыр", "да", "де", "деген", "дегенмен", "деп", "егер", "ел", "елу", "емес", "екен",
    "ерекше", "ету", "жалпы", "жатыр", "жер", "жерде", "жеке", "жиырма", "жол", "жыл",
    "жылда", "жылы", "кезде", "келе", "керек", "ма", "ме", "мен", "мына", "мысалы",
    "немесе", "ол", "олар", "онда", "оны", "одан", "орта", "осы", "осылай", "осындай",
    "отыз", "отыр", "па", "пе", "пен", "рет", "ресей", "ресми", "сайлау", "сайын",
    "саны", "саяси", "сексен", "сол", "сондай", "сонымен", "та", "тарихи", "тек",
    "туралы", "адам", "несие",
};

// Frequent Russian words that no ending rule below catches, plus the commonest
// function words (catching them by list is cheaper than by rule).
constexpr std::string_view kRussianWords[] = {
    "а", "без", "более", "бы", "был", "была", "были", "было", "быть", "в", "вас",
    "взамен", "во", "все", "всех", "вы", "где", "граждан", "для", "до", "дня", "его",
    "ее", "ей", "если", "еще", "же", "за", "закон", "закона", "и", "из", "или", "им",
    "их", "к", "казахстан", "как", "ко", "когда", "лет", "ли", "либо", "лиц", "лица",
    "лицо", "мы", "на", "над", "не", "но", "о", "об", "обо", "однако", "она", "они",
    "оно", "от", "по", "под", "после", "при", "рк", "размере", "республики", "с",
    "сноска", "со", "срок", "статья", "так", "также", "то", "у", "характер", "чем",
    "что", "это", "эти", "этот", "эта", "я",
    // case forms of legal words whose nominative Kazakh borrows (орган, кодекс)
    "главы", "глава", "дела", "дело", "кодекса", "органа", "раздел", "ребенка", "суда", "мере",
    "суд", "труда", "трех", "работы", "работника", "порядок", "обмен", "введен", "создан",
    // dates: Kazakh writes month names in Kazakh (қаңтар, ақпан, ...)
    "года", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
    "сентября", "октября", "ноября", "декабря",
};

// Russian inflectional endings (adjective, participle, verb, noun case forms) that
// Kazakh words do not end in. Each fires on ≤ 0.06% of Kazakh tokens.
constexpr std::string_view kRussianEndings[] = {
    "ого", "его", "ому", "ему", "ыми", "ими", "ость", "ости", "остью", "тся", "ться",
    "ение", "ения", "ении", "ением", "ание", "ании", "аний",
    // -ания only after these letters: Германия, Испания, компания are Kazakh loans too.
    "вания", "зания", "сания", "нания", "жания", "шания", "ских", "ским",
    "ской", "ские", "ское", "ную", "ной", "ных", "ными", "ией", "ии", "ую", "ые", "ами",
    "ями", "иях", "ие", "ях", "ах", "ства", "стве", "ство", "ая", "яя", "ое", "ее", "ый", "ий",
    "ей", "ом", "ой", "ов", "ть", "ве",
    // prepositional -ре, but not -ере: Kazakh converbs (ескере, бере, тексере).
    "оре", "аре", "уре", "ире", "яре", "юре", "тре", "дре", "кре", "бре", "пре", "гре",
    "вре", "зре", "фере",
    // short participles that look like Kazakh ablative/instrumental -дан -ден -мен;
    // Kazakh harmony never gives е+дан, and -мен never follows с or б (→ -пен).
    "едан", "одан", "вдан", "знан", "оден", "юден", "веден", "смен", "бмен", "ля", "ья", "ью", "ию", "ям", "жден",
    // consonant + и: Russian plurals/genitives; Kazakh has -ни/-хи (рухани, тарихи).
    "ки", "ги", "ли", "ти", "ри", "ди", "ви", "зи", "си", "ци", "жи", "ши", "чи", "пи",
    "би", "фи",
};

// Kazakh suffixes spelled with shared letters: plural, possessive after a back
// vowel, ablative, instrumental, participles and converbs, 1pl/2pl-polite persons.
// Each fires on ≤ 0.04% of Russian tokens (-дан: создан, передан; -ады: склады).
constexpr std::string_view kKazakhEndings[] = {
    "лар", "лер", "дар", "дер", "тар", "тер", "лары", "дары", "тары", "асы", "ысы",
    "ясы", "дан", "ден", "тен", "нан", "мен", "ген", "ып", "ады", "уы", "мыз", "сыз",
    "ын",
    // case forms after the plural and 3rd-person possessive: these also decide loans
    // with ь ч (судьяларды, судьяларына), which the letter rule would call Russian.
    "ларды", "дарды", "тарды", "ларда", "дарда", "тарда", "ларын", "дарын", "тарын",
    "ына",
};

template <std::size_t N>
constexpr std::array<std::string_view, N> sorted(const std::string_view (&words)[N]) {
  std::array<std::string_view, N> a{};
  std::copy(words, words + N, a.begin());
  std::sort(a.begin(), a.end());
  return a;
}
constexpr auto kKazakhSorted = sorted(kKazakhWords);
constexpr auto kRussianSorted = sorted(kRussianWords);

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::binary_search(set.begin(), set.end(), w);
}

// True when `w` ends in one of `endings` and keeps at least two letters before it
// (all Cyrillic letters are two bytes), so short stems like "ом" are not suffixes.
template <std::size_t N>
bool ends_with_any(std::string_view w, const std::string_view (&endings)[N]) {
  for (std::string_view e : endings) {
    if (w.size() >= e.size() + 4 && w.ends_with(e)) return true;
  }
  return false;
}

}  // namespace

Lang token_lang_evidence(std::string_view w) {
  if (w.empty()) return Lang::none;
  std::uint8_t any = 0, all = 0xFF;
  // Every byte pair must be a Cyrillic letter U+0400..U+04FF (lead byte D0..D3);
  // digits, Latin and punctuation make the word undecided.
  if (w.size() % 2 != 0) return Lang::none;
  for (std::size_t i = 0; i < w.size(); i += 2) {
    auto b0 = static_cast<unsigned char>(w[i]), b1 = static_cast<unsigned char>(w[i + 1]);
    if (b0 < 0xD0 || b0 > 0xD3 || (b1 & 0xC0) != 0x80) return Lang::none;
    std::uint8_t cls = kClasses[((b0 & 0x1F) << 6 | (b1 & 0x3F)) - 0x400];
    any |= cls;
    all &= cls;
  }
  // Only і х с м with an і: ІІІ, ХІ, a Roman numeral in look-alikes, not a word.
  if ((all & kRoman) && (any & kKazakh)) return Lang::none;
  if (any & kKazakh) return Lang::kk;
  if (contains(kKazakhSorted, w)) return Lang::kk;
  if (contains(kRussianSorted, w)) return Lang::ru;
  if (ends_with_any(w, kRussianEndings)) return Lang::ru;
  if (ends_with_any(w, kKazakhEndings)) return Lang::kk;
  if (any & kStrongRu) return Lang::ru;
  return Lang::none;
}

Lang passage_lang(std::span<const Lang> token_evidence) {
  // A plain majority already keeps a Russian passage quoting one Kazakh term Russian
  // (about 80% of Russian tokens carry ru evidence), and a Kazakh passage with Russian
  // loanwords Kazakh (about 80% kk evidence against ~3% ru).
  std::size_t ru = 0, kk = 0;
  for (Lang l : token_evidence) {
    ru += l == Lang::ru;
    kk += l == Lang::kk;
  }
  if (ru > kk) return Lang::ru;
  if (kk > ru) return Lang::kk;
  return Lang::none;
}

}  // namespace lexkz::text
