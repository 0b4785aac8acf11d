#pragma once
// Where a definition clause ends inside its passage. An offence article reads "X, то есть
// …, –\nнаказывается штрафом …" / "… –\nайыппұл салуға әкеп соғады": the dash that closes
// a line, or a dash followed by the sanction, ends what X means; the penalty is no part of
// the definition (TAGS.md), so `define` shows the clause without it.
#include <cstddef>
#include <string_view>

namespace lexkz::concepts {

/// The byte offset in `text` where the definition that starts at `from` ends: before the
/// dash that introduces a sanction (a dash closing its line, or followed by "наказывается",
/// "влечет", "жазаланады", "әкеп соғады" …), trailing spaces and commas dropped; the end of
/// `text` when no sanction follows.
std::size_t definition_clause_end(std::string_view text, std::size_t from);

}  // namespace lexkz::concepts
