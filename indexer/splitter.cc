#include "indexer/splitter.h"

#include <cstring>
#include <utility>

#include "indexer/page_cite.h"
#include "indexer/structure_line.h"

namespace lexkz::indexer {
namespace {

// Whitespace that never starts or ends a passage: ASCII spaces, U+00A0 NO-BREAK SPACE
// (common in adilet.zan.kz texts) and U+FEFF ZERO WIDTH NO-BREAK SPACE (a stray BOM).
bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t skip_ws_forward(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end) {
    if (is_space_byte(t[i]) || t[i] == '\n') ++i;
    else if (end - i >= 2 && t[i] == '\xC2' && t[i + 1] == '\xA0') i += 2;
    else if (end - i >= 3 && t.compare(i, 3, "\xEF\xBB\xBF") == 0) i += 3;
    else break;
  }
  return i;
}

std::size_t skip_ws_backward(std::string_view t, std::size_t begin, std::size_t e) {
  while (e > begin) {
    if (is_space_byte(t[e - 1]) || t[e - 1] == '\n') --e;
    else if (e - begin >= 2 && t[e - 2] == '\xC2' && t[e - 1] == '\xA0') e -= 2;
    else if (e - begin >= 3 && t.compare(e - 3, 3, "\xEF\xBB\xBF") == 0) e -= 3;
    else break;
  }
  return e;
}

// One line of the text, trimmed: [start, end); blank lines have start == end.
struct Line {
  std::size_t start = 0;
  std::size_t end = 0;
  bool blank() const { return start == end; }
};

// Walks lines with memchr: the only per-byte loop is the C library's.
class LineCursor {
 public:
  explicit LineCursor(std::string_view t) : t_(t) {}
  bool next(Line* line) {
    if (pos_ >= t_.size()) return false;
    const void* nl = std::memchr(t_.data() + pos_, '\n', t_.size() - pos_);
    std::size_t e = nl ? static_cast<const char*>(nl) - t_.data() : t_.size();
    line->start = skip_ws_forward(t_, pos_, e);
    line->end = skip_ws_backward(t_, line->start, e);
    pos_ = e + 1;
    return true;
  }

 private:
  std::string_view t_;
  std::size_t pos_ = 0;
};

// Kazakh-only letters (ә ғ қ ң ө ұ ү һ і and capitals) in the first 64 KB decide the cite
// language when neither the document nor a heading says it.
bool text_looks_kazakh(std::string_view t) {
  t = t.substr(0, 65536);
  std::size_t cyrillic = 0, kazakh = 0;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(t[i]);
    if (b != 0xD0 && b != 0xD1 && b != 0xD2 && b != 0xD3) continue;
    std::size_t n = 0;
    char32_t c = code_point_at(t, i, &n);
    i += n - 1;
    if (c < 0x0400 || c > 0x04FF) continue;
    ++cyrillic;
    if (c == 0x0406 || c == 0x0456 || (c >= 0x0492 && c <= 0x04E9)) ++kazakh;
  }
  return cyrillic > 0 && kazakh * 200 >= cyrillic;
}

// Where the splitter is inside a statute.
struct StatuteContext {
  std::string section, chapter, article, point, subpoint;
  bool article_kk = false;
  bool any_dot_point = false;  // the article has "N." points, so "N)" are sub-points
  bool in_remark = false;      // after "Примечание." inside the article
  bool paren_item = false;     // the open item is "N)" / "а)": a capitalised paragraph ends it
  std::string remark_after;    // the point a remark followed, to see the numbering resume
  bool remark_after_paren = false;
  bool remark_after_dot = false;
};

enum class Mode { none, heading_block, article_head, law, note, paragraph, turn };

class Builder {
 public:
  Builder(const Document& doc, bool kk) : doc_(doc), kk_(kk) {}

  bool is_open() const { return open_; }
  Mode mode() const { return mode_; }
  std::size_t size() const { return cur_.end - cur_.start; }
  void set_mode(Mode m) { mode_ = m; }
  void set_kind(PassageKind k) { cur_.kind = k; }
  void extend(const Line& line) { cur_.end = line.end; }

  Passage& open(const Line& line, PassageKind kind, Mode mode, std::string cite) {
    close();
    cur_ = Passage{};
    cur_.doc = doc_.id;
    cur_.cite = std::move(cite);
    cur_.start = line.start;
    cur_.end = line.end;
    cur_.kind = kind;
    mode_ = mode;
    open_ = true;
    return cur_;
  }

