#include "i18n/dates.hpp"

#include <array>

namespace stilas::i18n {

namespace {

// Month names are the same in both written standards; spelled out here rather than taken
// from ICU's locale data so output never changes with the ICU version installed.
constexpr std::array<std::string_view, 12> k_months = {
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember"};

bool read_number(std::string_view text, size_t pos, size_t digits, int& out) {
    if (pos + digits > text.size()) return false;
    int value = 0;
    for (size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    out = value;
    return true;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : k_days[static_cast<size_t>(month - 1)];
}

std::string padded(int n, size_t width) {
    std::string digits = std::to_string(n);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return digits;
}

}  // namespace

std::optional<Language> parse_language(std::string_view code) {
    if (code == "nb") return Language::nb;
    if (code == "nn") return Language::nn;
    return std::nullopt;
}

std::string_view language_code(Language language) { return language == Language::nn ? "nn" : "nb"; }

std::optional<Date> parse_date(std::string_view text) {
    Date d;
    if (text.size() != 10 && text.size() != 16) return std::nullopt;
    if (!read_number(text, 0, 4, d.year) || text[4] != '-' || !read_number(text, 5, 2, d.month) ||
        text[7] != '-' || !read_number(text, 8, 2, d.day))
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    if (text.size() == 16) {
        if ((text[10] != 'T' && text[10] != ' ') || !read_number(text, 11, 2, d.hour) || text[13] != ':' ||
            !read_number(text, 14, 2, d.minute) || d.hour > 23 || d.minute > 59)
            return std::nullopt;
    }
    return d;
}

std::string_view month_name(int month, Language /*language*/) {
    if (month < 1 || month > 12) return {};
    return k_months[static_cast<size_t>(month - 1)];
}

std::string format_date(const Date& date, Language language) {
    std::string out = std::to_string(date.day) + ". " + std::string(month_name(date.month, language)) + ' ' +
                      std::to_string(date.year);
    if (date.has_time()) out += " kl. " + padded(date.hour, 2) + '.' + padded(date.minute, 2);
    return out;
}

std::string iso_date(const Date& date) {
    std::string out = padded(date.year, 4) + '-' + padded(date.month, 2) + '-' + padded(date.day, 2);
    if (date.has_time()) out += 'T' + padded(date.hour, 2) + ':' + padded(date.minute, 2);
    return out;
}

}  // namespace stilas::i18n
