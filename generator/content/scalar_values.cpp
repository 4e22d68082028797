#include "content/scalar_values.hpp"

#include <array>
#include <charconv>

#include "util/strings.hpp"

namespace stilas::content {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Parses `count` digits at `at`; nullopt when any is not a digit.
std::optional<int> digits(std::string_view s, size_t at, size_t count) {
    if (at + count > s.size()) return std::nullopt;
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (!is_digit(s[i])) return std::nullopt;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> k_days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : k_days[static_cast<size_t>(month - 1)];
}

}  // namespace

std::optional<std::string> normalize_date(std::string_view text) {
    std::string_view s = util::trim(text);
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    if (!year || !month || !day || *year == 0) return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
    return std::string(s);
}

std::optional<std::string> normalize_datetime(std::string_view text) {
    std::string_view s = util::trim(text);
    if (s.size() != 16 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':') return std::nullopt;
    auto date = normalize_date(s.substr(0, 10));
    auto hour = digits(s, 11, 2), minute = digits(s, 14, 2);
    if (!date || !hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
    return *date + "T" + std::string(s.substr(11));
}

bool is_number(std::string_view text) {
    std::string_view s = util::trim(text);
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
    if (i < s.size() && s[i] == '.') {
        size_t fraction = ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i == fraction) return false;
    }
    return i == s.size();
}

double parse_number(std::string_view text) {
    std::string_view s = util::trim(text);
    if (!s.empty() && s[0] == '+') s.remove_prefix(1);
    double value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

bool is_allowed_url(std::string_view text) {
    std::string_view s = util::trim(text);
    for (char c : s)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == '\\') return false;
    std::string lower = util::to_lower_ascii(s);
    for (std::string_view scheme : {"http://", "https://", "mailto:"})
        if (lower.size() > scheme.size() && lower.starts_with(scheme)) return true;
    return lower.starts_with("/") && !lower.starts_with("//");
}

bool is_boolean_lookalike(std::string_view text) {
    std::string lower = util::to_lower_ascii(util::trim(text));
    if (lower == text) {
        if (lower == "true" || lower == "false") return false;
    }
    for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "y", "n", "ja", "nei"})
        if (lower == word) return true;
    return false;
}

}  // namespace stilas::content