  // A prose paragraph: "абз. N" / "N-абзац".
  Passage& open_paragraph(const Line& line, PassageKind kind = PassageKind::paragraph) {
    ++paragraphs_;
    std::string n = std::to_string(paragraphs_);
    Passage& p = open(line, kind, Mode::paragraph, kk_ ? n + "-абзац" : "абз. " + n);
    p.kk = kk_;
    return p;
  }

  void close() {
    if (open_) out_.push_back(std::move(cur_));
    open_ = false;
    mode_ = Mode::none;
  }

  std::vector<Passage> finish() {
    close();
    return std::move(out_);
  }

  bool kk() const { return kk_; }

 private:
  const Document& doc_;
  bool kk_;
  Passage cur_;
  bool open_ = false;
  Mode mode_ = Mode::none;
  std::size_t paragraphs_ = 0;
  std::vector<Passage> out_;
};

std::string heading_cite(LineKind kind, std::string_view number, bool kk) {
  std::string n(number);
  switch (kind) {
    case LineKind::section:
      return kk ? n + (n[0] >= '0' && n[0] <= '9' ? "-бөлім" : " бөлім") : "Раздел " + n;
    case LineKind::chapter:
      return kk ? n + "-тарау" : "Глава " + n;
    case LineKind::subsection:
      return "Подраздел " + n;
    case LineKind::group:
      return kk ? n + "-параграф" : "Параграф " + n;
    default:
      return n;
  }
}

// "Статья 14, п. 2, пп. 3)" / "14-бап, 2-тармақ, 3) тармақша"; `suffix_note` adds the
// note marker and drops the point (a note speaks about the article).
std::string statute_cite(const StatuteContext& c, bool kk, bool note) {
  std::string s;
  auto add = [&s](std::string_view part) {
    if (!s.empty()) s += ", ";
    s += part;
  };
  if (!c.article.empty()) add(kk ? c.article + "-бап" : "Статья " + c.article);
  if (note) {
    add(kk ? "ескерту" : "сноска");
    return s;
  }
  if (c.in_remark) add(kk ? "ескертпе" : "примечание");
  if (!c.point.empty()) add(kk ? c.point + "-тармақ" : "п. " + c.point);
  if (!c.subpoint.empty()) add(kk ? c.subpoint + " тармақша" : "пп. " + c.subpoint);
  return s;
}

// A caps line as its own cite, cut to 60 bytes on a character boundary.
std::string clip_cite(std::string_view s) {
  if (s.size() <= 60) return std::string(s);
  std::size_t e = 60;
  while (e > 0 && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;
  return std::string(s.substr(0, e)) + "…";
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool ends_sentence(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"') return true;
  return (s.size() >= 2 && s.substr(s.size() - 2) == "»") ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "…");
}

// "(В редакции … № 1-ФЗ)" / "…)." / "…);": the parenthesis ends on this line.
bool closes_parenthesis(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',')) s.remove_suffix(1);
  return !s.empty() && s.back() == ')';
}

class StatuteSplitter {
 public:
  StatuteSplitter(const Document& doc, bool kk) : t_(doc.text), b_(doc, kk), kk_(kk) {}

  std::vector<Passage> run() {
    find_toc_ends();
    LineCursor cursor(t_);
    Line line;
    bool after_blank = true;
    while (cursor.next(&line)) {
      if (line.blank()) {
        after_blank = true;
        continue;
      }
      on_line(line, after_blank);
      previous_line_ = t_.substr(line.start, line.end - line.start);
      after_blank = false;
    }
    return b_.finish();
  }

 private:
  bool cite_kk() const { return c_.article.empty() ? kk_ : c_.article_kk; }

  void open_law(const Line& line) {
    if (c_.article.empty() && c_.point.empty()) {
      Passage& p = b_.open_paragraph(line);
      p.section = c_.section;
      p.chapter = c_.chapter;
      return;
    }
    Passage& p = b_.open(line, PassageKind::law, Mode::law, statute_cite(c_, cite_kk(), false));
    fill(p);
  }

  void fill(Passage& p) {
    p.section = c_.section;
    p.chapter = c_.chapter;
    p.article = c_.article;
    p.point = c_.point;
    p.subpoint = c_.subpoint;
    p.kk = cite_kk();
  }

