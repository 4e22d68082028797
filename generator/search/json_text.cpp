// JSON string escaping and numbers.
#include "search/json_text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stilas::search {

namespace {
void append_escape(std::string& out, unsigned code) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", code);
    out += buffer;
}
}  // namespace

namespace {
// Bytes that need an escape: quote, backslash, controls, < > &, and 0xE2 (a possible U+2028/9).
constexpr std::array<bool, 256> k_special = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[c] = true;
    for (int c : {0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2}) table[c] = true;  // " \ < > & and 0xE2
    return table;
}();

// Appends the escape of the special byte at s[i]; returns how many bytes it consumed.
size_t append_special(std::string& out, std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
        return 1;
    }
    if (c == 0xE2) {
        if (i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
            append_escape(out, s[i + 2] == '\xA8' ? 0x2028 : 0x2029);  // JavaScript line separators
            return 3;
        }
        out += static_cast<char>(c);
        return 1;
    }
    append_escape(out, c);
    return 1;
}

#if defined(__SSE2__)
// The bytes of the 16 at `p` that need an escape (k_special, 16 at once; bit i: byte i).
unsigned special_bits(const char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Below 0x20: x + 0x80 wraps 0x00..0x1F to the smallest signed bytes.
    __m128i found = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80))),
                                   _mm_set1_epi8(static_cast<char>(-128 + 0x20)));
    // (Written out: a loop over the six bytes made each one's vector anew for every 16 bytes.)
    auto equal = [&x](char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
    found = _mm_or_si128(found, _mm_or_si128(equal('"'), equal('\\')));
    found = _mm_or_si128(found, _mm_or_si128(equal('<'), equal('>')));
    found = _mm_or_si128(found, _mm_or_si128(equal('&'), equal('\xE2')));
    return static_cast<unsigned>(_mm_movemask_epi8(found));
}

// special_bits() of the fewer than 16 bytes of `s` from `i` (bit 0: byte i): the string's last 16
// bytes shifted, or for a string under 16 bytes a copy padded with spaces (which need no escape),
// so that short fields and the ends of long ones are not checked byte by byte.
unsigned tail_special_bits(std::string_view s, size_t i) {
    const size_t left = s.size() - i;
    if (s.size() >= 16) return special_bits(s.data() + s.size() - 16) >> (16 - left);
    char padded[16];
    std::memset(padded, ' ', sizeof padded);
    std::memcpy(padded, s.data() + i, left);
    return special_bits(padded);
}
#endif
}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    size_t start = 0;
    for (size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
        // Sixteen bytes at once (fewer at the end): on to the first that needs an escape.
        const size_t left = s.size() - i;
        const unsigned bits = left >= 16 ? special_bits(s.data() + i) : tail_special_bits(s, i);
        if (!bits) {
            i += std::min<size_t>(left, 16);
            continue;
        }
        i += static_cast<size_t>(std::countr_zero(bits));
#else
        if (!k_special[static_cast<unsigned char>(s[i])]) {
            ++i;
            continue;
        }
#endif
        out.append(s.substr(start, i - start));
        i += append_special(out, s, i);
        start = i;
    }
    out.append(s.substr(start));
    out += '"';
}

std::string json_number(double value) {
    if (!std::isfinite(value)) return "0";
    long long scaled = std::llround(value * 10000.0);
    std::string sign = scaled < 0 ? "-" : "";
    unsigned long long magnitude = scaled < 0 ? static_cast<unsigned long long>(-scaled) : scaled;
    std::string out = sign + std::to_string(magnitude / 10000);
    unsigned long long fraction = magnitude % 10000;
    if (fraction == 0) return out;
    std::string digits = std::to_string(fraction);
    digits.insert(0, 4 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    return out + "." + digits;
}

}  // namespace stilas::search
