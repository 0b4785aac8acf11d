#pragma once
// Metadata from the opening lines of a law, code or court act, in Russian and Kazakh
// (issue 10, part 3). The forms recognised, as the official sources print them:
//   heading   "Закон Республики Казахстан от 16 ноября 2015 года № 403-V ЗРК."
//             "Федеральный закон от 06.04.2011 N 63-ФЗ"
//             "Қазақстан Республикасының 2015 жылғы 16 қарашадағы № 403-V Заңы."
//             → date (adoption) and number, as printed ("№ 403-V ЗРК", "N 63-ФЗ")
//   ruling    "Дело № 2-1234/2023" / "Іс № 2-1234/2023" → number "№ 2-1234/2023", and the
//             first line that opens with a date → date
//   status    a line opening with "Утратил силу" / "Күші жойылды" (or the heading line
//             going on with it: "… № 214-IV. Утратил силу Законом …") → lost_force;
//             "не введен в действие" / "не вступил в силу" / "қолданысқа енгізілмеген"
//             → not_in_force. Nothing → "" (unknown): the text rarely says "in force",
//             and a guess would make `status:in_force` lie; a sidecar or JSONL says so.
//   edition   an opening line in brackets naming an edition — "(с изменениями и
//             дополнениями по состоянию на 01.01.2024 г.)", "(В редакции федеральных
//             законов от … № …, от 19.06.2019 № …)", "(2023.07.01 редакциясы)", "(…
//             өзгерістер мен толықтырулар …)" → version: the latest date it names (an
//             edition includes every amendment it lists).
//   title     the act's own name: "УГОЛОВНЫЙ КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ", "Қазақстан
//             Республикасының Еңбек кодексі", "О профилактике бытового насилия" — not a
//             state line ("РОССИЙСКАЯ ФЕДЕРАЦИЯ"), an editor's note ("Примечание ИЗПИ!",
//             "Сноска. …"), a "Принят …" line or a sentence. A statute's title must look
//             like one (an act word, "О …"/"Об …", "… туралы"); other texts take their
//             first short line unless it is a sentence (news: no title).
// Only the opening is read: lines up to the first article, chapter or section, at most
// kOpeningLines non-blank lines. Notes that cite other acts ("Сноска. … Законом РК от
// 02.07.2021 № 62-VII", "Утратил силу … - Кодекс … № 61-ФЗ") never give the number.
#include <string>
#include <string_view>

namespace lexkz::indexer {

/// What the opening lines say; each field empty when they do not say it.
struct ActMetadata {
  std::string title;
  std::string number;   ///< as printed, one space after the sign: "№ 403-V", "N 63-ФЗ"
  std::string date;     ///< YYYY-MM-DD: adoption (act) or decision (ruling)
  std::string status;   ///< lost_force, not_in_force or ""
  std::string version;  ///< YYYY-MM-DD of the edition
  bool ruling = false;  ///< a court act ("Дело № …" / "Іс № …")
};

/// Non-blank lines read at most.
inline constexpr int kOpeningLines = 60;

/// Reads the opening lines of `text` (valid UTF-8). `statute`: the document is a statute,
/// so a title must look like an act's name.
ActMetadata read_act_metadata(std::string_view text, bool statute);

/// The comparable form of an act number: the sign and an issuer suffix dropped, case
/// folded, Cyrillic look-alikes in Roman numerals made Latin — "№ 321-VІ" (U+0406),
/// "№321-VI", "N 321-vi ЗРК" all give "321-vi". Empty when `number` holds no number.
std::string number_key(std::string_view number);

/// The first date in `s` — "16 ноября 2015 года", "16.11.2015", "2015 жылғы 16
/// қарашадағы", "2011.02.02" — as YYYY-MM-DD, or "".
std::string find_date(std::string_view s);

}  // namespace lexkz::indexer