  void open_note(const Line& line) {
    bool kk = cite_kk();
    std::string cite = statute_cite(c_, kk, true);
    Passage& p = b_.open(line, PassageKind::note, Mode::note, cite);
    fill(p);
    p.point.clear();
    p.subpoint.clear();
  }

  void on_line(const Line& line, bool para_start) {
    std::string_view s = t_.substr(line.start, line.end - line.start);
    LineClass lc = classify_line(s);
    switch (lc.kind) {
      case LineKind::section:
      case LineKind::subsection:
      case LineKind::chapter:
      case LineKind::group: {
        std::string label = heading_cite(lc.kind, lc.number, lc.kk);
        if (lc.kind == LineKind::section) {
          c_.section = label;
          c_.chapter.clear();
        } else if (lc.kind == LineKind::subsection) {
          c_.chapter.clear();
        } else if (lc.kind == LineKind::chapter) {
          c_.chapter = label;
        }
        reset_article();
        Passage& p = b_.open(line, PassageKind::heading, Mode::heading_block, label);
        p.section = c_.section;
        p.chapter = c_.chapter;
        p.kk = lc.kk;
        return;
      }
      case LineKind::article: {
        reset_article();
        c_.article = std::string(lc.number);
        c_.article_kk = lc.kk;
        Passage& p = b_.open(line, PassageKind::heading, Mode::article_head,
                             statute_cite(c_, lc.kk, false));
        fill(p);
        if (next_toc_end_ < toc_ends_.size() && toc_ends_[next_toc_end_] == line.start) {
          // The last entry of a table of contents: what follows is the title and preamble.
          ++next_toc_end_;
          reset_article();
          b_.set_mode(Mode::heading_block);
        }
        return;
      }
      case LineKind::note:
        if (b_.mode() == Mode::note && !para_start && !note_closed_) b_.extend(line);
        else open_note(line);
        note_takes_next_ = false;
        note_closed_ = false;
        return;
      case LineKind::paren_note: {
        // RF codes put "(В редакции … № 1-ФЗ)" on its own line after the paragraph it
        // amends, often without a blank line; kz texts wrap "(вводится …)" inside a
        // sentence. Only a whole parenthesis after a finished sentence is a note.
        bool closed = closes_parenthesis(s);
        if (b_.mode() == Mode::note && !note_closed_) {
          b_.extend(line);
          note_closed_ = closed;
        } else if (para_start || !b_.is_open() || (closed && (ends_sentence(previous_line_) || closes_parenthesis(previous_line_)))) {
          open_note(line);
          note_takes_next_ = false;
          note_closed_ = closed;
        } else {
          b_.extend(line);
        }
        return;
      }
      case LineKind::editor_note:
        open_note(line);
        note_takes_next_ = true;
        note_closed_ = false;
        return;
      case LineKind::remark:
        c_.remark_after = c_.subpoint.empty() && !numbered_remark(s) ? c_.point : std::string();
        c_.remark_after_paren = c_.paren_item;
        c_.remark_after_dot = c_.any_dot_point;
        c_.in_remark = true;
        c_.point.clear();
        c_.subpoint.clear();
        c_.any_dot_point = false;
        c_.paren_item = false;
        open_law(line);
        return;
      case LineKind::point_dot:
        leave_remark_if_numbering_resumes(lc.number, false);
        c_.point = std::string(lc.number);
        c_.subpoint.clear();
        c_.any_dot_point = true;
        c_.paren_item = false;
        open_law(line);
        return;
      case LineKind::point_paren:
        leave_remark_if_numbering_resumes(lc.number, true);
        if (c_.any_dot_point && !c_.point.empty()) {
          c_.subpoint = std::string(lc.number) + ")";
        } else {
          c_.point = std::string(lc.number);
          c_.subpoint.clear();
        }
        c_.paren_item = true;
        open_law(line);
        return;
      case LineKind::point_letter:
        if (!c_.point.empty()) {
          c_.subpoint = std::string(lc.number) + ")";
        } else {
          c_.point = std::string(lc.number) + ")";
        }
        c_.paren_item = true;
        open_law(line);
        return;
      case LineKind::text:
        on_text(line, s, para_start);
        return;
    }
  }

