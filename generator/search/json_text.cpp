// JSON string escaping (16 bytes at a time, 32 with AVX2 where the CPU has it) and numbers.
#include "search/json_text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "search/fold.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(STILAS_AVX2_WINDOWS)
#include <immintrin.h>
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

// How append_escaped() finds the bytes that need an escape: `width` bytes at once.
struct DefaultScan {
    static constexpr size_t width = 16;
    static unsigned bits(const char* p) { return special_bits(p); }
};

#else
// Without SSE2: byte by byte.
struct DefaultScan {
    static constexpr size_t width = 1;
    static unsigned bits(const char* p) { return k_special[static_cast<unsigned char>(*p)]; }
};
#endif

#if defined(STILAS_AVX2_WINDOWS)
// The bytes special_bits_avx2() compares with, 32 of each, in memory, made before main where GCC
// cannot see them (the empty asm): a vector of a constant byte is made anew (a move, a copy and
// a broadcast) wherever it is used and after every call in the loop, since a call keeps no
// vector register (made once a string instead, and kept on the stack: about 30 instructions of
// a string's 85), while a compare reads memory at no cost.
struct alignas(32) Avx2Bytes {
    char control[32], flip[32], quote[32], backslash[32], less[32], greater[32], amp[32], e2[32];
};
const Avx2Bytes k_avx2_bytes = [] {
    Avx2Bytes b;
    auto fill = [](char (&bytes)[32], char c) {
        asm("" : "+r"(c));
        std::memset(bytes, c, sizeof bytes);
    };
    fill(b.control, static_cast<char>(-128 + 0x20));
    fill(b.flip, static_cast<char>(0x80));
    fill(b.quote, '"');
    fill(b.backslash, '\\');
    fill(b.less, '<');
    fill(b.greater, '>');
    fill(b.amp, '&');
    fill(b.e2, '\xE2');
    return b;
}();

// special_bits() of the 32 bytes at `p`.
[[STILAS_AVX2_TARGET]] unsigned special_bits_avx2(const char* p) {
    const Avx2Bytes& k = k_avx2_bytes;
    auto bytes = [](const char (&b)[32]) { return reinterpret_cast<const __m256i*>(b); };
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    // Below 0x20: as in special_bits(). (Written out: a lambda is not compiled for AVX2, so
    // `bytes` only gives addresses.)
    __m256i found = _mm256_cmpgt_epi8(_mm256_load_si256(bytes(k.control)),
                                      _mm256_add_epi8(x, _mm256_load_si256(bytes(k.flip))));
    found = _mm256_or_si256(found, _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_load_si256(bytes(k.quote))),
                                                   _mm256_cmpeq_epi8(x, _mm256_load_si256(bytes(k.backslash)))));
    found = _mm256_or_si256(found, _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_load_si256(bytes(k.less))),
                                                   _mm256_cmpeq_epi8(x, _mm256_load_si256(bytes(k.greater)))));
    found = _mm256_or_si256(found, _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_load_si256(bytes(k.amp))),
                                                   _mm256_cmpeq_epi8(x, _mm256_load_si256(bytes(k.e2)))));
    return static_cast<unsigned>(_mm256_movemask_epi8(found));
}

struct Avx2Scan {
    static constexpr size_t width = 32;
    [[STILAS_AVX2_TARGET]] static unsigned bits(const char* p) { return special_bits_avx2(p); }
};
#endif

// Scan::bits() of the fewer than Scan::width bytes of `s` from `i` (bit 0: byte i): the string's
// last bytes shifted, or for a shorter string a copy padded with spaces (which need no escape),
// so that short fields and the ends of long ones are not checked byte by byte.
template <typename Scan>
[[gnu::always_inline]] inline unsigned tail_special_bits(std::string_view s, size_t i) {
    const size_t left = s.size() - i;
    if (s.size() >= Scan::width) return Scan::bits(s.data() + s.size() - Scan::width) >> (Scan::width - left);
    char padded[Scan::width];
    std::memset(padded, ' ', sizeof padded);
    std::memcpy(padded, s.data() + i, left);
    return Scan::bits(padded);
}

// append_json_string(), Scan::width bytes at a time (fewer at the end): on to the first that
// needs an escape.
template <typename Scan>
[[gnu::always_inline]] inline void append_escaped(std::string& out, std::string_view s) {
    out += '"';
    size_t start = 0;
    for (size_t i = 0; i < s.size();) {
        const size_t left = s.size() - i;
        const unsigned bits = left >= Scan::width ? Scan::bits(s.data() + i) : tail_special_bits<Scan>(s, i);
        if (!bits) {
            i += std::min(left, Scan::width);
            continue;
        }
        i += static_cast<size_t>(std::countr_zero(bits));
        out.append(s.substr(start, i - start));
        i += append_special(out, s, i);
        start = i;
    }
    out.append(s.substr(start));
    out += '"';
}

#if defined(STILAS_AVX2_WINDOWS)
// Flattened: an AVX2 function is not inlined into append_escaped() (compiled for any CPU), only
// into the whole loop (as the tokenizer's add_body_avx2()).
[[STILAS_AVX2_TARGET, gnu::flatten]] void append_escaped_avx2(std::string& out, std::string_view s) {
    append_escaped<Avx2Scan>(out, s);
}
#endif
}  // namespace

bool json_detail::g_avx2_escaping = fold_detail::cpu_has_avx2();

void append_json_string(std::string& out, std::string_view s) {
#if defined(STILAS_AVX2_WINDOWS)
    if (json_detail::g_avx2_escaping) return append_escaped_avx2(out, s);
#endif
    append_escaped<DefaultScan>(out, s);
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
