// Case and accent folding and the tokenizer; the tables here are mirrored in client/analyzer.js.
#include "search/fold.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "util/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define STILAS_AVX2_WINDOWS 1   // an AVX2 version of the window scan, taken where the CPU has it
#endif

namespace stilas::search {

namespace {
// U+00C0..U+00FF: the folded letters ('.' = not a letter, '1' = ss, '2' = th).
// À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß, then the lowercase row.
constexpr std::string_view k_latin1 =
    "aaaa\x01\x02\x03" "ceeeeiiiidnoooo\x04.\x04uuuuy21"
    "aaaa\x01\x02\x03" "ceeeeiiiidnoooo\x04.\x04uuuuy2y";

// U+0100..U+017F (Latin Extended-A) folded to base letters ('1' = ij, '2' = oe).
constexpr std::string_view k_latin_ext_a =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkklllllllllln"
    "nnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(k_latin1.size() == 64 && k_latin_ext_a.size() == 128);

void append_special(char code, std::string& out) {
    switch (code) {
        case '\x01': out += "\xC3\xA6"; break;  // ä → æ
        case '\x02': out += "\xC3\xA5"; break;  // å
        case '\x03': out += "\xC3\xA6"; break;  // æ
        case '\x04': out += "\xC3\xB8"; break;  // ö, ø → ø
        default: out += code;
    }
}

CharKind fold_latin1(char32_t cp, std::string& out) {
    char code = k_latin1[cp - 0xC0];
    if (code == '.') return CharKind::separator;
    if (code == '1') out += "ss";
    else if (code == '2') out += "th";
    else append_special(code, out);
    return CharKind::token;
}

CharKind fold_latin_ext_a(char32_t cp, std::string& out) {
    char code = k_latin_ext_a[cp - 0x100];
    if (code == '1') out += "ij";
    else if (code == '2') out += "oe";
    else out += code;
    return CharKind::token;
}

// Greek and Cyrillic: capitals to small letters, the rest of the blocks' letters kept.
CharKind fold_greek_cyrillic(char32_t cp, std::string& out) {
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) cp += 0x20;
    else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
    else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
    else if (!((cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x4FF))) return CharKind::separator;
    util::append_utf8(out, cp);
    return CharKind::token;
}
}  // namespace

CharKind fold_code_point(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            out += static_cast<char>(cp);
            return CharKind::token;
        }
        if (cp >= 'A' && cp <= 'Z') {
            out += static_cast<char>(cp + 32);
            return CharKind::token;
        }
        return CharKind::separator;
    }
    if (cp == 0xAD || (cp >= 0x300 && cp <= 0x36F)) return CharKind::modifier;
    if (cp < 0xC0) return CharKind::separator;
    if (cp < 0x100) return fold_latin1(cp, out);
    if (cp < 0x180) return fold_latin_ext_a(cp, out);
    if (cp < 0x250) {
        util::append_utf8(out, cp);
        return CharKind::token;
    }
    if (cp >= 0x370 && cp < 0x500) return fold_greek_cyrillic(cp, out);
    return CharKind::separator;
}

void apply_modifier(char32_t mark, std::string& token) {
    if (token.empty()) return;
    char last = token.back();
    if (mark == 0x30A && last == 'a') {
        token.back() = '\xC3';
        token += '\xA5';
    } else if (mark == 0x308 && (last == 'a' || last == 'o')) {
        token.back() = '\xC3';
        token += last == 'a' ? '\xA6' : '\xB8';
    }
}

namespace {
// ASCII bytes: the folded letter or digit, or 0 for a separator.
constexpr std::array<char, 128> k_ascii = [] {
    std::array<char, 128> table{};
    for (char c = 'a'; c <= 'z'; ++c) table[static_cast<size_t>(c)] = c;
    for (char c = '0'; c <= '9'; ++c) table[static_cast<size_t>(c)] = c;
    for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<size_t>(c)] = static_cast<char>(c + 32);
    return table;
}();
using namespace fold_detail;

constexpr uint64_t k_high_bits = 0x8080808080808080ull;

