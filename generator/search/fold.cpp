// Case and accent folding and the tokenizer's token reading; the tables here are mirrored in
// client/analyzer.js. The 64-byte window scan is in token_window.cpp.
#include "search/fold.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "util/utf8.hpp"

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
    token.hash = key_hash(head_hash(token.head), token.text);
}

std::string_view head_text(uint64_t head0, uint64_t head1, char (&bytes)[16]) {
    for (size_t i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>(head0 >> (8 * i));
        bytes[8 + i] = static_cast<char>(head1 >> (8 * i));
    }
    const auto bytes_of = [](uint64_t word) { return (static_cast<size_t>(std::bit_width(word)) + 7) / 8; };
    return std::string_view(bytes, head1 ? 8 + bytes_of(head1) : bytes_of(head0));
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
    const uint64_t hash = head_hash(head);
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
