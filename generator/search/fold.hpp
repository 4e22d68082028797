// Tokens for search: runs of letters and digits, lowercased and folded the Norwegian way
// (æ ø å kept; ä → æ, ö → ø, other accents dropped). client/analyzer.js does exactly the same.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace stilas::search {

/// Tokens shorter than this many code points are dropped (single letters carry no meaning).
inline constexpr size_t k_min_token_chars = 2;
/// Tokens longer than this are dropped (hashes, URLs run together, garbage).
inline constexpr size_t k_max_token_chars = 40;

/// What one code point is to the tokenizer.
enum class CharKind { separator, token, modifier };

/// Classifies `cp` and, for CharKind::token, appends its folded form (one or two letters) to `out`.
CharKind fold_code_point(char32_t cp, std::string& out);

/// A combining mark after a letter: å from a + ring, æ/ø from a/o + diaeresis; others vanish.
void apply_modifier(char32_t mark, std::string& token);

/// A folded token with what a token table needs to find it without touching its bytes: its
/// first 16 bytes (zero-padded, as two little-endian words) and a hash of all of it (the same
/// whichever way the tokenizer read it).
struct Token {
    std::string_view text;
    uint64_t head[2] = {0, 0};
    uint64_t hash = 0;
};

/// Fills `token.head` and `token.hash` from `token.text` (what the tokenizer does for every token).
void set_token_key(Token& token);

/// Tokens of up to this many bytes (most words) have one head word (head[1] is 0).
inline constexpr size_t k_short_token_bytes = 8;
/// Tokens of up to this many bytes are their head words alone (no byte after them, and a length
/// the zero padding says): Tokenizer::for_each can give them as their words.
inline constexpr size_t k_head_token_bytes = 15;

/// The text of the token of up to k_head_token_bytes whose head words are `head0` and `head1`
/// (little-endian, zero-padded), written to `bytes`: set_token_key() gives it these head words.
std::string_view head_text(uint64_t head0, uint64_t head1, char (&bytes)[16]);

namespace fold_detail {
// Every byte's class for the scanning loops: plain (a-z 0-9), separator (other ASCII but A-Z),
// or other (A-Z and the bytes of non-ASCII characters).
enum ByteClass : uint8_t { k_other = 0, k_plain = 1, k_separator = 2 };
inline constexpr std::array<uint8_t, 256> k_class = [] {
    std::array<uint8_t, 256> table{};
    for (int c = 0; c < 0x80; ++c) table[c] = k_separator;
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = k_other;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = k_plain;
    for (int c = '0'; c <= '9'; ++c) table[c] = k_plain;
    return table;
}();

inline uint8_t class_of(char c) { return k_class[static_cast<unsigned char>(c)]; }

inline uint64_t load_word(const char* p) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
}

/// The low `bytes` bytes of `word` (bytes < 8).
inline uint64_t low_bytes(uint64_t word, size_t bytes) { return word & ((1ull << (8 * bytes)) - 1); }

/// By length (up to 63, a window's tokens): the masks that keep a token's first and second head
/// words' first `length` bytes (two arrays, so that each mask is one indexed load).
inline constexpr std::array<std::array<uint64_t, 64>, 2> k_head_masks = [] {
    std::array<std::array<uint64_t, 64>, 2> masks{};
    for (size_t length = 0; length < 64; ++length) {
        masks[0][length] = length >= 8 ? ~0ull : (1ull << (8 * length)) - 1;
        masks[1][length] = length >= 16 ? ~0ull : length <= 8 ? 0 : (1ull << (8 * (length - 8))) - 1;
    }
    return masks;
}();

