#define BOOST_TEST_MODULE record_codec
#include <boost/test/unit_test.hpp>
// The passage records' zstd codec: a dictionary trained on passages compresses unseen
// passages of the same kind better than plain zstd; every record decodes back exactly;
// foreign or damaged data is an error, never garbage.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "indexer/passage_record.h"
#include "indexer/record_codec.h"

namespace {

using lexkz::indexer::PassageRecord;
using lexkz::indexer::RecordCodec;

/// Statute-like sentences from a small vocabulary, deterministic: many passages that share
/// phrases, as a code's points do.
std::vector<std::string> passages(int n, std::uint64_t seed) {
  static const char* const kWords[] = {"работодатель", "обязан", "обеспечить", "равные", "возможности",
                                       "работников", "независимо", "от", "пола", "Республики", "Казахстан",
                                       "настоящего", "Кодекса", "в", "соответствии", "с", "законом",
                                       "дискриминация", "запрещается", "жұмыс", "беруші", "теңдік", "құқық"};
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    std::string p = std::to_string(i % 9 + 1) + ". ";
    for (int w = 0; w < 30; ++w) {
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      p += kWords[(seed >> 33) % std::size(kWords)];
      p += w % 7 == 6 ? ", " : " ";
    }
    out.push_back(p + "в соответствии с законодательством Республики Казахстан.");
  }
  return out;
}

std::size_t compressed_size(const RecordCodec& codec, const std::vector<std::string>& texts) {
  std::size_t n = 0;
  for (const std::string& t : texts) n += codec.compress(t).size();
  return n;
}

BOOST_AUTO_TEST_CASE(a_trained_dictionary_beats_plain_zstd_on_unseen_passages) {
  const std::string dict = RecordCodec::train(passages(2000, 1));
  BOOST_REQUIRE(!dict.empty());
  RecordCodec trained, plain;
  trained.use_dictionary(dict);
  const std::vector<std::string> unseen = passages(300, 99);
  const std::size_t with = compressed_size(trained, unseen), without = compressed_size(plain, unseen);
  BOOST_TEST(with * 3 < without * 2, "with dictionary " << with << " bytes, without " << without);
  for (const std::string& t : unseen) BOOST_TEST(trained.decompress(trained.compress(t)) == t);
}

BOOST_AUTO_TEST_CASE(too_few_samples_train_no_dictionary_and_plain_frames_still_work) {
  BOOST_TEST(RecordCodec::train(passages(5, 1)).empty());
  RecordCodec plain;
  plain.use_dictionary("");
  const std::string t = "Статья 1. Дискриминация запрещается.";
  BOOST_TEST(plain.decompress(plain.compress(t)) == t);
}

BOOST_AUTO_TEST_CASE(a_record_needs_its_own_dictionary) {
  RecordCodec writer;
  writer.use_dictionary(RecordCodec::train(passages(2000, 1)));
  const std::string stored = writer.compress("1. Работодатель обязан обеспечить равные возможности.");
  RecordCodec reader;
  BOOST_CHECK_THROW(reader.decompress(stored), std::runtime_error);
  reader.add_dictionary(writer.dictionary());
  BOOST_TEST(reader.decompress(stored) == "1. Работодатель обязан обеспечить равные возможности.");
  // Dictionaries of two indexes live side by side (several --db searched together).
  RecordCodec other;
  other.use_dictionary(RecordCodec::train(passages(2000, 7)));
  reader.add_dictionary(other.dictionary());
  BOOST_TEST(reader.decompress(other.compress("2. Жұмыс беруші теңдікті қамтамасыз етеді.")) ==
             "2. Жұмыс беруші теңдікті қамтамасыз етеді.");
}