  void on_text(const Line& line, std::string_view s, bool para_start) {
    if (!b_.is_open() && !(s.size() <= 200 && is_caps_line(s))) {
      open_law(line);
      return;
    }
    if (!para_start && b_.is_open() && b_.mode() == Mode::note && note_closed_) {
      open_law(line);  // the line after a closed "(В редакции …)" resumes the law text
      return;
    }
    if (!para_start && b_.is_open()) {
      b_.extend(line);  // a wrapped line: adilet.zan.kz breaks lines around links
      if (b_.mode() == Mode::article_head) b_.set_kind(PassageKind::law);
      return;
    }
    Mode mode = b_.mode();
    if (mode == Mode::note &&
        (note_takes_next_ || starts_as_continuation(s) || s[0] == '(' || starts_with(s, "№"))) {
      note_takes_next_ = false;
      b_.extend(line);
      return;
    }
    if (s.size() <= 200 && is_caps_line(s)) {
      // "ОБЩАЯ ЧАСТЬ", "РОССИЙСКАЯ ФЕДЕРАЦИЯ": headings that carry no number.
      Passage& p = b_.open(line, PassageKind::heading, Mode::heading_block, clip_cite(s));
      p.section = c_.section;
      p.chapter = c_.chapter;
      return;
    }
    switch (mode) {
      case Mode::article_head:
        b_.extend(line);  // the article's lead-in text shares the heading's passage
        b_.set_kind(PassageKind::law);
        b_.set_mode(Mode::law);
        return;
      case Mode::law:
        if (c_.paren_item && !starts_as_continuation(s)) {
          // A capitalised paragraph after a "1)" list belongs to the list's parent.
          if (!c_.subpoint.empty()) c_.subpoint.clear();
          else c_.point.clear();
          c_.paren_item = false;
          open_law(line);
          return;
        }
        b_.extend(line);
        return;
      case Mode::note:
        open_law(line);  // the note is over: back to the text it interrupted
        return;
      case Mode::paragraph:
        // A lower-case paragraph continues a sentence broken by a blank line (the
        // constitution's preamble is set in short lines).
        if (starts_as_continuation(s)) b_.extend(line);
        else open_law(line);
        return;
      default:
        open_law(line);
        return;
    }
  }

  // A table of contents lists article headings with no text, then the numbering restarts
  // ("Статья 15." … "Статья 1."). The last listed heading is followed by the title and the
  // preamble, which must not be cited as that article: remember where such headings start.
  void find_toc_ends() {
    LineCursor cursor(t_);
    Line line;
    std::size_t last_start = 0;
    long last_number = -1;
    long first_number = -1;
    bool last_has_points = true;
    bool previous_line_article = false;
    bool last_listed = false;  // the heading before the last one had no text: a listing
    while (cursor.next(&line)) {
      if (line.blank()) continue;
      unsigned char b = static_cast<unsigned char>(t_[line.start]);
      LineKind kind = LineKind::text;
      if (b == 0xD0 || (b >= '0' && b <= '9')) {
        LineClass lc = classify_line(t_.substr(line.start, line.end - line.start));
        kind = lc.kind;
        if (kind == LineKind::article) {
          long n = leading_number(lc.number);
          // Back to the first number listed: a restart. (Superscript numbers flattened to
          // text, "Статья 3521" for 352¹ before "Статья 353", only look like a drop.)
          if (first_number < 0) first_number = n;
          else if (!last_has_points && last_listed && n < last_number && n <= first_number)
            toc_ends_.push_back(last_start);
          last_listed = previous_line_article;
          last_start = line.start;
          last_number = n;
          last_has_points = false;
        }
      }
      if (kind == LineKind::point_dot || kind == LineKind::point_paren) last_has_points = true;
      previous_line_article = kind == LineKind::article;
    }
  }

  static long leading_number(std::string_view s) {
    long n = 0;
    for (std::size_t i = 0; i < s.size() && s[i] >= '0' && s[i] <= '9' && n < 1000000; ++i)
      n = n * 10 + (s[i] - '0');
    return n;
  }

  // "Примечания." inside a definitions list explains one item; when the article's own
  // numbering resumes after it ("1)" … remark … "1-1)"), the remark is over. Points that do
  // not continue that numbering ("Примечания. 1. …" "2. …") stay inside the remark.
  void leave_remark_if_numbering_resumes(std::string_view number, bool paren) {
    if (!c_.in_remark || c_.remark_after.empty() || paren != c_.remark_after_paren) return;
    if (!number_greater(number, c_.remark_after)) return;
    c_.in_remark = false;
    c_.any_dot_point = c_.remark_after_dot;
    c_.point = c_.remark_after;
    c_.remark_after.clear();
  }

