// The tokenizer's window scan, inline (fold.hpp declares it): a window's bytes classified with
// AVX2, and the tokens' starts and ends found from the classes. token_window.cpp has the other
// classifiers and the out-of-line scans; page analysis' token loop compiled for AVX2 takes the
// AVX2 scan inline.
#pragma once

#include <bit>
#include <cstdint>

#include "search/fold.hpp"

#if defined(STILAS_AVX2_WINDOWS)
#include <immintrin.h>
#endif

namespace stilas::search {

namespace fold_detail {
// Where the run of non-separators (set bits of `nonseparator`) that byte `i` is in starts: after
// the last separator before it.
inline size_t run_start(uint64_t nonseparator, size_t i) {
    return static_cast<size_t>(std::bit_width(~nonseparator & ((uint64_t{1} << i) - 1)));
}


#if defined(STILAS_AVX2_WINDOWS)
// The vector constants of classify_avx2, loaded from memory: GCC would build each one in three
// instructions (a move to a register and a broadcast) in every window instead.
struct alignas(32) Splat32 {
    char bytes[32];
};
inline constexpr Splat32 splat(int c) {
    Splat32 v{};
    for (char& b : v.bytes) b = static_cast<char>(c);
    return v;
}
// x + (0x80 - lo) < -128 + (hi - lo + 1) (signed) is lo <= x <= hi: each range's two constants.
inline constexpr int range_add(int lo) { return 0x80 - lo; }
inline constexpr int range_below(int lo, int hi) { return -128 + (hi - lo + 1); }
enum AvxConstant {
    k_case_bit, k_letter_add, k_letter_below, k_digit_add, k_digit_below, k_second_add, k_second_below, k_ring_o, k_lead,
    k_avx_constants
};
alignas(32) inline constexpr Splat32 k_avx2_constants[k_avx_constants] = {
    splat(0x20), splat(range_add('a')), splat(range_below('a', 'z')), splat(range_add('0')),
    splat(range_below('0', '9')), splat(range_add(0xA5)), splat(range_below(0xA5, 0xA6)), splat(0xB8), splat(0xC3)};

[[STILAS_AVX2_TARGET, gnu::always_inline]] inline __m256i in_range_avx2(__m256i x, __m256i add, __m256i below) {
    return _mm256_cmpgt_epi8(below, _mm256_add_epi8(x, add));
}

[[STILAS_AVX2_TARGET, gnu::always_inline]] inline __m256i load_avx2(const __m256i* p) { return _mm256_load_si256(p); }

// The bits of `m`'s bytes' top bits, shifted to `shift`.
[[STILAS_AVX2_TARGET, gnu::always_inline]] inline uint64_t mask_avx2(__m256i m, unsigned shift) {
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(m))) << shift;
}

// The same as classify_sse2, 32 bytes at a time (half the vector instructions, and no register
// copies: AVX instructions have three operands).
[[STILAS_AVX2_TARGET, gnu::always_inline]] inline WindowBits classify_avx2(const char* p, char* lowered) {
    const Splat32* constants = k_avx2_constants;
    asm("" : "+r"(constants));   // (hides the table's values from the optimiser: see k_avx2_constants)
    auto constant = [constants](AvxConstant c) { return reinterpret_cast<const __m256i*>(constants[c].bytes); };
    WindowBits bits;
    const __m256i case_bit = load_avx2(constant(k_case_bit));
    const __m256i x[2] = {_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)),
                          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32))};
    const bool ascii = !_mm256_movemask_epi8(_mm256_or_si256(x[0], x[1]));
#pragma GCC unroll 2
    for (unsigned k = 0; k < 2; ++k) {
        const unsigned shift = 32 * k;
        const __m256i folded = _mm256_or_si256(x[k], case_bit);
        __m256i to_lower =
            in_range_avx2(folded, load_avx2(constant(k_letter_add)), load_avx2(constant(k_letter_below)));
        const __m256i digit = in_range_avx2(x[k], load_avx2(constant(k_digit_add)), load_avx2(constant(k_digit_below)));
        bits.alnum |= mask_avx2(_mm256_or_si256(to_lower, digit), shift);
        if (!ascii) {
            const __m256i second =
                _mm256_or_si256(in_range_avx2(folded, load_avx2(constant(k_second_add)), load_avx2(constant(k_second_below))),
                                _mm256_cmpeq_epi8(folded, load_avx2(constant(k_ring_o))));
            to_lower = _mm256_or_si256(to_lower, second);
            bits.lead |= mask_avx2(_mm256_cmpeq_epi8(x[k], load_avx2(constant(k_lead))), shift);
            bits.second |= mask_avx2(second, shift);
            bits.high |= mask_avx2(x[k], shift);
        }
        const __m256i lower = _mm256_or_si256(x[k], _mm256_and_si256(to_lower, case_bit));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(lowered + 32 * k), lower);
    }
    return bits;
}