BOOST_AUTO_TEST_CASE(damaged_data_is_an_error) {
  RecordCodec codec;
  BOOST_CHECK_THROW(codec.decompress("not a zstd frame at all"), std::runtime_error);
  BOOST_CHECK_THROW(codec.decompress(""), std::runtime_error);
  std::string stored = codec.compress(std::string(2000, 'x') + "конец");
  stored.resize(stored.size() / 2);
  BOOST_CHECK_THROW(codec.decompress(stored), std::runtime_error);
  BOOST_CHECK_THROW(codec.use_dictionary("not a dictionary"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(records_round_trip_with_every_field) {
  RecordCodec codec;
  codec.use_dictionary(RecordCodec::train(passages(2000, 3)));
  PassageRecord r;
  r.doc = "kz/labour.txt";
  r.ordinal = 7;
  r.cite = "Статья 1, п. 2";
  r.title = "Трудовой кодекс";
  r.type = "statute";
  r.lang = "ru";
  r.kind = "law";
  r.date = "2015-11-23";
  r.text = "2) сексуальное домогательство – нежелательное поведение;";
  r.start = 100;
  r.end = 100 + r.text.size();
  r.tags = {"harassment", "sexual_harassment"};
  r.definitions = {{"sexual_harassment", "сексуальное домогательство", 103, 130}};
  r.mode = "ru";
  r.number = "№ 414-V ҚРЗ";
  r.status = "in_force";
  r.version = "2024-01-01";
  r.source = "https://adilet.zan.kz/rus/docs/K1500000414";
  r.page = 4;
  r.ocr = true;
  r.ocr_confidence = 91.5f;
  const PassageRecord back = lexkz::indexer::decode_record(lexkz::indexer::encode_record(r, codec), codec);
  BOOST_TEST(back.doc == r.doc);
  BOOST_TEST(back.ordinal == r.ordinal);
  BOOST_TEST(back.cite == r.cite);
  BOOST_TEST(back.date == r.date);
  BOOST_TEST(back.text == r.text);
  BOOST_TEST(back.end == r.end);
  BOOST_TEST(back.tags == r.tags);
  BOOST_TEST(back.definitions.size() == 1u);
  BOOST_TEST(back.definitions[0].term == "сексуальное домогательство");
  BOOST_TEST(back.mode == "ru");
  // The metadata of issue 10 (schema 6).
  BOOST_TEST(back.number == r.number);
  BOOST_TEST(back.status == r.status);
  BOOST_TEST(back.version == r.version);
  BOOST_TEST(back.source == r.source);
  BOOST_TEST(back.page == 4);
  BOOST_TEST(back.ocr);
  BOOST_TEST(back.ocr_confidence == 91.5f);
}

}  // namespace

namespace {

BOOST_AUTO_TEST_CASE(records_of_another_shape_are_errors_not_crashes) {
  RecordCodec codec;
  auto decode = [&](const std::string& raw) { return lexkz::indexer::decode_record(codec.compress(raw), codec); };
  PassageRecord r;
  r.doc = "d";
  r.text = "Статья 1.";
  const std::string good = codec.decompress(lexkz::indexer::encode_record(r, codec));
  BOOST_TEST(decode(good).text == "Статья 1.");
  BOOST_CHECK_THROW(decode(good.substr(0, good.size() - 1)), std::runtime_error);  // truncated
  BOOST_CHECK_THROW(decode(good + "x"), std::runtime_error);                       // trailing bytes
  BOOST_CHECK_THROW(decode("\x9d" + good.substr(1)), std::runtime_error);         // 13 fields
  BOOST_CHECK_THROW(decode(std::string("\xdd\xff\xff\xff\xff", 5)), std::runtime_error);
  // A tag list claiming four billion entries in a few bytes.
  std::string lying = good;
  // [.. tags=0x90, defs=0x90, mode, number, status, version, source=0xa0, page=0, ocr=0, f32 (5 bytes)]
  const std::size_t tags_at = lying.size() - 14;
  BOOST_REQUIRE(static_cast<unsigned char>(lying[tags_at]) == 0x90);
  lying.replace(tags_at, 1, std::string("\xdd\xff\xff\xff\xff", 5));
  BOOST_CHECK_THROW(decode(lying), std::runtime_error);
  // Deep nesting where a definition is expected: rejected at the first wrong byte.
  BOOST_CHECK_THROW(decode(good.substr(0, good.size() - 13) + std::string(100000, '\x91')), std::runtime_error);
  // An "ocr" flag that is not 0 or 1, and a confidence that is not a float.
  std::string odd = good;
  odd[odd.size() - 6] = '\x02';
  BOOST_CHECK_THROW(decode(odd), std::runtime_error);
  odd = good;
  odd[odd.size() - 5] = '\xcb';
  BOOST_CHECK_THROW(decode(odd), std::runtime_error);
}

}  // namespace
