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

/// A token's hash (its high bits are the well mixed ones): its head words and length, then
/// (key_hash in fold.cpp) the bytes after the 16th.
inline uint64_t head_hash(const uint64_t head[2], size_t size) {
    return (head[0] ^ (head[1] * 0xC2B2AE3D27D4EB4Full) ^ size) * 0x9E3779B97F4A7C15ull;
}

/// The whole hash: head_hash() mixed with the bytes after the 16th.
uint64_t key_hash(const uint64_t head[2], std::string_view text);
}  // namespace fold_detail

/// Splits a text into folded tokens, in order.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : m_text(text) {}

    /// Puts the next token in `token` and returns true, or returns false at the end. The text
    /// is valid until the next call (it points into the text or into the tokenizer).
    [[gnu::always_inline]] bool next(Token& token) {
        if (next_short(token)) return true;
        return next_any(token);
    }
    bool next(std::string_view& token);

private:
    /// The common case, inline: after ASCII separators, 2 to 40 ASCII letters and digits (the
    /// first may be a capital) and an ASCII separator, all within a 64-byte window whose bytes are
    /// classified at once (load_window()); false leaves the rest to next_any() from m_pos.
    [[gnu::always_inline]] bool next_short(Token& token) {
        using namespace fold_detail;
        if constexpr (std::endian::native != std::endian::little) return false;  // head words are little-endian
        const char* const text = m_text.data();
        const size_t size = m_text.size();
        size_t pos = m_pos;
        for (;;) {
            if (pos - m_base >= 64) {  // outside the window (unsigned: also before it)
                if (size - pos < 64) break;
                load_window(pos);
            }
            const size_t offset = pos - m_base;
            const uint64_t words = ~m_separator >> offset;
            if (!words) {  // separators to the end of the window
                pos = m_base + 64;
                continue;
            }
            const size_t start = pos + static_cast<size_t>(std::countr_zero(words));
            const size_t first = start - m_base;
            // The run's end: the first byte after the start that is no letter or digit.
            const uint64_t stops = (~m_plain >> first) >> 1;
            if (!stops) {  // the token may go on past the window
                if (first == 0 || size - start < 64) {
                    pos = start;
                    break;
                }
                load_window(start);
                pos = start;
                continue;
            }
            const size_t length = 1 + static_cast<size_t>(std::countr_zero(stops));
            const size_t end = start + length;
            const auto c0 = static_cast<unsigned char>(text[start]);
            const bool capital = static_cast<unsigned char>(c0 - 'A') < 26;
            if (!((m_separator >> (end - m_base)) & 1) || !(capital || ((m_plain >> first) & 1)) ||
                size - start < 16) {
                pos = start;
                break;
            }
            if (length < k_min_token_chars || length > k_max_token_chars) {
                pos = end;
                continue;
            }
            const uint64_t w0 = load_word(text + start) | (capital ? 0x20 : 0);
            const uint64_t w1 = load_word(text + start + 8);
            uint64_t head[2] = {length < 8 ? low_bytes(w0, length) : w0,
                                length < 8 ? 0 : length < 16 ? low_bytes(w1, length - 8) : w1};
            take_plain(token, text + start, length, capital, head);
            m_pos = end;
            return true;
        }
        m_pos = pos;
        return false;
    }
    /// `token` = the run of `length` ASCII letters and digits at `p` (its first letter lowered
    /// when `capital`), whose first 16 bytes (lowered) are `head`.
    [[gnu::always_inline]] void take_plain(Token& token, const char* p, size_t length, bool capital,
                                           const uint64_t head[2]) {
        using namespace fold_detail;
        if (capital) {  // the head words hold the lowered start
            std::memcpy(m_lower, head, 16);
            if (length > 16) std::memcpy(m_lower + 16, p + 16, length - 16);
            token.text = std::string_view(m_lower, length);
        } else {
            token.text = std::string_view(p, length);
        }
        token.head[0] = head[0];
        token.head[1] = head[1];
        token.hash = length <= 16 ? head_hash(head, length) : key_hash(head, token.text);
    }
    /// Classifies the 64 bytes at `base` into m_plain and m_separator (bit i: byte base + i).
    void load_window(size_t base);
    bool next_any(Token& token);
    bool read_folded(size_t& chars);
    size_t read_ascii_run(std::string& token);

    std::string_view m_text;
    size_t m_pos = 0;
    size_t m_base = SIZE_MAX - 64;   ///< the window next_short() reads: 64 bytes from here (none yet:
                                     ///< pos - m_base >= 64 for every pos)
    uint64_t m_plain = 0, m_separator = 0;
    std::string m_buffer;
    char m_lower[k_max_token_chars + 16];   ///< a plain token whose first letter was a capital
};

/// True when `token` has at least one character that is not an ASCII digit.
bool has_letter(std::string_view token);

}  // namespace stilas::search
