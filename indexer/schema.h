#pragma once
// The index schema, in one place (STYLE.md habit 6; Omega's values.h): every term prefix
// and value slot, with its encoding and purpose. One Xapian document = one passage.
//
// Terms
//   Q<passage-key>      unique id of a passage: "<doc id>#<ordinal>", hashed when long
//                       (see unique_term); re-indexing uses replace_document on it.
//   XDOC<doc-key>       every passage of one document: deleting a document deletes this.
//   <stem>              the analyzer's stem of every word but stop words, WITH positions:
//                       words and phrases match every inflected form; stop words are not
//                       indexed, positions stay true (a phrase bridges them). Unprefixed, so the stems of
//                       both languages share one space (they rarely collide; a query word
//                       whose language is unclear asks for both stems).
//   E<norm>             the normalised exact form of every non-stop word, without positions
//                       (wdf only): `=word` searches; exact phrases are stem phrases
//                       filtered by the exact forms.
//   L<lang>             boolean: passage language, "ru" / "kk".
//   XTYPE<type>         boolean: statute, ruling, transcript, convention, other.
//   XKIND<kind>         boolean: law, note, heading, paragraph, turn (splitter.h).
//   XTAG<tag>           boolean: a tag from the tagger (TAGS.md).
//   XDEF<tag>           boolean: the passage defines that tag's concept.
//   XDEF                boolean: the passage defines some concept.
// Values
//   kDateSlot (0)       document date "YYYYMMDD" (string order is date order).
//   kHashSlot (1)       content hash of the whole document (hex), on every passage:
//                       incremental indexing skips unchanged documents.
//   kLangSlot (2)       passage language ("ru"/"kk"), for facet counts (ValueCountMatchSpy
//                       is built into Xapian, so facets work over remote shards too).
//   kTypeSlot (3)       document type, for facet counts.
//   kTagsSlot (4)       the passage's tags, sorted, comma-joined, for facet counts.
// Data: a MessagePack array (see passage_record.cc) with what a hit shows without reading the
//   source: doc, ordinal, cite, title, type, lang, kind, text, start, end, tags, defs.
// Metadata keys
//   "lexkz:schema"       schema version, so an old index is detected, not misread.
#include <string>
#include <string_view>

#include <xapian.h>

namespace lexkz::indexer::schema {

inline constexpr std::string_view kSchemaVersion = "3";
inline constexpr std::string_view kSchemaKey = "lexkz:schema";

inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kDocPrefix = "XDOC";
inline constexpr std::string_view kExactPrefix = "E";
inline constexpr std::string_view kLangPrefix = "L";
inline constexpr std::string_view kTypePrefix = "XTYPE";
inline constexpr std::string_view kKindPrefix = "XKIND";
inline constexpr std::string_view kTagPrefix = "XTAG";
inline constexpr std::string_view kDefPrefix = "XDEF";

inline constexpr Xapian::valueno kDateSlot = 0;
inline constexpr Xapian::valueno kHashSlot = 1;
inline constexpr Xapian::valueno kLangSlot = 2;
inline constexpr Xapian::valueno kTypeSlot = 3;
inline constexpr Xapian::valueno kTagsSlot = 4;

/// Xapian terms are limited to 245 bytes; long ids are shortened to a prefix plus a
/// hash, as omindex does, so any id works and stays unique.
std::string unique_term(std::string_view prefix, std::string_view id);

/// "YYYY-MM-DD" → "YYYYMMDD"; "" for anything else.
std::string date_value(std::string_view iso_date);

}  // namespace lexkz::indexer::schema
