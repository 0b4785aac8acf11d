#pragma once
// What a file is, by its content first (magic bytes) and its extension second: court
// archives are full of .doc files that are RTF, PDFs saved as .txt and Word files without an
// extension. The extension only decides between the text formats (.txt, .html, .jsonl) and
// names what a file claimed to be when its content is no such thing.
#include <string>
#include <string_view>

namespace lexkz::indexer {

/// The formats the reader knows.
enum class InputFormat { unsupported, txt, html, jsonl, pdf, docx, odt, rtf, doc };

/// The format named by a path's extension (case-insensitive ASCII): .txt, .html/.htm,
/// .jsonl, .pdf, .docx, .odt, .rtf, .doc.
InputFormat format_of(const std::string& path);

/// What the first bytes of a file show.
enum class Magic {
  none,       ///< no known signature: text, or binary junk the decoder will refuse
  pdf,        ///< "%PDF-"
  docx,       ///< a zip holding word/document.xml
  odt,        ///< a zip whose first entry "mimetype" says application/vnd.oasis.opendocument.text
  zip_other,  ///< another zip (xlsx, an archive, an ODF spreadsheet…)
  rtf,        ///< "{\rtf"
  ole2,       ///< D0 CF 11 E0 A1 B1 1A E1: an OLE2 compound file (Word 97 .doc, .xls, .msg…)
  html,       ///< "<!DOCTYPE html" or "<html" after a BOM and blanks
};

/// The signature in `bytes`. With only a file's head, a zip is `docx` when its first entry
/// is "[Content_Types].xml" or under "word/" — `complete` false says the bytes are a head
/// and the decision for zips is provisional; with the whole file the central directory is
/// searched for word/document.xml.
Magic sniff(std::string_view bytes, bool complete = true);

/// True for an OLE2 file holding a "WordDocument" stream (a Word 97–2003 document).
bool is_word97(std::string_view bytes);

/// How to read a file with content `bytes` (the whole file) and extension format `ext`:
/// its content's format when it has a signature, else `ext` (a .txt or unknown-extension file
/// holding HTML is HTML). `unsupported` with `*reason` set when the content is not what the
/// extension says and not anything else we read ("not a DOCX file: no zip signature").
InputFormat decide_format(std::string_view bytes, InputFormat ext, std::string* reason);

/// Whether a directory walk reads a file with an extension we do not know, from its head:
/// only when the head shows a document format (PDF, DOCX, ODT, RTF) — never plain text,
/// other zips or OLE2 files, so a folder's images, spreadsheets and `NAME.meta.json`
/// sidecars are passed over silently.
bool worth_sniffing(std::string_view head);

}  // namespace lexkz::indexer
