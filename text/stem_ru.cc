#include "text/stem_ru.h"

// Russian stemming: Xapian's Snowball "russian" stemmer, then a few corrections of its
// known errors on legal vocabulary. Snowball only removes a suffix (and in step 4 one н or
// a ь), so its stem is a prefix of the word and the rest is what it removed; each rule
// below looks at that removed part and either restores letters or re-reads the ending.
//
// The step numbers refer to the algorithm description at
// https://snowballstem.org/algorithms/russian/stemmer.html:
//   step 1: perfective gerund, else reflexive + (adjectival | verb | noun) ending, in
//           that order, the first group that matches wins;
//   step 2: a final и;  step 3: derivational -ост/-ость in R2;
//   step 4: undouble нн, or superlative -ейш(е) then undouble, or a final ь.
// Measured on the 5000 most frequent words of /work/shared/corpora/kz_codes_ru; the
// figures are in the report of the stemfix session and text/stem_ru_test.cc.

namespace lexkz::text {
namespace {

// Every letter we test is Cyrillic (2 bytes in UTF-8).
constexpr std::size_t kL = 2;

bool ends(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

bool is_one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (s == x) return true;
  return false;
}

// The last Cyrillic letter of `s`, or "" when there is none.
std::string_view last_letter(std::string_view s) {
  return s.size() >= kL ? s.substr(s.size() - kL) : std::string_view{};
}

// The word minus a final а/о/ы/е (the noun ending of a re-read form), else the word.
std::string drop_final_vowel(std::string_view word) {
  std::string_view l = last_letter(word);
  if (is_one_of(l, {"а", "о", "ы", "е"})) word.remove_suffix(kL);
  return std::string(word);
}

// Step 1 takes verb endings before noun endings. Re-reads the ones that are far more
// often noun forms in legal text; returns the corrected stem, or "" when none applies.
std::string reread_step1(std::string_view word, std::string_view stem, std::string_view removed) {
  bool after_a = ends(stem, "а") || ends(stem, "я");
  // Verb group 1 -н/-на/-но/-ны/-нно after а/я and group 2 -ен/-ена/-ено/-ены (short
  // passive participles): орган·а, охран·ы, стран·а, замен·а, обмен are nouns whose
  // other forms (органом, охране) keep the н. Read the final vowel as the noun ending.
  // Trade-off: признана/признан → признан, no longer призна like признать.
  if ((after_a && is_one_of(removed, {"н", "на", "но", "ны", "нно"})) ||
      is_one_of(removed, {"ен", "ена", "ено", "ены"}))
    return drop_final_vowel(word);
  // Past tense -л/-ла/-ло/-ли after а/я and -ил/-ыл(а/о/и): капитал, материал, правило,
  // правил, детали are nouns whose oblique forms (капитала, правилами) keep the л, and
  // правило must not meet право. Keep the л; past-tense verbs then stem apart from
  // their infinitive (установил ≠ установить), rare in legal queries.
  if ((after_a && is_one_of(removed, {"л", "ла", "ло", "ли"})) ||
      is_one_of(removed, {"ил", "ыл", "ила", "ыла", "ило", "ыло", "или", "ыли"}))
    return drop_final_vowel(word);
  // Perfective gerund -в after а/я and -ив/-ыв: устав, состав, архив, рецидив, актив are
  // nouns (устава → устав); gerunds (сделав) are rare in statutes.
  if ((after_a && removed == "в") || is_one_of(removed, {"ив", "ыв"}))
    return std::string(word);
  // Imperative -ите: защите, кредите are the dative/locative of -ита/-ит nouns.
  if (removed == "ите") return drop_final_vowel(word);
  // Adjectival (or noun) -ем after х or ъ: adjectives take -ем only after a soft stem
  // (синем, общем, последнем), nouns only after a soft consonant (работодателем, путем),
  // and х, ъ are never soft; схем (gen. pl. of схема), объем, подъем have no ending here.
  // Known gap: систем, проблем (gen. pl.) cannot be told from гостем, кораблем.
  if (removed == "ем" && (ends(stem, "х") || ends(stem, "ъ"))) return std::string(word);
  return {};
}

// Fleeting vowels (беглые гласные), which Snowball does not handle: the nominative
// порядок, истец has an о/е that every other form lacks (порядка, истца). Drops it in
// the two safe cases, applied only when Snowball removed nothing:
// - consonant + -ок after at least two vowels (порядок, участок, остаток, поступок; also
//   the genitive plural выписок, закупок of -ка nouns): final -ок after fewer vowels is
//   mostly stressed and kept (срок, урок, поток, восток);
// - consonant + -ец (истец, образец, продавец, отец), with л softened (владелец →
//   владельц, as in владельца). -ек and -ень are left alone: человек, бюллетень, степень
//   keep their vowel.
std::string drop_fleeting_vowel(std::string stem) {
  std::string_view w = stem;
  if (w.size() < 4 * kL) return stem;
  std::string_view consonant = w.substr(w.size() - 3 * kL, kL);
  if (is_one_of(consonant, {"а", "е", "и", "о", "у", "ы", "э", "ю", "я", "й", "ь", "ъ"}))
    return stem;
  if (ends(w, "ок")) {
    int vowels = 0;
    for (std::size_t i = 0; i + 3 * kL <= w.size(); i += kL)
      vowels += is_one_of(w.substr(i, kL), {"а", "е", "и", "о", "у", "ы", "э", "ю", "я"});
    if (vowels >= 2) stem.erase(stem.size() - 2 * kL, kL);
  } else if (ends(w, "ец")) {
    stem.erase(stem.size() - 2 * kL, kL);
    if (consonant == "л") stem.insert(stem.size() - kL, "ь");
  }
  return stem;
}

}  // namespace

RussianStemmer::RussianStemmer() : stemmer_("russian") {}

std::string RussianStemmer::stem(std::string_view folded_word) const {
  // Xapian 1.4's Snowball russian stemmer does not fold ё itself; fold_case already has.
  std::string stem = stemmer_(std::string(folded_word));
  if (stem == folded_word) return drop_fleeting_vowel(std::move(stem));
  if (stem.size() > folded_word.size() || !folded_word.starts_with(stem)) return stem;
  std::string_view removed = folded_word.substr(stem.size());

  if (std::string re = reread_step1(folded_word, stem, removed); !re.empty()) return re;

  // Step 4 undoubles нн after the ending is gone: законный → закон meets закон. Keep
  // both н so derived -нн- adjectives stay apart from their noun base.
  if (ends(stem, "н") && removed.starts_with("н")) {
    stem += "н";
    removed.remove_prefix(kL);
  }
  // Step 3 removes derivational -ост(ь): ответственность → ответствен meets
  // ответственный. Keep -ост so -ость nouns (with every case ending) stay apart.
  if (removed.starts_with("ост")) return stem + "ост";
  // Step 4 (or the noun ending -ья/-ье/-ью) drops a ь that is part of the stem of
  // -ья/-ье nouns: судья → суд meets суд, здоровье → здоров meets здоровый. Keep a ь
  // that is followed by a vowel ending (судьи, судьей, статье). Before -ю the ending is
  // mostly the instrumental of a feminine -ь noun (частью, целью, помощью: 98 % of the
  // -ью forms in the corpora), whose stem has no ь, except after в and м, where neuter
  // and feminine -вье/-мья nouns (здоровью, семью) outnumber the few -вь/-мь nouns
  // (кровь, любовь). Known gap: статью stems apart from статья.
  if (removed.starts_with("ь") && removed.size() > kL) {
    std::string_view next = removed.substr(kL, kL);
    bool keep = is_one_of(next, {"я", "е", "и"}) ||
                (next == "ю" && (ends(stem, "в") || ends(stem, "м")));
    // The ordinal третий is the one frequent adjective with this ь (третьего, третьих,
    // третьей), and its nominative -ий has none: keep Snowball's трет for all its forms.
    if (stem == "трет") keep = false;
    if (keep) stem += "ь";
  }
  return stem;
}

}  // namespace lexkz::text