// Eight bytes at once: the high bit of each byte that is not in a-z or 0-9. SWAR range tests
// on the low seven bits (no carries between bytes): (t >= lo) xor (t > hi) is lo <= t <= hi;
// bytes with the high bit set are never plain.
uint64_t not_plain(uint64_t x) {
    constexpr uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
    const uint64_t t = x & low7;
    const uint64_t letters = (t + ones * (0x80 - 'a')) ^ (t + ones * (0x80 - 'z' - 1));
    const uint64_t digits = (t + ones * (0x80 - '0')) ^ (t + ones * (0x80 - '9' - 1));
    return ~((letters | digits) & ~x) & k_high_bits;
}

// The run of a-z 0-9 at `p` (at most `n` bytes), its first byte lowered by `lower` (0x20 for
// a capital, else 0). Its first 16 bytes go to head[] (zeroed by the caller) as little-endian
// words, zero-padded.
size_t plain_run(const char* p, size_t n, uint64_t lower, uint64_t head[2]) {
    size_t i = 0;
    if constexpr (std::endian::native == std::endian::little)
        for (; i + 8 <= n; i += 8) {
            const uint64_t word = load_word(p + i) | (i == 0 ? lower : 0);
            if (const uint64_t stop = not_plain(word)) {
                const size_t bytes = static_cast<size_t>(std::countr_zero(stop)) / 8;
                if (i < 16) head[i / 8] = low_bytes(word, bytes);
                return i + bytes;
            }
            if (i < 16) head[i / 8] = word;
        }
    for (; i < n; ++i) {  // the last bytes (all of them on big-endian machines)
        const auto c = static_cast<unsigned char>(p[i] | (i == 0 ? static_cast<char>(lower) : 0));
        if (k_class[c] != k_plain) break;
        if (i < 16) head[i / 8] |= static_cast<uint64_t>(c) << (8 * (i % 8));
    }
    return i;
}

}  // namespace

uint64_t fold_detail::key_hash(uint64_t hash, std::string_view text) {
    uint64_t h = hash;
    size_t i = 16;
    for (; i + 8 <= text.size(); i += 8) h = (h ^ load_word(text.data() + i)) * 0xBF58476D1CE4E5B9ull;
    if (i < text.size()) {
        uint64_t word = 0;
        for (size_t k = 0; i + k < text.size(); ++k)
            word |= static_cast<uint64_t>(static_cast<unsigned char>(text[i + k])) << (8 * k);
        h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
    }
    return h;
}


void set_token_key(Token& token) {
    token.head[0] = token.head[1] = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(token.head, token.text.data(), std::min<size_t>(token.text.size(), 16));
    } else {
        for (size_t i = 0; i < token.text.size() && i < 16; ++i)
            token.head[i / 8] |= static_cast<uint64_t>(static_cast<unsigned char>(token.text[i])) << (8 * (i % 8));
    }
    token.hash = key_hash(head_hash(token.head, token.text.size()), token.text);
}

// Appends the run of ASCII letters and digits at m_pos to `token`, lowercased; returns its length.
size_t Tokenizer::read_ascii_run(std::string& token) {
    const std::string_view text = m_text;
    const size_t start = m_pos;
    size_t pos = start;
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte >= 0x80 || !k_ascii[byte]) break;
        ++pos;
    }
    const size_t before = token.size();
    token.resize(before + (pos - start));
    for (size_t i = start; i < pos; ++i) token[before + i - start] = k_ascii[static_cast<unsigned char>(text[i])];
    m_pos = pos;
    return pos - start;
}

