// The text of a page file: size limit, UTF-8 and NUL checks, BOM and CRLF normalisation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"

namespace stilas::content {

/// Larger page files are refused without being parsed (ENC003).
inline constexpr size_t k_max_page_bytes = 4 * 1024 * 1024;

/// The file's text with a leading UTF-8 BOM dropped and every CRLF turned into LF, so line and
/// column positions are the same as in the file (columns on line 1 count from after the BOM).
/// nullopt after ENC001 (invalid UTF-8), ENC002 (NUL byte) or ENC003 (too large).
std::optional<std::string> decode_page_text(std::string_view bytes, const std::string& display_path,
                                            diag::Diagnostics& diagnostics);

}  // namespace stilas::content