  // "Примечание. 1. …": the remark numbers its own points.
  static bool numbered_remark(std::string_view s) {
    std::size_t i = s.find_first_of(".:");
    if (i == std::string_view::npos) return false;
    ++i;
    while (i < s.size() && s[i] == ' ') ++i;
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
  }

  // The digits at `i` (advancing it) without leading zeros; "0" for none.
  static std::string_view digit_run(std::string_view s, std::size_t& i) {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    std::string_view run = s.substr(start, i - start);
    while (run.size() > 1 && run[0] == '0') run.remove_prefix(1);
    return run.empty() ? std::string_view("0") : run;
  }

  // Compares "1-1" > "1", "12.1" > "12", "10" > "9" as tuples of integers.
  static bool number_greater(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (true) {
      bool more_a = i < a.size(), more_b = j < b.size();
      if (!more_a || !more_b) return more_a && !more_b;
      // Digit runs compare by value without converting them: a number of 30 digits (a typo,
      // or a fuzzer's) must not overflow (fuzz/splitter_fuzz found `long` overflowing).
      const std::string_view x = digit_run(a, i), y = digit_run(b, j);
      if (x.size() != y.size()) return x.size() > y.size();
      if (x != y) return x > y;
      ++i;
      ++j;
    }
  }

  void reset_article() {
    c_.article.clear();
    c_.point.clear();
    c_.subpoint.clear();
    c_.any_dot_point = false;
    c_.in_remark = false;
    c_.paren_item = false;
    c_.remark_after.clear();
  }

  std::string_view t_;
  Builder b_;
  bool kk_;
  StatuteContext c_;
  bool note_takes_next_ = false;
  bool note_closed_ = false;  // the open note was a whole "( … )" line: it is over
  std::string_view previous_line_;
  std::vector<std::size_t> toc_ends_;
  std::size_t next_toc_end_ = 0;
};

// Prose by paragraph; transcripts by speaker turn (prose rules before the first speaker).
std::vector<Passage> split_prose(const Document& doc, bool kk, bool turns) {
  std::string_view t = doc.text;
  bool has_blank_lines = false;
  {
    LineCursor probe(t);
    Line line;
    bool seen_text = false;
    while (probe.next(&line)) {
      if (!line.blank()) seen_text = true;
      else if (seen_text) {
        has_blank_lines = true;
        break;
      }
    }
  }
  Builder b(doc, kk);
  LineCursor cursor(t);
  Line line;
  bool after_blank = true;
  std::string_view prev;
  std::size_t turns_seen = 0;
  while (cursor.next(&line)) {
    if (line.blank()) {
      after_blank = true;
      continue;
    }
    std::string_view s = t.substr(line.start, line.end - line.start);
    if (turns) {
      std::string_view speaker = speaker_of(s);
      if (!speaker.empty()) {
        ++turns_seen;
        std::string n = std::to_string(turns_seen);
        Passage& p = b.open(line, PassageKind::turn, Mode::turn,
                            std::string(speaker) + (kk ? ", " + n + "-реплика" : ", реплика " + n));
        p.speaker = std::string(speaker);
        p.kk = kk;
        after_blank = false;
        prev = s;
        continue;
      }
      if (b.mode() == Mode::turn) {
        b.extend(line);
        after_blank = false;
        prev = s;
        continue;
      }
    }
    bool new_para = !b.is_open() ||
                    (after_blank && !starts_as_continuation(s)) ||
                    (!has_blank_lines && ends_sentence(prev) && !starts_as_continuation(s));
    // Very short paragraphs ("РЕШЕНИЕ", "г. Алматы") join the next one.
    if (new_para && b.is_open() && b.size() < 64) new_para = false;
    if (new_para) b.open_paragraph(line);
    else b.extend(line);
    after_blank = false;
    prev = s;
  }
  return b.finish();
}

// Where to cut [s, e) no later than s + max: after a sentence end, else after a space,
// else on a character boundary. Never returns s.
std::size_t cut_point(std::string_view t, std::size_t s, std::size_t max) {
  std::size_t limit = s + max;
  std::size_t lo = s + max / 4;
  for (std::size_t i = limit - 1; i > lo; --i) {
    char c = t[i];
    if (c == '\n') return i + 1;
    if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < t.size() &&
        (t[i + 1] == ' ' || t[i + 1] == '\n'))
      return i + 1;
  }
  for (std::size_t i = limit - 1; i > lo; --i)
    if (t[i] == ' ') return i + 1;
  std::size_t i = limit;
  while (i > s + 1 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
  return i;
}