/// A token's hash (its high bits are the well mixed ones): its head words, then (key_hash in
/// fold.cpp) the bytes after the 16th. (No token has a zero byte, so the zero-padded words also
/// say its length.)
inline uint64_t head_hash(const uint64_t head[2]) {
    return (head[0] ^ (head[1] * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
}

/// The whole hash: `hash` (head_hash() of `text`) mixed with the bytes after the 16th.
uint64_t key_hash(uint64_t hash, std::string_view text);

/// What the tokenizer's windows know of 64 bytes (bit i: byte i).
struct WindowBits {
    uint64_t alnum = 0;    ///< a-z A-Z 0-9
    uint64_t lead = 0;     ///< 0xC3, the first byte of æ ø å Æ Ø Å (and of other letters)
    uint64_t second = 0;   ///< a second byte of æ ø å Æ Ø Å (if 0xC3 is before it)
    uint64_t high = 0;     ///< 0x80 and above
};
/// How classify_window() works: the same bits whichever (tests compare them); `best` is what
/// the tokenizer uses without AVX2 (SSE2 where the compiler has it); `avx2` is `best` where the
/// CPU has no AVX2.
enum class Classifier { portable, sse2, avx2, best };
#if defined(__x86_64__) && defined(__GNUC__)
// AVX2 versions of the window scan (and of page analysis' token loop, for BMI1 and BMI2), taken
// where the CPU has them; functions compiled for them have this attribute.
#define STILAS_AVX2_WINDOWS 1
#define STILAS_AVX2_TARGET gnu::target("avx2,bmi,bmi2,popcnt")
#endif
/// Whether the CPU has AVX2 (and BMI1, BMI2, POPCNT): the tokenizer's windows use it then.
bool cpu_has_avx2();
/// Whether tokenizers scan their windows with AVX2 (cpu_has_avx2() unless a test turned it off).
extern bool g_avx2_windows;
/// Classifies the 64 bytes at `p`, and writes them to `lowered` with A-Z and Æ Ø Å's second
/// bytes lowercased.
WindowBits classify_window(const char* p, char* lowered, Classifier how = Classifier::best);
}  // namespace fold_detail

/// Splits a text into folded tokens, in order.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : m_text(text) {}

    /// Puts the next token in `token` and returns true, or returns false at the end. The text
    /// is valid until the next call (it points into the text or into the tokenizer).
    bool next(Token& token) { return next_in(m_scan, token, no_words); }
    bool next(std::string_view& token);

    /// Calls `f(token)` for every token from here on (what next() gives, one by one; the
    /// tokenizer's place stays in registers in between, which matters in page analysis).
    template <typename F>
    [[gnu::always_inline]] void for_each(F&& f) {
        for_each_in(f, no_words);
    }

    /// Which window scan a loop calls: the one fold_detail::g_avx2_windows says, or (in a
    /// function compiled for AVX2, STILAS_AVX2_TARGET, called where g_avx2_windows is true) the
    /// AVX2 one without asking.
    enum class Windows { chosen, avx2 };

    /// The same, but the tokens of up to k_head_token_bytes that a window gives (most words) are
    /// given as `head_f(head0, head1)`: their head words (head1 is 0 for tokens of up to
    /// k_short_token_bytes; head_text() gives the text back), made the same way whatever their
    /// length. No Token is made for them, so the caller's loop keeps fewer registers.
    template <Windows windows = Windows::chosen, typename HeadF, typename F>
    [[gnu::always_inline]] void for_each(HeadF&& head_f, F&& f) {
        for_each_in<windows>(f, [&head_f](uint64_t head0, uint64_t head1) {
            head_f(head0, head1);
            return true;
        });
    }

private:
    static constexpr size_t k_window = 64;

    /// The tokens of a window of 64 bytes of the text, found at once by load_window() (bit i:
    /// byte i of the window). The window's tokens are the common case: runs of ASCII letters and
    /// digits and æ ø å (any case, anywhere) after ASCII separators and ended by one (or by the
    /// end of the text), of two characters or more. The scan stops before a run with other
    /// characters (m_slow: next_any() reads from m_next) or one that may go on past the window
    /// (the next window starts with it). Only these two words are the token loop's registers;
    /// what is read once per window (m_lead, m_next, m_slow) stays in the tokenizer.
    struct Scan {
        uint64_t starts = 0;   ///< the first bytes of the tokens not given yet
        uint64_t ends = 0;     ///< the separators after them
    };

    /// next_in()'s `take_head` for callers that take every token as a Token.
    static constexpr auto no_words = [](uint64_t, uint64_t) { return false; };

    template <Windows windows = Windows::chosen, typename F, typename TakeHead>
    [[gnu::always_inline]] void for_each_in(F& f, TakeHead&& take_head) {
        Scan scan = m_scan;
        // Never passed out of line, so that it can live in registers; made once (next_in() sets
        // all of it for every token), so that no field is cleared per token.
        Token token;
        while (next_in<windows>(scan, token, take_head)) f(static_cast<const Token&>(token));
        m_scan = scan;
    }

    /// The next token from `s` (the common case inline: one from the window's masks). A token of
    /// up to k_head_token_bytes from a window is first offered as its head words to `take_head`,
    /// which returns true when it took it (the scan goes on), false when it wants it as `token`.
    template <Windows windows = Windows::chosen, typename TakeHead>
    [[gnu::always_inline]] bool next_in(Scan& s, Token& token, TakeHead&& take_head) {
        using namespace fold_detail;
        for (;;) {
            if (s.starts) {
                // (32-bit numbers: no sign extension of the bit indexes)
                const unsigned first = lowest_bit(s.starts);
                const unsigned length = lowest_bit(s.ends) - first;   // (each token has its end)
                s.starts &= s.starts - 1;
                s.ends &= s.ends - 1;
                const char* const p = m_lowered + first;
                // Most words: their head words, one way whatever their length (masks by length;
                // head1 is 0 for tokens of up to 8 bytes), so no branch on it.
                if (length <= k_head_token_bytes) [[likely]] {
                    const uint64_t head0 = load_word(p) & k_head_masks[0][length];
                    const uint64_t head1 = load_word(p + 8) & k_head_masks[1][length];
                    if (take_head(head0, head1)) continue;
                    set_head(token, p, length, head0, head1);
                    return true;
                }
                // The window has no tokens of one character (load_window()), so up to 40 bytes
                // are 2 to 40 characters (æ ø å are two bytes each); count longer ones.
                if (length > k_max_token_chars) {
                    const size_t chars = length - popcount((m_lead >> first) & ((1ull << length) - 1));
                    if (chars > k_max_token_chars) continue;
                }
                take_long(token, p, length);
                return true;
            }
            if (!m_slow) {
                if (m_next >= m_text.size()) return false;
                s = load_window<windows>(m_next);
                continue;
            }
            m_pos = m_next;
            const bool found = next_any(m_other);
            if (m_pos < m_text.size()) {
                s = load_window<windows>(m_pos);
            } else {
                s = Scan{};
                m_next = m_pos;
                m_slow = false;
            }
            if (!found) return false;
            token = m_other;
            return true;
        }
    }
    /// `token` = the `length` (up to k_head_token_bytes) bytes at `p`, whose head words these are.
    [[gnu::always_inline]] static void set_head(Token& token, const char* p, size_t length, uint64_t head0, uint64_t head1) {
        token.text = std::string_view(p, length);
        token.head[0] = head0;
        token.head[1] = head1;
        token.hash = fold_detail::head_hash(token.head);
    }
    /// `token` = the `length` (over k_head_token_bytes) lowered bytes at `p` in the window.
    [[gnu::always_inline]] static void take_long(Token& token, const char* p, size_t length) {
        using namespace fold_detail;
        token.text = std::string_view(p, length);
        token.head[0] = load_word(p) & k_head_masks[0][length];
        token.head[1] = load_word(p + 8) & k_head_masks[1][length];
        const uint64_t hash = head_hash(token.head);
        token.hash = length <= 16 ? hash : key_hash(hash, token.text);
    }
    /// The index of the lowest set bit of `x` (not 0: std::countr_zero's test for 0 costs
    /// instructions per token).
    static unsigned lowest_bit(uint64_t x) { return static_cast<unsigned>(__builtin_ctzll(x)); }
    /// Set bits (std::popcount is a libgcc call without -mpopcnt).
    static size_t popcount(uint64_t x) {
        x -= (x >> 1) & 0x5555555555555555ull;
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
        return static_cast<size_t>((x * 0x0101010101010101ull) >> 56);
    }
    /// The scan of the window at `base` (< the text's size); its bytes, lowercased, go to
    /// m_lowered. Out of line (the token loop keeps its registers): load_window_avx2() where the
    /// CPU has AVX2 (fold_detail::g_avx2_windows), else load_window_best().
    template <Windows windows>
    [[gnu::always_inline]] Scan load_window(size_t base) {
#if defined(STILAS_AVX2_WINDOWS)
        // (inline in a loop compiled for AVX2: no call, the masks in registers; token_window.hpp)
        if constexpr (windows == Windows::avx2) return load_window_avx2_inline(base);
#endif
        if (fold_detail::g_avx2_windows) return load_window_avx2(base);
        return load_window_best(base);
    }
    Scan load_window_avx2(size_t base);
#if defined(STILAS_AVX2_WINDOWS)
    [[STILAS_AVX2_TARGET]] inline Scan load_window_avx2_inline(size_t base);
#endif
    Scan load_window_best(size_t base);
    const char* window_bytes(size_t base);
    const char* pad_window(size_t base);
    Scan scan_window(size_t base, const fold_detail::WindowBits& bits);
    Scan scan_bits(size_t base, const fold_detail::WindowBits& bits);
    void take_plain(Token& token, const char* p, size_t length, bool capital, const uint64_t head[2]);
    bool next_any(Token& token);
    bool read_folded(size_t& chars);
    size_t read_ascii_run(std::string& token);

    std::string_view m_text;
    size_t m_pos = 0;
    Scan m_scan;   ///< for next(); for_each() keeps a copy in registers
    uint64_t m_lead = 0;   ///< the window's first bytes of æ ø å Æ Ø Å
    size_t m_next = 0;     ///< where the next window starts, or next_any() reads from
    bool m_slow = false;
    char m_lowered[k_window + 16] = {};   ///< the window lowercased; 16 zero bytes after it for head loads
    char m_padded[k_window];   ///< the text's last window, with spaces after the text
    std::string m_buffer;
    Token m_other;   ///< next_in()'s token from next_any()
    char m_lower[k_max_token_chars + 16];   ///< a plain token whose first letter was a capital
};

/// True when `token` has at least one character that is not an ASCII digit.
bool has_letter(std::string_view token);

}  // namespace stilas::search
