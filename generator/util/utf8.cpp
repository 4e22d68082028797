#include "util/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stilas::util {

namespace {
// Length of a valid sequence starting at s[pos], or 0 when it is invalid.
size_t valid_sequence_length(std::string_view s, size_t pos) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char c = byte(pos);
    if (c < 0x80) return 1;
    size_t len = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (pos + len > s.size()) return 0;
    for (size_t i = 1; i < len; ++i) {
        unsigned char cc = byte(pos + i);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}
}  // namespace

namespace {
// The length of the run of ASCII bytes at s[pos…]: sixteen bytes at a time (one movemask of the
// top bits), then eight, then one.
size_t ascii_run(std::string_view s, size_t pos) {
    const size_t start = pos;
#if defined(__SSE2__)
    while (pos + 16 <= s.size()) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
        if (const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(block)); high != 0)
            return pos + static_cast<size_t>(__builtin_ctz(high)) - start;
        pos += 16;
    }
#endif
    while (pos + 8 <= s.size()) {
        uint64_t word;
        std::memcpy(&word, s.data() + pos, 8);
        if (word & 0x8080808080808080ull) break;
        pos += 8;
    }
    while (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) ++pos;
    return pos - start;
}
}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view s) {
    size_t pos = 0;
    while (pos < s.size()) {
        pos += ascii_run(s, pos);
        if (pos >= s.size()) break;
        // Two-byte characters (æ, ø, å) are most of a Norwegian text's non-ASCII ones.
        const auto lead = static_cast<unsigned char>(s[pos]);
        if (lead >= 0xC2 && lead <= 0xDF && pos + 1 < s.size() && (static_cast<unsigned char>(s[pos + 1]) & 0xC0) == 0x80) {
            pos += 2;
            continue;
        }
        size_t len = valid_sequence_length(s, pos);
        if (len == 0) return pos;
        pos += len;
    }
    return std::nullopt;
}

char32_t decode_utf8(std::string_view s, size_t& pos) {
    size_t len = valid_sequence_length(s, pos);
    if (len == 0) { ++pos; return U'\uFFFD'; }
    unsigned char c = static_cast<unsigned char>(s[pos]);
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
    pos += len;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

size_t count_code_points(std::string_view s) {
    // Every byte that is not a continuation byte (10xxxxxx) starts a code point, so the count is
    // the size less the continuation bytes: as signed bytes those are the ones below -64.
    size_t continuation = 0;
    size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: each continuation byte subtracts one (a compare gives -1) from
    // its lane's byte counter; the counters are summed (sad against zero) before 255 blocks
    // could overflow them.
    const __m128i below = _mm_set1_epi8(-64);
    while (i + 16 <= s.size()) {
        __m128i counters = _mm_setzero_si128();
        const size_t blocks = std::min<size_t>((s.size() - i) / 16, 255);
        for (size_t b = 0; b < blocks; ++b, i += 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
            counters = _mm_sub_epi8(counters, _mm_cmplt_epi8(block, below));
        }
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        continuation += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
                        static_cast<size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    }
#endif
    // Eight bytes at a time: bit 7 set and bit 6 clear marks a continuation byte; the marks,
    // moved to bit 0, are summed by one multiplication (no popcnt in the baseline x86-64).
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        const uint64_t ones = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
        continuation += static_cast<size_t>((ones * 0x0101010101010101ull) >> 56);
    }
    for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
    return s.size() - continuation;
}

std::string_view cut_at_word(std::string_view text, size_t max) {
    if (text.size() <= max) return text;
    size_t end = text.rfind(' ', max);
    if (end == std::string_view::npos || end < max / 2) {
        end = max;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    }
    return text.substr(0, end);
}

LineCol line_col_at(std::string_view text, size_t offset) {
    if (offset > text.size()) offset = text.size();
    LineCol lc;
    size_t line_start = 0;
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            line_start = i + 1;
        }
    }
    lc.col = static_cast<int>(count_code_points(text.substr(line_start, offset - line_start))) + 1;
    return lc;
}

}  // namespace stilas::util