void split_long(std::string_view t, std::vector<Passage>& ps, std::size_t max) {
  if (max < 16) max = 16;
  bool any = false;
  for (const Passage& p : ps) any = any || p.end - p.start > max;
  if (!any) return;
  std::vector<Passage> out;
  out.reserve(ps.size() + 16);
  for (Passage& p : ps) {
    std::size_t s = p.start;
    const std::size_t e = p.end;
    while (e - s > max) {
      std::size_t cut = cut_point(t, s, max);
      Passage part = p;
      part.start = s;
      part.end = skip_ws_backward(t, s, cut);
      if (part.end > part.start) out.push_back(std::move(part));
      s = skip_ws_forward(t, cut, e);
    }
    if (e > s) {
      p.start = s;
      out.push_back(std::move(p));
    }
  }
  ps = std::move(out);
}

}  // namespace

std::string_view kind_name(PassageKind kind) {
  switch (kind) {
    case PassageKind::law: return "law";
    case PassageKind::note: return "note";
    case PassageKind::heading: return "heading";
    case PassageKind::paragraph: return "paragraph";
    case PassageKind::turn: return "turn";
    case PassageKind::toc: return "toc";
  }
  return "paragraph";
}

// Before the first law text, a run of three or more heading passages, at least two of
// them article headings, is a table of contents (a real article heading is followed by its
// text; a run of repealed articles comes later in the body): its entries become `toc`, so
// search and tagging do not cite a contents line as the article.
void mark_tables_of_contents(std::vector<Passage>& ps) {
  std::size_t i = 0;
  while (i < ps.size()) {
    if (ps[i].kind == PassageKind::law) return;
    if (ps[i].kind != PassageKind::heading) {
      ++i;
      continue;
    }
    std::size_t j = i, articles = 0;
    for (; j < ps.size() && ps[j].kind == PassageKind::heading; ++j) articles += !ps[j].article.empty();
    if (j - i >= 3 && articles >= 2)
      for (std::size_t k = i; k < j; ++k) ps[k].kind = PassageKind::toc;
    i = j;
  }
}

std::vector<Passage> split_document(const Document& doc, const SplitOptions& options) {
  bool kk = doc.lang ? *doc.lang == "kk" : text_looks_kazakh(doc.text);
  std::vector<Passage> ps;
  if (doc.type == "statute" || doc.type == "convention") {
    ps = StatuteSplitter(doc, kk).run();
  } else {
    ps = split_prose(doc, kk, doc.type == "transcript");
  }
  split_long(doc.text, ps, options.max_bytes);
  mark_tables_of_contents(ps);
  cite_pages(doc, ps);  // a PDF's prose cites its page
  return ps;
}

bool looks_like_statute(std::string_view text) {
  LineCursor cursor(text);
  Line line;
  int articles = 0;
  while (cursor.next(&line)) {
    if (line.blank()) continue;
    unsigned char b = static_cast<unsigned char>(text[line.start]);
    if (b != 0xD0 && !(b >= '0' && b <= '9')) continue;  // "С…" or a digit
    if (classify_line(text.substr(line.start, line.end - line.start)).kind == LineKind::article &&
        ++articles >= 2)
      return true;
  }
  return articles == 1 && text.size() < 4096;
}

bool looks_like_transcript(std::string_view text) {
  LineCursor cursor(text);
  Line line;
  std::size_t lines = 0, speakers = 0;
  bool repeated = false;  // someone speaks twice: a glossary ("Крахмал: …") never repeats
  std::vector<std::string_view> names;
  while (cursor.next(&line)) {
    if (line.blank()) continue;
    ++lines;
    std::string_view s = text.substr(line.start, line.end - line.start);
    std::string_view who = speaker_of(s);
    // Only "NAME: words" lines count: rulings have bare "УСТАНОВИЛ:" lines.
    if (who.empty() || s.size() <= who.size() + 2) continue;
    ++speakers;
    if (!repeated) {
      for (std::string_view n : names) repeated = repeated || n == who;
      if (names.size() < 256) names.push_back(who);
    }
  }
  return repeated && speakers >= 3 && speakers * 5 >= lines;
}

}  // namespace lexkz::indexer