#endif
}  // namespace fold_detail

// The 64 bytes of the window at `base`: the text's, or at its end a copy with spaces after the
// text (pad_window(): out of line, so that the common window makes no call).
[[gnu::always_inline]] inline const char* Tokenizer::window_bytes(size_t base) {
    if (m_text.size() - base < k_window) return pad_window(base);
    return m_text.data() + base;
}

// The scan of the window at `base` from its bytes' classes (compiled twice: load_window_avx2()
// with classify_avx2() for the CPUs that have it, load_window_best() with classify_best()).
[[gnu::always_inline]] inline Tokenizer::Scan Tokenizer::scan_window(size_t base, const fold_detail::WindowBits& bits) {
    // æ ø å Æ Ø Å: 0xC3 and a second byte, both in the window.
    const uint64_t seconds = bits.second & (bits.lead << 1);
    const uint64_t lead = bits.lead & (seconds >> 1);
    const uint64_t token = bits.alnum | lead | seconds;
    const uint64_t nonseparator = bits.alnum | bits.high;
    const uint64_t unknown = nonseparator & ~token;   // bytes of other characters, or of æ ø å cut at the end
    // The tokens before `limit` are the window's: a run at its end may go on in the next window
    // (which starts with it; a run of 64 bytes is read by next_any()), and a run with unknown
    // bytes is read by next_any().
    // Without a branch (whether a run reaches the window's end is as random as the text): the
    // end of the last separator is the start of that run, or the window's end when the last byte
    // is a separator.
    static_assert(k_window == 64);
    size_t limit = static_cast<size_t>(std::bit_width(~nonseparator));
    Scan s;
    m_lead = lead;
    m_next = base + limit;
    m_slow = limit == 0;
    if (unknown) {
        if (const size_t start = fold_detail::run_start(nonseparator, static_cast<size_t>(std::countr_zero(unknown))); start < limit) {
            limit = start;
            m_next = base + start;
            m_slow = true;
        }
    }
    if constexpr (std::endian::native != std::endian::little) {  // head words are little-endian
        limit = 0;
        m_next = base;
        m_slow = true;
    }
    // (limit 0, a window that starts with a run next_any() reads, is rare: the common case is a
    // shift, no branch on limit == k_window)
    const uint64_t kept = limit == 0 ? 0 : ~uint64_t{0} >> (k_window - limit);
    s.starts = token & ~(token << 1) & kept;
    s.ends = ~token & (token << 1) & kept;
    // Tokens of one character are none: one ASCII byte, or æ ø å alone (so that the token loop
    // counts characters only for tokens over 40 bytes).
    static_assert(k_min_token_chars == 2);
    const uint64_t one_byte = s.starts & (s.ends >> 1), one_letter = s.starts & lead & (s.ends >> 2);
    s.starts &= ~(one_byte | one_letter);
    s.ends &= ~((one_byte << 1) | (one_letter << 2));
    return s;
}

// scan_window() of `bits`, where windows of ASCII bytes only (most) take a copy that knows they
// have no bytes beyond ASCII: the compiler drops the work on æ ø å and other letters from it.
[[gnu::always_inline]] inline Tokenizer::Scan Tokenizer::scan_bits(size_t base, const fold_detail::WindowBits& bits) {
    if (!bits.high) return scan_window(base, fold_detail::WindowBits{bits.alnum, 0, 0, 0});
    return scan_window(base, bits);
}

#if defined(STILAS_AVX2_WINDOWS)
// The AVX2 scan of a window, inline (not forced: GCC inlines it into loops compiled for AVX2 once
// they are whole, see Tokenizer::load_window; load_window_avx2() is its out-of-line copy).
[[STILAS_AVX2_TARGET]] inline Tokenizer::Scan Tokenizer::load_window_avx2_inline(size_t base) {
    return scan_bits(base, fold_detail::classify_avx2(window_bytes(base), m_lowered));
}
#endif


}  // namespace stilas::search
