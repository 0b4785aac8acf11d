#include "indexer/rtf_reader.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <map>
#include <string>
#include <vector>

namespace lexkz::indexer {
namespace {

// Where the text of the current group goes.
enum class Dest { body, skip, fonttbl, info, title, footnote };

// Character and destination state, saved and restored with each group.
struct GroupState {
  Dest dest = Dest::body;
  int uc = 1;         // \ucN: fallback characters after each \uN
  int font = -1;      // \fN in effect (-1: the default font)
  bool list_text = false;  // inside {\listtext …}: the rendered list number
};

// The Windows code page of an RTF \fcharset value (RTF 1.9.1 spec, \fcharset table).
// ANSI_CHARSET (0) and DEFAULT_CHARSET (1) mean "the document's \ansicpg": exporters write
// \ansicpg1251 with \fcharset0 fonts and cp1251 bytes, and Word reads them that way.
int codepage_of_charset(int charset) {
  switch (charset) {
    case 77: return 10000;
    case 128: return 932;
    case 129: return 949;
    case 130: return 1361;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 163: return 1258;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    case 254: return 437;
    case 255: return 850;
    default: return 0;
  }
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class RtfParser {
 public:
  explicit RtfParser(std::string_view in) : in_(in) {}
  ~RtfParser() {
    for (auto& [cp, conv] : converters_)
      if (conv) ucnv_close(conv);
  }

  ExtractedText parse() {
    std::size_t i = 0;
    if (in_.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < in_.size() && (in_[i] == ' ' || in_[i] == '\r' || in_[i] == '\n' || in_[i] == '\t')) ++i;
    if (in_.substr(i, 5) != "{\\rtf") throw FormatError("not an RTF file (no {\\rtf signature)");
    bool closed = false;
    while (i < in_.size() && !closed) {
      char c = in_[i];
      if (c == '{') {
        flush();
        if (stack_.size() >= kMaxRtfDepth)
          throw FormatError("RTF groups nested deeper than " + std::to_string(kMaxRtfDepth) + " at byte " +
                            std::to_string(i) + "; refused");
        stack_.push_back(state_);
        skip_ = 0;
        ++i;
      } else if (c == '}') {
        flush();
        if (stack_.empty())
          throw FormatError("unbalanced braces: '}' at byte " + std::to_string(i) + " closes no group");
        state_ = stack_.back();
        stack_.pop_back();
        skip_ = 0;
        closed = stack_.empty();  // the document's group closed: trailing bytes are padding
        ++i;
      } else if (c == '\\') {
        i = control(i);
      } else if (c == '\r' || c == '\n' || c == '\0') {
        ++i;  // line breaks in RTF source carry no meaning
      } else {
        if (skip_ > 0) {
          --skip_;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
          byte(static_cast<unsigned char>(c));
        } else {
          text(std::string_view(&in_[i], 1));
        }
        ++i;
      }
    }
    flush();
    // After the document's group only padding may follow; a brace there is unbalanced.
    for (std::size_t j = i; closed && j < in_.size(); ++j)
      if (in_[j] == '}' || in_[j] == '{')
        throw FormatError("unbalanced braces: '" + std::string(1, in_[j]) + "' at byte " + std::to_string(j) +
                          " after the document's closing brace");
    if (!stack_.empty())
      throw FormatError("unbalanced braces: " + std::to_string(stack_.size()) +
                        " groups still open at the end of the file (truncated?)");
    return finish();
  }

 private:
  // Parses the control word or symbol at in_[i] ('\\'); returns the index after it.
  std::size_t control(std::size_t i) {
    ++i;
    if (i >= in_.size()) return i;
    char c = in_[i];
    if (c == '\'') {  // \'hh: one byte in the current code page
      int hi = i + 1 < in_.size() ? hex_value(in_[i + 1]) : -1;
      int lo = i + 2 < in_.size() ? hex_value(in_[i + 2]) : -1;
      if (hi < 0 || lo < 0) return i + 1;
      if (skip_ > 0) --skip_;
      else byte(static_cast<unsigned char>(hi * 16 + lo));
      return i + 3;
    }
    if (!is_letter(c)) {  // a control symbol
      ++i;
      if (skip_ > 0 && c != '*') {
        --skip_;
        return i;
      }
      flush();
      switch (c) {
        case '*': state_.dest = Dest::skip; break;  // {\*\dest …}: an ignorable destination
        case '\\': case '{': case '}': text(std::string_view(&in_[i - 1], 1)); break;
        case '~': text(" "); break;       // non-breaking space
        case '_': text("-"); break;       // non-breaking hyphen
        case '\r': case '\n': paragraph(); break;  // "\<newline>" is \par
        default: break;                   // \- optional hyphen, \| \: index marks
      }
      return i;
    }
    std::size_t start = i;
    while (i < in_.size() && is_letter(in_[i]) && i - start < 32) ++i;
    std::string_view word = in_.substr(start, i - start);
    while (i < in_.size() && is_letter(in_[i])) ++i;  // over-long word: the rest ignored
    bool has_param = false, negative = false;
    long long param = 0;
    if (i < in_.size() && in_[i] == '-' && i + 1 < in_.size() && is_digit(in_[i + 1])) {
      negative = true;
      ++i;
    }
    std::size_t digits = 0;
    while (i < in_.size() && is_digit(in_[i])) {
      if (digits++ < 10) param = param * 10 + (in_[i] - '0');
      has_param = true;
      ++i;
    }
    if (negative) param = -param;
    if (i < in_.size() && in_[i] == ' ') ++i;  // the delimiting space belongs to the word
    int p = static_cast<int>(std::max<long long>(-2147483647LL, std::min<long long>(2147483647LL, param)));
    if (word == "bin") {  // \binN: N raw bytes follow, whatever the state
      std::size_t n = has_param && p > 0 ? static_cast<std::size_t>(p) : 0;
      return std::min(in_.size(), i + n);
    }
    if (word == "u" && has_param) {
      if (skip_ > 0) --skip_;
      else if (state_.dest != Dest::skip) unit(static_cast<char16_t>(p < 0 ? p + 65536 : p));
      skip_ = state_.uc;
      return i;
    }
    if (skip_ > 0) {
      --skip_;
      return i;
    }
    flush();
    keyword(word, has_param, p);
    return i;
  }

  void keyword(std::string_view w, bool has_param, int p) {
    Dest& dest = state_.dest;
    if (w == "uc") {
      state_.uc = has_param && p >= 0 && p < 16 ? p : 1;
      return;
    }
    if (dest == Dest::skip) return;
    if (dest == Dest::fonttbl) {
      if (w == "f" && has_param) font_entry_ = p;
      else if (w == "fcharset" && has_param) font_cp_[font_entry_] = codepage_of_charset(p);
      else if (w == "cpg" && has_param) font_cp_[font_entry_] = p;
      return;
    }
    if (dest == Dest::info) {
      if (w == "title") dest = Dest::title;
      else if (w != "info") dest = Dest::skip;  // author, subject, dates…
      return;
    }
    // Destinations whose text is not the document's.
    static const std::string_view kSkip[] = {
        "colortbl", "stylesheet", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "annotation", "xe", "tc", "tcn", "bkmkstart",
        "bkmkend", "nonshppict", "shppict", "shp", "listtable", "listoverridetable", "filetbl",
        "revtbl", "rsidtbl", "objdata", "objclass", "template", "private", "generator", "docvar",
        "datastore", "themedata", "colorschememapping", "latentstyles", "atnid", "atnauthor",
        "pn", "fldinst", "background", "userprops", "xmlnstbl", "pgdsctbl", "ftnsep", "ftnsepc",
        "aftnsep", "aftnsepc", "ftncn", "aftncn", "mmathPr", "comment", "doccomm", "author", "operator"};
    for (std::string_view s : kSkip)
      if (w == s) {
        dest = Dest::skip;
        return;
      }
    if (w == "fonttbl") dest = Dest::fonttbl;
    else if (w == "info") dest = Dest::info;
    else if (w == "footnote") {
      if (dest == Dest::footnote) return;  // a note inside a note: keep it in the note
      notes_.emplace_back();
      append(Dest::body, "[" + std::to_string(notes_.size()) + "]");
      dest = Dest::footnote;
    } else if (w == "listtext" || w == "pntext") state_.list_text = true;
    else if (w == "ansicpg" && has_param) ansi_cp_ = p;
    else if (w == "ansi") ansi_cp_ = 1252;
    else if (w == "mac") ansi_cp_ = 10000;
    else if (w == "pc") ansi_cp_ = 437;
    else if (w == "pca") ansi_cp_ = 850;
    else if (w == "deff" && has_param) default_font_ = p;
    else if (w == "f" && has_param) state_.font = p;
    else if (w == "plain") state_.font = -1;
    else if (w == "par" || w == "sect" || w == "page" || w == "line") paragraph();
    else if (w == "tab") text(state_.list_text ? " " : "\t");
    else if (w == "cell" || w == "nestcell") text(" | ");
    else if (w == "row" || w == "nestrow") end_row();
    else if (w == "intbl") in_table_ = true;
    else if (w == "pard") in_table_ = false;
    else if (w == "emdash") text("—");
    else if (w == "endash") text("–");
    else if (w == "bullet") text("•");
    else if (w == "lquote") text("‘");
    else if (w == "rquote") text("’");
    else if (w == "ldblquote") text("“");
    else if (w == "rdblquote") text("”");
    else if (w == "emspace" || w == "enspace" || w == "qmspace") text(" ");
    // \chftn (the note's number: we print our own), formatting words: no text.
  }

  void paragraph() {
    if (state_.dest == Dest::footnote || state_.dest == Dest::title || in_table_) text(" ");
    else text("\n");
  }

  void end_row() {
    std::string& s = body_;
    while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.pop_back();
    s += '\n';
    in_table_ = false;
  }

  int current_codepage() const {
    int font = state_.font >= 0 ? state_.font : default_font_;
    auto it = font_cp_.find(font);
    int cp = it != font_cp_.end() ? it->second : 0;
    return cp ? cp : ansi_cp_;
  }

  void byte(unsigned char b) {
    if (state_.dest == Dest::skip || state_.dest == Dest::fonttbl || state_.dest == Dest::info) return;
    int cp = current_codepage();
    if (!units_.empty() || (!bytes_.empty() && cp != bytes_cp_)) flush();
    bytes_cp_ = cp;
    bytes_ += static_cast<char>(b);
  }

  void unit(char16_t u) {
    if (!bytes_.empty()) flush();
    units_ += u;
  }

  void text(std::string_view s) {
    flush();
    append(state_.dest, s);
  }

  void append(Dest dest, std::string_view s) {
    switch (dest) {
      case Dest::body: body_ += s; break;
      case Dest::footnote: notes_.back() += s; break;
      case Dest::title: title_ += s; break;
      default: break;
    }
  }

  // Converts the pending \'hh bytes or \uN units to UTF-8 into the current destination.
  void flush() {
    if (!bytes_.empty()) {
      UConverter* conv = converter(bytes_cp_);
      icu::UnicodeString u;
      if (conv) {
        UErrorCode status = U_ZERO_ERROR;
        u = icu::UnicodeString(bytes_.data(), static_cast<int32_t>(bytes_.size()), conv, status);
      }
      std::string utf8;
      u.toUTF8String(utf8);
      bytes_.clear();
      append(state_.dest, utf8);
    }
    if (!units_.empty()) {
      // Unpaired surrogates become U+FFFD in toUTF8String: the output stays valid UTF-8.
      icu::UnicodeString u(units_.data(), static_cast<int32_t>(units_.size()));
      std::string utf8;
      u.toUTF8String(utf8);
      units_.clear();
      append(state_.dest, utf8);
    }
  }

  UConverter* converter(int cp) {
    auto it = converters_.find(cp);
    if (it != converters_.end()) return it->second;
    std::string name = cp == 10000 ? "macintosh" : cp == 437 || cp == 850 ? "ibm-" + std::to_string(cp)
                                                                          : "windows-" + std::to_string(cp);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(name.c_str(), &status);
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      conv = ucnv_open("windows-1252", &status);  // an unknown code page: Latin-1-ish
      if (U_FAILURE(status)) conv = nullptr;
    }
    converters_[cp] = conv;
    return conv;
  }

  ExtractedText finish() {
    LineCollector lines;
    std::size_t start = 0;
    while (start < body_.size()) {
      std::size_t nl = body_.find('\n', start);
      if (nl == std::string::npos) nl = body_.size();
      lines.add(std::string_view(body_).substr(start, nl - start));
      start = nl + 1;
    }
    if (!notes_.empty()) {
      lines.blank();
      for (std::size_t k = 0; k < notes_.size(); ++k) {
        std::size_t b = notes_[k].find_first_not_of(' ');
        lines.add("[" + std::to_string(k + 1) + "] " + (b == std::string::npos ? "" : notes_[k].substr(b)));
      }
    }
    ExtractedText out;
    out.text = lines.take();
    // The title: whitespace collapsed.
    bool space = false;
    for (char c : title_) {
      if (c == ' ' || c == '\t' || c == '\n') {
        space = !out.title.empty();
        continue;
      }
      if (space) out.title += ' ';
      space = false;
      out.title += c;
    }
    return out;
  }

  std::string_view in_;
  std::vector<GroupState> stack_;
  GroupState state_;
  int skip_ = 0;  // \uN fallback characters still to skip
  int ansi_cp_ = 1252;
  int default_font_ = 0;
  int font_entry_ = 0;
  bool in_table_ = false;
  std::map<int, int> font_cp_;  // font number → code page (0: the \ansicpg)
  std::map<int, UConverter*> converters_;
  std::string bytes_;
  int bytes_cp_ = 1252;
  std::u16string units_;
  std::string body_, title_;
  std::vector<std::string> notes_;
};

}  // namespace

ExtractedText read_rtf(std::string_view bytes) { return RtfParser(bytes).parse(); }

}  // namespace lexkz::indexer
