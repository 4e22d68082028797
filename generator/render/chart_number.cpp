#include "render/chart_number.hpp"

#include <charconv>
#include <cmath>

namespace stilas::render {
namespace {

constexpr std::string_view k_minus = "\u2212";
constexpr std::string_view k_thousands = "\u00A0";

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Fixed-point text of `value` with `decimals` decimals, without trailing zeros after the point.
std::string fixed(double value, int decimals) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string text(buffer, result.ptr);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    return text;
}

std::string grouped(std::string_view digits) {
    if (digits.size() < 5) return std::string(digits);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += k_thousands;
        out += digits[i];
    }
    return out;
}

}  // namespace

std::string norwegian_number(std::string_view written) {
    std::string_view s = written;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    size_t point = s.find('.');
    std::string_view whole = s.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
    if (!all_digits(whole) || (point != std::string_view::npos && !all_digits(fraction))) return std::string(written);
    std::string out = negative ? std::string(k_minus) : std::string();
    out += grouped(whole);
    if (!fraction.empty()) out += "," + std::string(fraction);
    return out;
}

std::string norwegian_number(double value) {
    return norwegian_number(fixed(value, 6));
}

std::string svg_coordinate(double value) {
    return fixed(std::round(value * 10) / 10, 1);
}

}  // namespace stilas::render
