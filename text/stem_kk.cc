#include "text/stem_kk.h"

// Kazakh inflectional stemmer: rules only, plus a small exception list.
//
// Suffix tables and their allomorph conditions follow the standard descriptions of Kazakh
// noun morphology: "Қазақ грамматикасы. Фонетика, сөзжасам, морфология, синтаксис"
// (Астана, 2002), §§ on көптік, тәуелдік, септік and жіктік жалғаулар; K. Krippes,
// "Kazakh (Qazaq-) Grammatical Sketch" (1994); and general knowledge of Kazakh morphology.
// Order of endings inside a word: stem + plural + possessive + case + predicate
// (+ relative -ғы/-дағы, after which the chain may start again). We strip outermost first.
//
// Where the surface is ambiguous without a lexicon, the rules pick the reading that keeps
// all forms of one word together, and a final canonical step folds the leftovers the same
// way for every form (see canonicalize()). Stems are therefore keys, not dictionary lemmas:
// "орган" and "органы" both give "орга".

#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>
#include <vector>

#include <lexkz_data.h>

#include "text/stopwords.h"
#include "text/utf8.h"

namespace lexkz::text {
namespace {

// Longer words are returned unchanged: no Kazakh word form needs more.
constexpr int kMaxLetters = 48;

struct Word {
  std::array<char32_t, kMaxLetters> c{};
  int n = 0;      // current length in code points
  int start = 0;  // first letter of the last hyphen/digit-separated segment
  int letters() const { return n - start; }
  char32_t at(int i) const { return i >= start && i < n ? c[i] : U'\0'; }
  char32_t last(int k = 0) const { return at(n - 1 - k); }
  bool ends_with(std::u32string_view s) const {
    if (static_cast<int>(s.size()) > letters()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (c[n - s.size() + i] != s[i]) return false;
    return true;
  }
};

bool is_cyrillic(char32_t c) { return c >= 0x400 && c <= 0x4FF; }

// Full vowels that decide the allomorph of a following suffix (a "vowel-final" stem).
// у, и, ю behave like the sonorant й after a vowel and like a vowel+glide after a
// consonant; for suffix choice they pattern with sonorants (қорғауы, қорғауға, миы).
bool is_true_vowel(char32_t c) {
  switch (c) {
    case U'а': case U'ә': case U'е': case U'о': case U'ө': case U'ұ': case U'ү':
    case U'ы': case U'і': case U'э': case U'я': case U'ё':
      return true;
    default:
      return false;
  }
}

bool is_any_vowel(char32_t c) { return is_true_vowel(c) || c == U'и' || c == U'у' || c == U'ю'; }

bool is_back(char32_t c) {
  return c == U'а' || c == U'о' || c == U'ұ' || c == U'ы' || c == U'я' || c == U'ё';
}
bool is_front(char32_t c) {
  return c == U'ә' || c == U'ө' || c == U'ү' || c == U'і' || c == U'е' || c == U'э';
}

// Phonological classes of a stem-final letter, as bits, used to check that a suffix
// allomorph is the one Kazakh would choose after that letter.
enum : std::uint16_t {
  kV = 1,        // full vowel
  kRYU = 2,      // р й у и ю
  kL = 4,        // л
  kMNNG = 8,     // м н ң
  kZH = 16,      // ж з
  kVL = 32,      // voiceless, and б в г д ғ (which never end a native stem)
  kPoss3 = 64,   // special: stem ends in the 3rd person possessive -ы/-і
  kPoss12 = 128  // special: stem ends in 1st/2nd singular possessive -ым/-ім/-ың/-ің
};
constexpr std::uint16_t kSon = kRYU | kL | kMNNG;

std::uint16_t letter_class(char32_t c) {
  if (is_true_vowel(c)) return kV;
  switch (c) {
    case U'р': case U'й': case U'у': case U'и': case U'ю': return kRYU;
    case U'л': return kL;
    case U'м': case U'н': case U'ң': return kMNNG;
    case U'ж': case U'з': return kZH;
    default: return kVL;
  }
}

// Class of the letter ending the first `len` letters (soft/hard signs are transparent).
std::uint16_t class_at(const Word& w, int len) {
  int i = len - 1;
  while (i > w.start && (w.c[i] == U'ь' || w.c[i] == U'ъ')) --i;
  if (i < w.start) return 0;
  return letter_class(w.c[i]);
}

// 1 = back, 2 = front, 0 = no decisive vowel (и, у, ю are neutral in loans).
int harmony_of(const Word& w, int len) {
  for (int i = len - 1; i >= w.start; --i) {
    if (is_back(w.c[i])) return 1;
    if (is_front(w.c[i])) return 2;
  }
  return 0;
}

int harmony_of_suffix(std::u32string_view s) {
  // The instrumental -мен/-бен/-пен does not follow vowel harmony (зорлықпен, баламен).
  if (s.size() >= 3 && s[1] == U'е' && s[2] == U'н' &&
      (s[0] == U'м' || s[0] == U'б' || s[0] == U'п'))
    return 0;
  for (char32_t c : s) {
    if (is_back(c)) return 1;
    if (is_front(c)) return 2;
  }
  return 0;
}

// Never leave less than two letters, and keep a vowel (one syllable) in the stem.
bool stem_ok(const Word& w, int len) {
  if (len - w.start < 2) return false;
  for (int i = w.start; i < len; ++i)
    if (is_any_vowel(w.c[i])) return true;
  return false;
}

// True when the first `len` letters end in a 3rd person possessive -ы/-і after a consonant.
bool ends_in_poss3(const Word& w, int len) {
  if (len - w.start < 3) return false;
  char32_t a = w.c[len - 1];
  return (a == U'ы' || a == U'і') && !is_true_vowel(w.c[len - 2]) && stem_ok(w, len - 1);
}

struct Suffix {
  std::u32string_view s;
  std::uint16_t after;  // classes of the preceding letter that select this allomorph
};

// A suffix matches when the word ends in it, the stem left is long enough, vowel harmony
// agrees (when the stem has a decisive vowel), and the preceding sound selects it.
bool matches(const Word& w, const Suffix& x, int min_letters = 2) {
  if (!w.ends_with(x.s)) return false;
  int len = w.n - static_cast<int>(x.s.size());
  if (len - w.start < min_letters || !stem_ok(w, len)) return false;
  int hs = harmony_of_suffix(x.s), hw = harmony_of(w, len);
  if (hs && hw && hs != hw) return false;
  if ((x.after & kPoss3) && ends_in_poss3(w, len)) return true;
  if (x.after & kPoss12) {
    // -ым/-ім/-ың/-ің after a consonant, e.g. заң·ым·а, кітаб·ың·а.
    if (len - w.start >= 4 && (w.c[len - 2] == U'ы' || w.c[len - 2] == U'і') &&
        (w.c[len - 1] == U'м' || w.c[len - 1] == U'ң') && !is_true_vowel(w.c[len - 3]) &&
        stem_ok(w, len - 2))
      return true;
  }
  return (x.after & class_at(w, len) & ~(kPoss3 | kPoss12)) != 0;
}

// Predicate (жіктік) endings, 1st/2nd person; the 3rd person has none. -сыз/-сіз is left
// out on purpose: the privative derivational -сыз (құқықсыз 'without rights') is far
// more frequent in legal text than the polite 2nd person predicate.
constexpr Suffix kPredicate[] = {
    {U"сыңдар", 0xFFFF}, {U"сіңдер", 0xFFFF}, {U"сыздар", 0xFFFF}, {U"сіздер", 0xFFFF},
    {U"мын", kV | kSon}, {U"мін", kV | kSon}, {U"бын", kZH}, {U"бін", kZH},
    {U"пын", kVL},       {U"пін", kVL},       {U"мыз", kV | kSon}, {U"міз", kV | kSon},
    {U"быз", kZH},       {U"біз", kZH},       {U"пыз", kVL},       {U"піз", kVL},
    {U"сың", 0xFFFF},    {U"сің", 0xFFFF},
};

// Case (септік) endings with the sounds that select each allomorph (Қазақ грамматикасы
// 2002, септік жалғаулары). Longest first within each case.
constexpr Suffix kCase[] = {
    // instrumental (көмектес)
    {U"менен", kV | kSon}, {U"бенен", kZH}, {U"пенен", kVL},
    {U"мен", kV | kSon | kPoss3}, {U"бен", kZH}, {U"пен", kVL},
    // ablative (шығыс)
    {U"дан", kV | kRYU | kL | kZH}, {U"ден", kV | kRYU | kL | kZH},
    {U"нан", kMNNG | kPoss3}, {U"нен", kMNNG | kPoss3}, {U"тан", kVL}, {U"тен", kVL},
    // locative (жатыс)
    {U"нда", kPoss3}, {U"нде", kPoss3}, {U"да", kV | kSon | kZH}, {U"де", kV | kSon | kZH},
    {U"та", kVL}, {U"те", kVL},
    // genitive (ілік)
    {U"ның", kV | kMNNG}, {U"нің", kV | kMNNG}, {U"дың", kRYU | kL | kZH},
    {U"дің", kRYU | kL | kZH}, {U"тың", kVL}, {U"тің", kVL},
    // dative (барыс)
    {U"на", kPoss3}, {U"не", kPoss3}, {U"ға", kV | kSon | kZH}, {U"ге", kV | kSon | kZH},
    {U"қа", kVL}, {U"ке", kVL}, {U"а", kPoss12}, {U"е", kPoss12},
    // accusative (табыс); -ны/-ні and bare -н have extra guards in strip_case()
    {U"ны", kV}, {U"ні", kV}, {U"ды", kSon | kZH}, {U"ді", kSon | kZH},
    {U"ты", kVL}, {U"ті", kVL}, {U"н", kPoss3},
};

// Plural (көптік): -лар after vowels and р й у, -дар after л м н ң ж з, -тар after
// voiceless consonants.
constexpr Suffix kPlural[] = {
    {U"лар", kV | kRYU}, {U"лер", kV | kRYU}, {U"дар", kL | kMNNG | kZH},
    {U"дер", kL | kMNNG | kZH}, {U"тар", kVL}, {U"тер", kVL},
};

// Relative -ғы/-гі/-қы/-кі (жылғы, ішкі, бұрынғы) and locative + relative -дағы (заңдағы).
// Treated as inflection: "2009 жылғы" must find жыл, "заңдағы" must find заң.
constexpr Suffix kRelative[] = {
    {U"ндағы", kPoss3}, {U"ндегі", kPoss3}, {U"дағы", kV | kSon | kZH},
    {U"дегі", kV | kSon | kZH}, {U"тағы", kVL}, {U"тегі", kVL},
};
constexpr Suffix kRelativeShort[] = {
    {U"ғы", kSon | kZH}, {U"гі", kSon | kZH}, {U"қы", kVL}, {U"кі", kVL},
};

int strip_first(Word& w, const Suffix* table, std::size_t count, int min_letters = 2) {
  for (std::size_t i = 0; i < count; ++i) {
    if (matches(w, table[i], min_letters)) {
      w.n -= static_cast<int>(table[i].s.size());
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool ends_in_plural(const Word& w, int len) {
  Word t = w;
  t.n = len;
  return strip_first(t, kPlural, std::size(kPlural)) != 0;
}

// Case slot. Returns true when something was stripped.
bool strip_case(Word& w) {
  for (const Suffix& x : kCase) {
    if (!matches(w, x)) continue;
    int len = w.n - static_cast<int>(x.s.size());
    if (x.s == U"ны" || x.s == U"ні") {
      // Accusative after a vowel, or н-final stem + possessive (күн·і, орган·ы)? Short
      // stems and -ғын/-гін nouns (шығын, тұрғын) take the possessive reading.
      if (len - w.start < 3) continue;
      if (w.last(2) == U'ғ' || w.last(2) == U'г') continue;
    }
    if (x.s == U"н") {
      // Accusative -н after the possessive (құқығ·ы·н, бала·сы·н). Short CVC+ын words
      // are usually lemmas (орын, жақын, бұрын, кейін, тегін), so the stem before -ы
      // must be 4+ letters, end in б (баб·ы·н), or the possessive be -сы after a vowel.
      int stem_len = len - 1 - w.start;
      bool sy = len - w.start >= 3 && w.c[len - 2] == U'с' && is_true_vowel(w.c[len - 3]);
      if (stem_len < 4 && w.c[len - 2] != U'б' && !sy) continue;
    }
    if (x.after == kPoss12) {
      w.n = len - 2;  // dative -а/-е proves the preceding -ым/-ың is a possessive
      return true;
    }
    w.n = len;
    return true;
  }
  return false;
}

// 3rd person possessive -ы/-і (after consonants) or -сы/-сі (after vowels).
bool strip_poss3(Word& w) {
  char32_t a = w.last();
  if (a != U'ы' && a != U'і') return false;
  char32_t b = w.last(1);
  if (b == U'с' && w.letters() >= 4) {
    char32_t v = w.last(2);
    int rest = w.n - 2 - w.start;  // letters left by the -сы reading
    bool sy = false;
    if (v == U'ы' || v == U'і') {
      // -шы/-қы/-лы nouns take -сы (жұмысшы·сы, жалақы·сы, қаулы·сы); other -ыс/-іс
      // nouns take -ы (қылмыс·ы, жыныс·ы, табыс·ы); облыс is an exception.
      char32_t u = w.last(3);
      sy = u == U'ш' || u == U'қ' || u == U'к' || u == U'л';
    } else if (is_true_vowel(v)) {
      // бала·сы vs бас·ы: the -сы reading unless it leaves a 2-letter back-vowel stem;
      // canonicalize() folds -Vс stems the same way, so either reading meets.
      sy = rest >= 3 || (rest == 2 && is_front(v));
    }
    if (sy) {
      if (!stem_ok(w, w.n - 2)) return false;
      w.n -= 2;
      return true;
    }
  }
  if (!is_true_vowel(b) && stem_ok(w, w.n - 1)) {
    w.n -= 1;
    return true;
  }
  return false;
}

// Possessive slot.
bool strip_possessive(Word& w) {
  // 1st/2nd singular and 2nd plural only right after a plural (заңдар·ым, балалар·ыңыз):
  // word-final -ым/-ім is mostly derivational (шешім, ұйым, білім, бөлім).
  static constexpr std::u32string_view kAfterPlural[] = {U"ыңыз", U"іңіз", U"ым",
                                                         U"ім",   U"ың",   U"ің"};
  for (auto s : kAfterPlural) {
    int len = w.n - static_cast<int>(s.size());
    if (w.ends_with(s) && ends_in_plural(w, len)) {
      w.n = len;
      return true;
    }
  }
  // 1st plural: -ымыз/-іміз after consonants (ел·іміз), -мыз/-міз after vowels.
  if ((w.ends_with(U"ымыз") || w.ends_with(U"іміз")) && !is_true_vowel(w.last(4)) &&
      stem_ok(w, w.n - 4) && harmony_of(w, w.n - 4) != (w.last(1) == U'ы' ? 2 : 1)) {
    w.n -= 4;
    return true;
  }
  if ((w.ends_with(U"мыз") || w.ends_with(U"міз")) && is_true_vowel(w.last(3)) &&
      w.n - 3 - w.start >= 3 && stem_ok(w, w.n - 3)) {
    w.n -= 3;
    return true;
  }
  return strip_poss3(w);
}

bool strip_relative(Word& w) {
  if (strip_first(w, kRelative, std::size(kRelative))) return true;
  return strip_first(w, kRelativeShort, std::size(kRelativeShort)) != 0;
}

// Folds what the rules cannot tell apart without a lexicon, identically for every form:
// a stem-final ғ/г/б is the voiced alternant of қ/к/п (құқығ- → құқық, кітаб- → кітап,
// жүрег- → жүрек), since native stems never end in them; a final -с or -н after a full
// vowel is dropped when 3+ letters remain, because бала·сы/кеңес·і and бала·ны/орган·ы
// are indistinguishable (so кеңес → кеңе, орган → орга).
void canonicalize(Word& w) {
  if (w.letters() >= 4 && (w.last() == U'с' || w.last() == U'н') &&
      is_true_vowel(w.last(1)) && w.last(1) != U'ы' && w.last(1) != U'і')
    w.n -= 1;
  switch (w.last()) {
    case U'ғ': w.c[w.n - 1] = U'қ'; break;
    case U'г': w.c[w.n - 1] = U'к'; break;
    case U'б': w.c[w.n - 1] = U'п'; break;
    default: break;
  }
}


// ---- Verbs -------------------------------------------------------------------------------
// A verb form is stem + (voice, causative: kept, they make a new verb) + negation -ма/-ба/-па
// + tense, mood or a non-finite form + person. The non-finite forms (participles -ған,
// -атын, the verbal noun -у, -ғандық) then take a noun's endings, which the noun slots
// strip first (барған·да, келген·дік·тен, көрсету·ге). Sources: Қазақ грамматикасы (2002),
// етістік: болымсыз форма, шақ, рай, есімше, көсемше, тұйық етістік.
//
// Many verbal endings are also noun endings (past -ды = accusative -ды; -атын = -ат·ы·н;
// converb -ып = тәрт·іп; -у = с·у). Those strip only when the stem left is a verb of
// text/data/kk_verb_stems.txt (verbs attested in the corpora); the unambiguous ones
// (present -ады/-йды, participle -ған, any negated form) strip by rule alone.

// Where an ending may follow the stem.
enum class After : std::uint8_t {
  any,
  vowel,      // й-, converb -п, -я/-ю (й·а, й·у written я, ю): a vowel-final stem
  vowel_n,    // a vowel or the passive -н after a vowel (баста·ды, қабылдан·ды)
  consonant,  // vowel-initial endings: a consonant-final stem
  voiced,     // ғ/г/д/м-initial: after a vowel, sonorant or ж з (барған, келді, бармады)
  voiceless,  // қ/к/т/п-initial: after a voiceless consonant (айтқан, кетті, айтпады)
  nasal_zh,   // б-initial negation: after м н ң ж з (жазбады)
};

struct VerbEnding {
  std::u32string s;
  After after;
  bool strong;     // strips without the verb list
  bool nominal;    // a noun-like form that may carry noun endings (tried after each slot)
  bool y_merged;   // оқ·иды: the stem's final -ы/-і merged into и (key is the rest as is)
  bool add_y;      // қо·я·ды, жо·ю: the stem ends in й, written into я/ю
};

bool after_ok(After a, const Word& w, int len) {
  char32_t c = w.at(len - 1);
  std::uint16_t k = class_at(w, len);
  switch (a) {
    case After::any: return true;
    case After::vowel: return is_true_vowel(c);
    case After::vowel_n: return is_true_vowel(c) || (c == U'н' && is_true_vowel(w.at(len - 2)));
    case After::consonant: return !is_any_vowel(c);
    case After::voiced: return (k & (kV | kSon | kZH)) != 0;
    case After::voiceless: return k == kVL;
    case After::nasal_zh: return (k & (kMNNG | kZH)) != 0;
  }
  return false;
}

std::vector<VerbEnding> make_verb_endings() {
  std::vector<VerbEnding> out;
  auto add = [&](std::u32string s, After a, bool strong, bool nominal = false, bool y = false, bool add_y = false) {
    out.push_back({std::move(s), a, strong, nominal, y, add_y});
  };
  auto initial = [](char32_t c) {
    switch (c) {
      case U'ғ': case U'г': case U'д': case U'м': return After::voiced;
      case U'қ': case U'к': case U'т': case U'п': return After::voiceless;
      case U'б': return After::nasal_zh;
      default: return After::any;
    }
  };
  const std::u32string persons[] = {U"мын", U"мін", U"мыз", U"міз", U"сың", U"сің", U"сыз", U"сіз",
                                    U"сыңдар", U"сіңдер", U"сыздар", U"сіздер"};
  // Tense and mood after the stem or after the negation (back, front pairs).
  struct Form {
    std::u32string back, front;
    bool strong, nominal;
  };
  const Form participles[] = {{U"ған", U"ген", true, true}, {U"ғандық", U"гендік", true, true}};
  const Form past[] = {{U"ды", U"ді", false, false}, {U"дым", U"дім", false, false}, {U"дық", U"дік", false, false}, {U"дыңыз", U"діңіз", false, false}, {U"дыңдар", U"діңдер", false, false}};
  // Plain stem + ending.
  for (const Form& f : participles) {
    for (const auto& e : {f.back, f.front}) {
      add(e, After::voiced, f.strong, f.nominal);
      std::u32string k = e;
      k[0] = k[0] == U'ғ' ? U'қ' : U'к';
      add(k, After::voiceless, f.strong, f.nominal);
    }
  }
  // Past 2nd person -дың is left out: it is the genitive -дың of nouns (кеңес·тің).
  // The bare past -ды/-ты is the accusative after a consonant (кеңес·ті 'the council'): the
  // noun slots strip it there, and the verb reading is taken after a vowel (баста·ды) or a
  // passive -н (қабылдан·ды: the noun slots would fold -ан away and meet active қабылда).
  for (const Form& f : past) {
    for (const auto& e : {f.back, f.front}) {
      const bool bare = e.size() == 2;
      add(e, bare ? After::vowel_n : After::voiced, false);
      if (!bare) add(U"т" + e.substr(1), After::voiceless, false);
    }
  }
  // Present-future: C·а/е, V·й, (ы)·и, plus the person; the 3rd person is -ды/-ді.
  for (auto [v, a, y] : {std::tuple{U"а", After::consonant, false}, std::tuple{U"е", After::consonant, false},
                         std::tuple{U"й", After::vowel, false}, std::tuple{U"и", After::consonant, true}}) {
    std::u32string vv(v);
    for (const std::u32string& p : {std::u32string(U"ды"), std::u32string(U"ді")}) add(vv + p, a, true, false, y);
    // -асыз/-есіз: the privative -сыз of a noun too (қамтамасыз): only from a listed verb.
    for (const std::u32string& p : persons) add(vv + p, a, !p.starts_with(U"сыз") && !p.starts_with(U"сіз"), false, y);
    // Participle -атын/-йтын: -атын is also -ат·ы·н on nouns (саясатын).
    for (const std::u32string& p : {std::u32string(U"тын"), std::u32string(U"тін")})
      add(vv + p, a, v != std::u32string_view(U"а") && v != std::u32string_view(U"е"), true, y);
  }
  for (const std::u32string& p : {std::u32string(U"ды"), std::u32string(U"ді"), std::u32string(U"тын"),
                                  std::u32string(U"тін"), std::u32string(U"мыз"), std::u32string(U"міз")})
    add(U"я" + p, After::vowel, true, p[0] == U'т', false, true);
  // Verbal noun (the dictionary form) and converbs, conditional, imperative, future, intent.
  add(U"у", After::any, false, true);
  add(U"ю", After::vowel, false, true, false, true);
  add(U"ып", After::consonant, false);
  add(U"іп", After::consonant, false);
  add(U"п", After::vowel, false);
  for (std::u32string_view e : {U"са", U"се", U"сам", U"сем", U"саң", U"сең", U"сақ", U"сек", U"саңыз", U"сеңіз",
                                  U"сын", U"сін", U"мақ", U"мек", U"ғалы", U"гелі", U"ғанша", U"генше"})
    // Imperative -сын only after a consonant: after a vowel it is the possessive + accusative
    // (жұмы·сы·н is жұмыс·ы·н, бала·сы·н).
    add(std::u32string(e),
        e[0] == U'м' || e[0] == U'ғ' || e[0] == U'г' ? After::voiced
        : e == U"сын" || e == U"сін"                  ? After::consonant
                                                     : After::any,
        false);
  // The future -ар/-р is left out: it is rare in legal text and -лар/-тар plurals look the
  // same (жаза·лар is not жазала·р).
  // Negation -ма/-ме/-ба/-бе/-па/-пе before a tense: always a verb.
  for (std::u32string_view neg : {U"ма", U"ме", U"ба", U"бе", U"па", U"пе"}) {
    const std::u32string n(neg);
    const bool back = n[1] == U'а';
    const After a = initial(n[0]);
    const std::u32string tails[] = {
        back ? U"йды" : U"йді", back ? U"ды" : U"ді", back ? U"ған" : U"ген", back ? U"ғандық" : U"гендік",
        back ? U"йтын" : U"йтін", U"у", back ? U"са" : U"се", back ? U"сын" : U"сін", U"й", U"с",
        back ? U"дым" : U"дім", back ? U"дық" : U"дік"};
    for (const std::u32string& t : tails) {
      const bool nominal = t == U"у" || t.starts_with(U"ған") || t.starts_with(U"ген") || t.ends_with(U"тын") ||
                           t.ends_with(U"тін") || t == U"с";
      add(n + t, a, t.size() >= 2, nominal);
    }
    for (const std::u32string& p : persons) add(n + U"й" + p, a, true);
  }
  std::stable_sort(out.begin(), out.end(), [](const VerbEnding& x, const VerbEnding& y) { return x.s.size() > y.s.size(); });
  return out;
}

// The verb list's key of a stem (scripts/kk_verb_stems.py key()): a final -ы/-і after a
// consonant goes (аңды- → аңд, since аңду and аңдып disagree on it), б/ғ/г become voiceless.
void verb_key(Word& w) {
  if (w.letters() >= 3 && (w.last() == U'ы' || w.last() == U'і') && !is_any_vowel(w.last(1))) w.n -= 1;
  switch (w.last()) {
    case U'ғ': w.c[w.n - 1] = U'қ'; break;
    case U'г': w.c[w.n - 1] = U'к'; break;
    case U'б': w.c[w.n - 1] = U'п'; break;
    default: break;
  }
}

bool decode(std::string_view s, Word& w) {
  if (!is_valid_utf8(s)) return false;
  std::size_t i = 0;
  w.n = 0;
  while (i < s.size()) {
    if (w.n == kMaxLetters) return false;
    w.c[w.n++] = next_code_point(s, i);
  }
  w.start = w.n;
  while (w.start > 0 && is_cyrillic(w.c[w.start - 1])) --w.start;
  return w.letters() >= 2;
}

void encode(const Word& w, std::string& out) {
  out.clear();
  for (int i = 0; i < w.n; ++i) append_utf8(out, w.c[i]);
}

const std::vector<VerbEnding>& verb_endings() {
  static const std::vector<VerbEnding> endings = make_verb_endings();
  return endings;
}

// Comparative -рақ/-рек (after a vowel), -ырақ/-ірек (after a consonant): жақсырақ → жақсы.
// Only when 4+ letters remain: тұрақ, жапырақ, топырақ are words of their own.
bool strip_comparative(Word& w) {
  static constexpr std::u32string_view kForms[] = {U"ырақ", U"ірек", U"рақ", U"рек"};
  for (auto s : kForms) {
    if (!w.ends_with(s)) continue;
    int len = w.n - static_cast<int>(s.size());
    if (len - w.start < 4 || !stem_ok(w, len)) continue;
    if ((s[0] == U'р') != is_true_vowel(w.c[len - 1])) continue;
    int hs = harmony_of_suffix(s), hw = harmony_of(w, len);
    if (hs && hw && hs != hw) continue;
    w.n = len;
    return true;
  }
  return false;
}

}  // namespace

bool KazakhStemmer::verb(const void* word, bool nominal_only, std::string& out) const {
  const Word& w = *static_cast<const Word*>(word);
  thread_local std::string key;
  bool have_strong = false;
  for (const VerbEnding& e : verb_endings()) {
    if (nominal_only && !e.nominal) continue;
    if (!w.ends_with(e.s)) continue;
    int len = w.n - static_cast<int>(e.s.size());
    if (len - w.start < 2 || !stem_ok(w, len) || !after_ok(e.after, w, len)) continue;
    int hs = harmony_of_suffix(e.s), hw = harmony_of(w, len);
    if (hs && hw && hs != hw) continue;
    Word r = w;
    r.n = len;
    if (e.add_y) r.c[r.n++] = U'й';
    if (!e.y_merged) verb_key(r);
    encode(r, key);
    if (verbs_.contains(key)) {
      out = key;
      return true;
    }
    if (e.strong && !have_strong) {
      out = key;
      have_strong = true;
    }
  }
  return have_strong;
}

KazakhStemmer::KazakhStemmer() {
  std::string_view text = lexkz::data::kk_stem_exceptions_txt;
  while (!text.empty()) {
    std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view key = line.substr(0, tab), value = line.substr(tab + 1);
    Word w;
    std::string stem(value);
    if (value == "=") {
      // An indeclinable word (мәселен 'for example'): it takes no endings, so its final
      // -н/-с is no case or possessive ending and canonicalize() must not fold it onto
      // another word (мәселен ≠ мәселе 'problem').
      stem = std::string(key);
    } else if (decode(value, w)) {  // values are lemmas; store the key the rules would give
      canonicalize(w);
      encode(w, stem);
    }
    exceptions_.emplace(std::string(key), std::move(stem));
  }
  for (const std::string& v : Stopwords::parse_list(lexkz::data::kk_verb_stems_txt)) verbs_.insert(v);
}

std::string KazakhStemmer::stem(std::string_view folded_word) const {
  Word w;
  if (!decode(folded_word, w)) return std::string(folded_word);

  // Exceptions are looked up for the word and after every stripped ending, so one entry
  // (халқ → халық) covers the whole paradigm (халқы, халқының, халқымыз).
  thread_local std::string key;
  auto exception = [&](const Word& x) -> const std::string* {
    if (exceptions_.empty()) return nullptr;
    encode(x, key);
    auto it = exceptions_.find(key);
    return it == exceptions_.end() ? nullptr : &it->second;
  };
  if (auto* e = exception(w)) return *e;

  // Verbs first: their endings are outermost and many look like noun endings.
  strip_comparative(w);
  thread_local std::string verb_stem;
  if (verb(&w, false, verb_stem)) return verb_stem;

  // One pass over the slots, outermost first; a slot that strips nothing is skipped. After
  // each stripped ending, the rest may be a participle or verbal noun (барған·да).
  auto step = [&](bool stripped) -> const std::string* {
    if (!stripped) return nullptr;
    if (auto* e = exception(w)) return e;
    return verb(&w, true, verb_stem) ? &verb_stem : nullptr;
  };
  // Predicate endings never follow -ы/-і here: шешім·і·н is not шеші·мін.
  if (w.last(3) != U'ы' && w.last(3) != U'і')
    if (auto* e = step(strip_first(w, kPredicate, std::size(kPredicate), 3) != 0)) return *e;
  if (auto* e = step(strip_case(w))) return *e;
  // The relative -ғы/-дағы comes between two inflection chains (бұрын·ғы·лар·ы·на):
  // take it first when it is outermost, else after the possessive and plural.
  const int n_before_relative = w.n;
  auto poss_plural = [&]() -> const std::string* {
    if (auto* e = step(strip_possessive(w))) return e;
    return step(strip_first(w, kPlural, std::size(kPlural)) != 0);
  };
  auto relative_then_chain = [&]() -> const std::string* {
    if (!strip_relative(w)) return nullptr;
    if (auto* e = step(true)) return e;
    return poss_plural();
  };
  if (auto* e = relative_then_chain()) return *e;
  if (w.n == n_before_relative) {
    if (auto* e = poss_plural()) return *e;
    if (auto* e = relative_then_chain()) return *e;
  }
  // A lemma may itself end like a possessive (жұмысшы, отбасы, акт·і-лер): strip that
  // once more, so the bare lemma and its inflected forms meet on the same key.
  if (auto* e = step(strip_first(w, kRelativeShort, std::size(kRelativeShort)) != 0 ||
                     strip_poss3(w)))
    return *e;
  canonicalize(w);
  std::string out;
  out.reserve(folded_word.size());
  encode(w, out);
  return out;
}

}  // namespace lexkz::text
