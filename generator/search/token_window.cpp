// The tokenizer's window scan (fold.hpp): each 64-byte window's bytes classified at once
// (portable, SSE2 and, where the CPU has it, AVX2 versions of one definition), and the tokens'
// starts and ends found from the classes (Tokenizer::load_window); the AVX2 classifier and the
// scan are inline in token_window.hpp, for page analysis' loop compiled for AVX2.
#include <bit>
#include <cstdint>
#include <cstring>

#include "search/fold.hpp"
#include "search/token_window.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stilas::search {

// Window classification: two implementations of one definition (classify_portable and SSE2),
// chosen when compiling. The SSE2 one compares ranges with one signed compare each:
// x - lo + 0x80 wraps lo..hi to the smallest bytes (-128 ...).
namespace {
fold_detail::WindowBits classify_portable(const char* p, char* lowered) {
    fold_detail::WindowBits bits;
    for (unsigned i = 0; i < 64; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        const auto folded = static_cast<unsigned char>(c | 0x20);   // A-Z → a-z, Å Æ Ø's second byte → å æ ø's
        const bool letter = folded >= 'a' && folded <= 'z';
        const bool second = folded == 0xA5 || folded == 0xA6 || folded == 0xB8;
        lowered[i] = static_cast<char>(letter || second ? folded : c);
        bits.alnum |= static_cast<uint64_t>(letter || (c >= '0' && c <= '9')) << i;
        bits.lead |= static_cast<uint64_t>(c == 0xC3) << i;
        bits.second |= static_cast<uint64_t>(second) << i;
        bits.high |= static_cast<uint64_t>(c >= 0x80) << i;
    }
    return bits;
}

#if defined(__SSE2__)
inline __m128i in_range(__m128i x, char lo, char hi) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                          _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
}

[[gnu::always_inline]] inline fold_detail::WindowBits classify_sse2(const char* p, char* lowered) {
    fold_detail::WindowBits bits;
    const __m128i case_bit = _mm_set1_epi8(0x20);
    __m128i x[4];
    for (unsigned k = 0; k < 4; ++k) x[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // Most windows are ASCII only: no lead or second bytes to look for.
    const bool ascii = !_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(x[0], x[1]), _mm_or_si128(x[2], x[3])));
    // Unrolled, so that each chunk's bits go in with a constant shift.
#pragma GCC unroll 4
    for (unsigned k = 0; k < 4; ++k) {
        const unsigned shift = 16 * k;
        // (movemask gives 0 to 65535: no cast to 16 bits, which would cost an instruction per mask)
        auto mask = [shift](__m128i m) {
            return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))) << shift;
        };
        const __m128i folded = _mm_or_si128(x[k], case_bit);
        __m128i to_lower = in_range(folded, 'a', 'z');   // the letters, and (below) Å Æ Ø's second bytes
        bits.alnum |= mask(_mm_or_si128(to_lower, in_range(x[k], '0', '9')));
        if (!ascii) {
            const __m128i second =
                _mm_or_si128(in_range(folded, '\xA5', '\xA6'), _mm_cmpeq_epi8(folded, _mm_set1_epi8('\xB8')));
            to_lower = _mm_or_si128(to_lower, second);
            bits.lead |= mask(_mm_cmpeq_epi8(x[k], _mm_set1_epi8('\xC3')));
            bits.second |= mask(second);
            bits.high |= mask(x[k]);
        }
        const __m128i lower = _mm_or_si128(x[k], _mm_and_si128(to_lower, case_bit));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(lowered + 16 * k), lower);
    }
    return bits;
}
#endif

#if defined(STILAS_AVX2_WINDOWS)
// Whether this CPU runs the AVX2 versions. (Asked by cpu_has_avx2() too, which other files'
// globals call before main, maybe before k_cpu_has_avx2 is made.)
bool cpu_supports_avx2() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
           __builtin_cpu_supports("popcnt");
}
// (Checked once, before main.)
const bool k_cpu_has_avx2 = cpu_supports_avx2();
#endif

// SSE2 where the compiler has it (every x86-64), else the portable loop; chosen when compiling.
// (load_window() takes classify_avx2() instead where the CPU has AVX2: see Tokenizer::load_window.)
[[gnu::always_inline]] inline fold_detail::WindowBits classify_best(const char* p, char* lowered) {
#if defined(__SSE2__)
    return classify_sse2(p, lowered);
#else
    return classify_portable(p, lowered);
#endif
}
}  // namespace

bool fold_detail::g_avx2_windows =
#if defined(STILAS_AVX2_WINDOWS)
    k_cpu_has_avx2;
#else
    false;
#endif

bool fold_detail::cpu_has_avx2() {
#if defined(STILAS_AVX2_WINDOWS)
    return cpu_supports_avx2();
#else
    return false;
#endif
}

#if defined(STILAS_AVX2_WINDOWS)
namespace {
[[STILAS_AVX2_TARGET]] fold_detail::WindowBits classify_window_avx2(const char* p, char* lowered) {
    return fold_detail::classify_avx2(p, lowered);
}
}  // namespace
#endif

fold_detail::WindowBits fold_detail::classify_window(const char* p, char* lowered, Classifier how) {
    switch (how) {
        case Classifier::portable: return classify_portable(p, lowered);
        case Classifier::avx2:
#if defined(STILAS_AVX2_WINDOWS)
            if (k_cpu_has_avx2) return classify_window_avx2(p, lowered);
#endif
            return classify_best(p, lowered);
        case Classifier::sse2:
#if defined(__SSE2__)
            return classify_sse2(p, lowered);
#else
            return classify_portable(p, lowered);
#endif
        case Classifier::best: break;
    }
    return classify_best(p, lowered);
}

[[gnu::noinline, gnu::cold]] const char* Tokenizer::pad_window(size_t base) {
    const size_t available = m_text.size() - base;
    std::memcpy(m_padded, m_text.data() + base, available);
    std::memset(m_padded + available, ' ', k_window - available);
    return m_padded;
}

#if defined(STILAS_AVX2_WINDOWS)
[[STILAS_AVX2_TARGET, gnu::noinline]] Tokenizer::Scan Tokenizer::load_window_avx2(size_t base) {
    return load_window_avx2_inline(base);
}
#else
Tokenizer::Scan Tokenizer::load_window_avx2(size_t base) { return load_window_best(base); }   // (never called)
#endif

Tokenizer::Scan Tokenizer::load_window_best(size_t base) {
    return scan_bits(base, classify_best(window_bytes(base), m_lowered));
}

}  // namespace stilas::search