// The general case: folds code point by code point into m_buffer (which may hold a start).
bool Tokenizer::read_folded(size_t& chars) {
    while (m_pos < m_text.size()) {
        const auto byte = static_cast<unsigned char>(m_text[m_pos]);
        if (byte < 0x80) {
            if (k_ascii[byte]) {
                chars += read_ascii_run(m_buffer);
                continue;
            }
            ++m_pos;
            if (!m_buffer.empty()) return true;
            continue;
        }
        if (byte == 0xC3 && m_pos + 1 < m_text.size()) {  // æ ø å and Æ Ø Å: kept, lowercased
            const auto second = static_cast<unsigned char>(m_text[m_pos + 1]);
            const auto lower = static_cast<unsigned char>(second | 0x20);
            if (lower == 0xA5 || lower == 0xA6 || lower == 0xB8) {
                m_buffer += '\xC3';
                m_buffer += static_cast<char>(lower);
                m_pos += 2;
                ++chars;
                continue;
            }
        }
        char32_t cp = util::decode_utf8(m_text, m_pos);
        const size_t before = m_buffer.size();
        CharKind kind = fold_code_point(cp, m_buffer);
        if (kind == CharKind::modifier) {
            apply_modifier(cp, m_buffer);
        } else if (kind == CharKind::separator) {
            if (!m_buffer.empty()) return true;
        } else {
            // Every folded output is one or two code points; multi-letter folds are ASCII.
            chars += (m_buffer.size() - before > 1 && static_cast<unsigned char>(m_buffer[before]) < 0x80) ? 2 : 1;
        }
    }
    return !m_buffer.empty();
}

// `token` = the run of `length` ASCII letters and digits at `p` (its first letter lowered when
// `capital`), whose first 16 bytes (lowered) are `head`.
void Tokenizer::take_plain(Token& token, const char* p, size_t length, bool capital, const uint64_t head[2]) {
    if (capital) {  // the head words hold the lowered start
        std::memcpy(m_lower, head, 16);
        if (length > 16) std::memcpy(m_lower + 16, p + 16, length - 16);
        token.text = std::string_view(m_lower, length);
    } else {
        token.text = std::string_view(p, length);
    }
    token.head[0] = head[0];
    token.head[1] = head[1];
    const uint64_t hash = head_hash(head, length);
    token.hash = length <= 16 ? hash : key_hash(hash, token.text);
}

// Every token load_window() leaves to it (tokens of 64 bytes or more; letters beyond ASCII other
// than æ ø å, or such a separator, in the token or right after it; big-endian machines): a
// plain ASCII token (the first letter may be a capital) is still read eight bytes at a time,
// with its key words as they go by, and given as a view of the text; anything else is folded
// from its start into m_buffer.
bool Tokenizer::next_any(Token& token) {
    const char* const text = m_text.data();
    const size_t size = m_text.size();
    size_t pos = m_pos;
    for (;;) {
        while (pos < size && class_of(text[pos]) == k_separator) ++pos;
        if (pos >= size) {
            m_pos = pos;
            return false;
        }
        const size_t start = pos;
        const bool capital = text[pos] >= 'A' && text[pos] <= 'Z';  // a word starting a sentence
        if (capital || class_of(text[pos]) == k_plain) {
            uint64_t head[2] = {0, 0};
            const size_t length = plain_run(text + start, size - start, capital ? 0x20 : 0, head);
            pos = start + length;
            if (pos == size || class_of(text[pos]) == k_separator) {
                if (length < k_min_token_chars || length > k_max_token_chars) continue;
                m_pos = pos;
                take_plain(token, text + start, length, capital, head);
                return true;
            }
        }
        m_buffer.clear();
        m_pos = start;
        size_t chars = 0;
        if (!read_folded(chars)) return false;
        pos = m_pos;
        if (chars < k_min_token_chars || chars > k_max_token_chars) continue;
        token.text = m_buffer;
        set_token_key(token);
        return true;
    }
}

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
#define STILAS_AVX2_TARGET gnu::target("avx2,bmi,bmi2,popcnt")
// The vector constants of classify_avx2, loaded from memory: GCC would build each one in three
// instructions (a move to a register and a broadcast) in every window instead.
struct alignas(32) Splat32 {
    char bytes[32];
};
constexpr Splat32 splat(int c) {
    Splat32 v{};
    for (char& b : v.bytes) b = static_cast<char>(c);
    return v;
}
// x + (0x80 - lo) < -128 + (hi - lo + 1) (signed) is lo <= x <= hi: each range's two constants.
constexpr int range_add(int lo) { return 0x80 - lo; }
constexpr int range_below(int lo, int hi) { return -128 + (hi - lo + 1); }
enum AvxConstant {
    k_case_bit, k_letter_add, k_letter_below, k_digit_add, k_digit_below, k_second_add, k_second_below, k_ring_o, k_lead,
    k_avx_constants
};
alignas(32) constexpr Splat32 k_avx2_constants[k_avx_constants] = {
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
[[STILAS_AVX2_TARGET, gnu::always_inline]] inline fold_detail::WindowBits classify_avx2(const char* p, char* lowered) {
    const Splat32* constants = k_avx2_constants;
    asm("" : "+r"(constants));   // (hides the table's values from the optimiser: see k_avx2_constants)
    auto constant = [constants](AvxConstant c) { return reinterpret_cast<const __m256i*>(constants[c].bytes); };
    fold_detail::WindowBits bits;
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

// Whether this CPU runs the AVX2 versions (checked once, before main).
const bool k_cpu_has_avx2 = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
           __builtin_cpu_supports("popcnt");
}();
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
    return k_cpu_has_avx2;
#else
    return false;
#endif
}

