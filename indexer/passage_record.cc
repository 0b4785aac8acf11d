#include "indexer/passage_record.h"

#include <cstring>
#include <stdexcept>

namespace lexkz::indexer {
namespace {

// The record is a MessagePack array in a fixed field order: a third of the size of a
// keyed JSON object, and it is stored once per passage (bench/README.md: stored text was
// the second largest table). Field order: doc, ordinal, cite, title, type, lang, kind,
// date, text, start, end, tags, defs (each [tag, term, start, end]), mode, number, status,
// version, source, page (uint), ocr (0/1), ocr_confidence (float 32).
//
// Written and read by hand for this one shape: a general MessagePack library builds a
// document tree per record (allocations on every passage written and every candidate an
// exact-form query checks), and a strict reader of a fixed shape has no recursion for a
// hostile record to exhaust (fuzz/record_fuzz.cc).
constexpr std::size_t kFields = 21;

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void array(std::size_t n) {
    if (n < 16) byte(0x90 | n);
    else if (n <= 0xffff) byte(0xdc), be(n, 2);
    else byte(0xdd), be(n, 4);
  }
  void uint(std::uint64_t v) {
    if (v < 128) byte(static_cast<unsigned>(v));
    else if (v <= 0xff) byte(0xcc), be(v, 1);
    else if (v <= 0xffff) byte(0xcd), be(v, 2);
    else if (v <= 0xffffffffull) byte(0xce), be(v, 4);
    else byte(0xcf), be(v, 8);
  }
  void str(std::string_view s) {
    const std::size_t n = s.size();
    if (n < 32) byte(0xa0 | n);
    else if (n <= 0xff) byte(0xd9), be(n, 1);
    else if (n <= 0xffff) byte(0xda), be(n, 2);
    else byte(0xdb), be(n, 4);
    out_.append(s);
  }
  void f32(float v) {
    std::uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    byte(0xca);
    be(bits, 4);
  }

 private:
  void byte(unsigned b) { out_.push_back(static_cast<char>(b)); }
  void be(std::uint64_t v, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) byte(static_cast<unsigned>((v >> (8 * i)) & 0xff));
  }
  std::string& out_;
};

[[noreturn]] void not_a_record() { throw std::runtime_error("index holds a passage that is not a lexkz record"); }

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::size_t array() {
    const unsigned b = byte();
    if ((b & 0xf0) == 0x90) return b & 0x0f;
    if (b == 0xdc) return static_cast<std::size_t>(be(2));
    if (b == 0xdd) return static_cast<std::size_t>(be(4));
    not_a_record();
  }
  std::uint64_t uint() {
    const unsigned b = byte();
    if (b < 0x80) return b;
    if (b == 0xcc) return be(1);
    if (b == 0xcd) return be(2);
    if (b == 0xce) return be(4);
    if (b == 0xcf) return be(8);
    not_a_record();
  }
  std::string str() {
    const unsigned b = byte();
    std::size_t n;
    if ((b & 0xe0) == 0xa0) n = b & 0x1f;
    else if (b == 0xd9) n = static_cast<std::size_t>(be(1));
    else if (b == 0xda) n = static_cast<std::size_t>(be(2));
    else if (b == 0xdb) n = static_cast<std::size_t>(be(4));
    else not_a_record();
    if (n > in_.size() - pos_) not_a_record();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  float f32() {
    if (byte() != 0xca) not_a_record();
    const std::uint32_t bits = static_cast<std::uint32_t>(be(4));
    float v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  bool done() const { return pos_ == in_.size(); }
  // Each element takes at least a byte: a count beyond what is left is a lie.
  std::size_t count(std::size_t n) const {
    if (n > in_.size() - pos_) not_a_record();
    return n;
  }

 private:
  unsigned byte() {
    if (pos_ >= in_.size()) not_a_record();
    return static_cast<unsigned char>(in_[pos_++]);
  }
  std::uint64_t be(int bytes) {
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v = v << 8 | byte();
    return v;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string encode_record(const PassageRecord& r, const RecordCodec& codec) {
  std::string bytes;
  bytes.reserve(r.text.size() + r.doc.size() + r.title.size() + r.cite.size() + 64);
  Writer w(bytes);
  w.array(kFields);
  w.str(r.doc);
  w.uint(r.ordinal);
  for (const std::string* s : {&r.cite, &r.title, &r.type, &r.lang, &r.kind, &r.date, &r.text}) w.str(*s);
  w.uint(r.start);
  w.uint(r.end);
  w.array(r.tags.size());
  for (const std::string& t : r.tags) w.str(t);
  w.array(r.definitions.size());
  for (const DefinitionSpan& d : r.definitions) {
    w.array(4);
    w.str(d.tag);
    w.str(d.term);
    w.uint(d.start);
    w.uint(d.end);
  }
  w.str(r.mode);
  for (const std::string* s : {&r.number, &r.status, &r.version, &r.source}) w.str(*s);
  w.uint(r.page < 0 ? 0 : static_cast<std::uint64_t>(r.page));
  w.uint(r.ocr ? 1 : 0);
  w.f32(r.ocr_confidence);
  return codec.compress(bytes);
}

PassageRecord decode_record(const std::string& data, const RecordCodec& codec) {
  const std::string bytes = codec.decompress(data);
  Reader in(bytes);
  if (in.array() != kFields) not_a_record();
  PassageRecord r;
  r.doc = in.str();
  r.ordinal = in.uint();
  for (std::string* s : {&r.cite, &r.title, &r.type, &r.lang, &r.kind, &r.date, &r.text}) *s = in.str();
  r.start = in.uint();
  r.end = in.uint();
  for (std::size_t n = in.count(in.array()); n > 0; --n) r.tags.push_back(in.str());
  for (std::size_t n = in.count(in.array()); n > 0; --n) {
    if (in.array() != 4) not_a_record();
    DefinitionSpan d;
    d.tag = in.str();
    d.term = in.str();
    d.start = in.uint();
    d.end = in.uint();
    r.definitions.push_back(std::move(d));
  }
  r.mode = in.str();
  for (std::string* s : {&r.number, &r.status, &r.version, &r.source}) *s = in.str();
  const std::uint64_t page = in.uint();
  if (page > 10'000'000) not_a_record();
  r.page = static_cast<int>(page);
  const std::uint64_t ocr = in.uint();
  if (ocr > 1) not_a_record();
  r.ocr = ocr == 1;
  r.ocr_confidence = in.f32();
  if (!in.done()) not_a_record();
  return r;
}

}  // namespace lexkz::indexer
