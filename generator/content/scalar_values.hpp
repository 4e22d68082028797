// Scalar value rules for front matter: dates, times, numbers, URLs and boolean look-alikes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stilas::content {

/// "YYYY-MM-DD" for a real calendar date written exactly so, else nullopt.
std::optional<std::string> normalize_date(std::string_view text);

/// "YYYY-MM-DDTHH:MM" for `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`, else nullopt.
std::optional<std::string> normalize_datetime(std::string_view text);

/// True for an integer or decimal: optional sign, digits, optionally `.` and digits.
bool is_number(std::string_view text);

/// The value of a number accepted by is_number (locale independent).
double parse_number(std::string_view text);

/// True for http://, https:// and mailto: addresses and site paths starting with one `/`;
/// false for every other scheme (javascript:, data:, …), protocol-relative `//` and any
/// white space or control character.
bool is_allowed_url(std::string_view text);

/// True for words some YAML dialect or an editor may mean as a boolean but that are not
/// exactly `true` / `false`: yes/no/on/off/y/n/ja/nei and true/false in other cases.
bool is_boolean_lookalike(std::string_view text);

}  // namespace stilas::content