#if defined(STILAS_AVX2_WINDOWS)
namespace {
[[STILAS_AVX2_TARGET]] fold_detail::WindowBits classify_window_avx2(const char* p, char* lowered) {
    return classify_avx2(p, lowered);
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

namespace {
// Where the run of non-separators (set bits of `nonseparator`) that byte `i` is in starts: after
// the last separator before it.
size_t run_start(uint64_t nonseparator, size_t i) {
    return static_cast<size_t>(std::bit_width(~nonseparator & ((uint64_t{1} << i) - 1)));
}
}  // namespace

// The 64 bytes of the window at `base`: the text's, or at its end a copy with spaces after the
// text (pad_window(): out of line, so that the common window makes no call).
[[gnu::always_inline]] inline const char* Tokenizer::window_bytes(size_t base) {
    if (m_text.size() - base < k_window) return pad_window(base);
    return m_text.data() + base;
}

[[gnu::noinline, gnu::cold]] const char* Tokenizer::pad_window(size_t base) {
    const size_t available = m_text.size() - base;
    std::memcpy(m_padded, m_text.data() + base, available);
    std::memset(m_padded + available, ' ', k_window - available);
    return m_padded;
}

// The scan of the window at `base` from its bytes' classes (load_window() is compiled twice: with
// classify_avx2() for the CPUs that have it, and with classify_best()).
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
    size_t limit = k_window;
    Scan s{0, 0, lead, base + k_window, false};
    if (nonseparator >> (k_window - 1)) {
        limit = run_start(nonseparator, k_window - 1);
        s.next = base + limit;
        s.slow = limit == 0;
    }
    if (unknown) {
        if (const size_t start = run_start(nonseparator, static_cast<size_t>(std::countr_zero(unknown))); start < limit) {
            limit = start;
            s.next = base + start;
            s.slow = true;
        }
    }
    if constexpr (std::endian::native != std::endian::little) {  // head words are little-endian
        limit = 0;
        s.next = base;
        s.slow = true;
    }
    const uint64_t kept = limit == k_window ? ~uint64_t{0} : (uint64_t{1} << limit) - 1;
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

#if defined(STILAS_AVX2_WINDOWS)
[[STILAS_AVX2_TARGET, gnu::noinline]] Tokenizer::Scan Tokenizer::load_window_avx2(size_t base) {
    return scan_window(base, classify_avx2(window_bytes(base), m_lowered));
}
#endif

Tokenizer::Scan Tokenizer::load_window(size_t base) {
#if defined(STILAS_AVX2_WINDOWS)
    if (fold_detail::g_avx2_windows) return load_window_avx2(base);   // (a few instructions a window)
#endif
    return scan_window(base, classify_best(window_bytes(base), m_lowered));
}

bool Tokenizer::next(std::string_view& token) {
    Token t;
    if (!next(t)) return false;
    token = t.text;
    return true;
}

bool has_letter(std::string_view token) {
    for (char c : token)
        if (c < '0' || c > '9') return true;
    return false;
}

}  // namespace stilas::search
