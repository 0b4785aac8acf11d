#pragma once
// The index schema, in one place (STYLE.md habit 6; Omega's values.h): every term prefix
// and value slot, with its encoding and purpose. One Xapian document = one passage.
//
// Terms
//   XDOC<doc-key>       every passage of one document, hashed when long (unique_term):
//                       re-indexing a document deletes this term's passages and adds the
//                       new ones. (No per-passage id term: nothing looks one up, and
//                       113,000 one-document postlists cost 4 % of the build.)
//   <stem>              the analyzer's stem of every word but stop words, WITH positions:
//                       words and phrases match every inflected form; stop words are not
//                       indexed, positions stay true (a phrase bridges them). Unprefixed, so the stems of
//                       both languages share one space (they rarely collide; a query word
//                       whose language is unclear asks for both stems).
//   (no exact forms)    `=word`, exact phrases and `pref*` are stem queries checked against
//                       the stored passage text (query/exact_form_source.h).
//   L<lang>             boolean: passage language, "ru" / "kk".
//   XTYPE<type>         boolean: statute, ruling, transcript, convention, other.
//   XKIND<kind>         boolean: law, note, heading, paragraph, turn (splitter.h).
//   XTAG<tag>           boolean: a tag from the tagger (TAGS.md).
//   XDEF<tag>           boolean: the passage defines that tag's concept.
//   XDEF                boolean: the passage defines some concept.
//   XSTATUS<status>     boolean: the document's status, in_force / lost_force /
//                       not_in_force (absent when unknown): `status:` and --status.
//   XNUM<number-key>    boolean: the act's number, compared as number_key() gives it
//                       ("№ 321-VІ" → "321-vi"): `number:` in a query.
//   XVER<act>@<YYYYMMDD> boolean: an edition of a numbered act — <act> is act_key() of the
//                       number and adoption date, <YYYYMMDD> the edition's date. Only
//                       documents with both a number and a version carry it. At query
//                       time the searcher lists these terms (a few per act, over every
//                       shard and --db at once) and excludes the older editions of each
//                       act with one boolean AND_NOT (query/version_filter.h).
//   XHEAD               boolean, on each document's FIRST passage only: counts documents
//                       (stats, the date-filter warning) from term frequencies alone.
//   XHEADDATED          boolean, first passage only: the document has a date.
//   XHEADSTATUS<status> boolean, first passage only: the document's status, "unknown"
//                       when none — documents per status in stats.
// Values
//   kDateSlot (0)       document date "YYYYMMDD" (string order is date order).
//   kHashSlot (1)       content hash of the whole document (hex), on its first passage
//                       only: incremental indexing skips unchanged documents.
//   kLangSlot (2)       passage language ("ru"/"kk"), for facet counts (ValueCountMatchSpy
//                       is built into Xapian, so facets work over remote shards too).
//   kTypeSlot (3)       document type, for facet counts.
//   kTagsSlot (4)       the passage's tags, sorted, comma-joined, for facet counts.
//   kRecordSlot (5)     the passage record: a MessagePack array (passage_record.cc) with
//                       what a hit shows without reading the source — doc, ordinal, cite,
//                       title, type, lang, kind, date, text, start, end, tags, defs, mode,
//                       number, status, version, source, page, ocr, ocr_confidence —
//                       compressed with zstd and the index's dictionary (record_codec.h).
//   kVersionSlot (6)    the edition date "YYYYMMDD" of the document, when it has one.
// Data: empty. The record is a value, not the document data, because Glass deflates
//   every document's data with zlib on its own: a quarter of the build time once the
//   record is zstd already (8.1 s → 5.8 s on kz_codes_ru, bench/README.md). Values are
//   stored as given, read by slot, and travel with a document from a remote shard.
// Metadata keys
//   "lexkz:schema"       schema version, so an old index is detected, not misread.
//   "lexkz:records-dict" the records' zstd dictionary (absent: plain zstd frames).
// Tables: shards are created without a termlist (DB_NO_TERMLIST, index_writer.cc); a
//   shard gets one when a document in it is first replaced or removed.
#include <string>
#include <string_view>

#include <xapian.h>

namespace lexkz::indexer::schema {

inline constexpr std::string_view kSchemaVersion = "6";
inline constexpr std::string_view kSchemaKey = "lexkz:schema";
/// The zstd dictionary of the passage records (record_codec.h), the same in every shard.
inline constexpr std::string_view kDictionaryKey = "lexkz:records-dict";

inline constexpr std::string_view kDocPrefix = "XDOC";
inline constexpr std::string_view kLangPrefix = "L";
inline constexpr std::string_view kTypePrefix = "XTYPE";
inline constexpr std::string_view kKindPrefix = "XKIND";
inline constexpr std::string_view kTagPrefix = "XTAG";
inline constexpr std::string_view kDefPrefix = "XDEF";
inline constexpr std::string_view kStatusPrefix = "XSTATUS";
inline constexpr std::string_view kNumberPrefix = "XNUM";
inline constexpr std::string_view kVersionPrefix = "XVER";
inline constexpr std::string_view kHeadPrefix = "XHEAD";
inline constexpr std::string_view kHeadDatedTerm = "XHEADDATED";
inline constexpr std::string_view kHeadStatusPrefix = "XHEADSTATUS";

inline constexpr Xapian::valueno kDateSlot = 0;
inline constexpr Xapian::valueno kHashSlot = 1;
inline constexpr Xapian::valueno kLangSlot = 2;
inline constexpr Xapian::valueno kTypeSlot = 3;
inline constexpr Xapian::valueno kTagsSlot = 4;
inline constexpr Xapian::valueno kRecordSlot = 5;
inline constexpr Xapian::valueno kVersionSlot = 6;

/// Xapian terms are limited to 245 bytes; long ids are shortened to a prefix plus a
/// hash, as omindex does, so any id works and stays unique.
std::string unique_term(std::string_view prefix, std::string_view id);

/// The identity of an act across its editions: its number key (act_metadata.h
/// number_key) and adoption date "YYYYMMDD" (RF laws reuse numbers every year: 63-ФЗ of
/// 1996 and of 2011 are two acts). Long keys are shortened with a hash.
std::string act_key(std::string_view number_key, std::string_view date_value);

/// The XVER term of edition `version_value` ("YYYYMMDD") of act `act_key`.
std::string version_term(std::string_view act_key, std::string_view version_value);

/// "YYYY-MM-DD" → "YYYYMMDD"; "" for anything else.
std::string date_value(std::string_view iso_date);

}  // namespace lexkz::indexer::schema
