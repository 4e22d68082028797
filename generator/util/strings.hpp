// Small string helpers over std::string_view: trimming, splitting, case, joining.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stilas::util {

/// Removes ASCII white space (space, tab, CR, LF) at both ends.
std::string_view trim(std::string_view s);

/// Splits on `sep`; keeps empty parts.
std::vector<std::string_view> split(std::string_view s, char sep);

/// Splits into lines on LF; a trailing CR on each line is dropped.
std::vector<std::string_view> split_lines(std::string_view s);

/// Lowercases ASCII letters only; other bytes are kept.
std::string to_lower_ascii(std::string_view s);

std::string join(const std::vector<std::string>& parts, std::string_view sep);

/// Replaces every occurrence of `from` (non-empty) with `to`.
std::string replace_all(std::string_view s, std::string_view from, std::string_view to);

}  // namespace stilas::util
