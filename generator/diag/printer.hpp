// The printer: every diagnostic with its source line and a caret, then one summary line.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"

namespace stilas::diag {

/// Gives the text of a source file by its diagnostic path, or nullopt when it is not known.
using SourceLookup = std::function<std::optional<std::string_view>(const std::string& path)>;

/// Writes all diagnostics sorted, each headline followed (when the line is known) by
/// "  12 | the line" and a caret under the column, then the summary ("2 feil, 1 advarsel.").
void print_diagnostics(std::ostream& out, const Diagnostics& diagnostics, const SourceLookup& lookup);

/// "3 feil, 2 advarsler." / "1 feil." / "Ingen feil."
std::string summary_line(size_t errors, size_t warnings);

}  // namespace stilas::diag
