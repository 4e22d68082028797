// Case and accent folding and the tokenizer; the tables here are mirrored in client/analyzer.js.
#include "search/fold.hpp"

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
// Every byte's class for the scanning loops: plain (a-z 0-9), separator (other ASCII but A-Z),
// or other (A-Z and the bytes of non-ASCII characters).
enum ByteClass : uint8_t { k_other = 0, k_plain = 1, k_separator = 2 };
constexpr std::array<uint8_t, 256> k_class = [] {
    std::array<uint8_t, 256> table{};
    for (int c = 0; c < 0x80; ++c) table[c] = k_ascii[c] ? k_other : k_separator;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = k_plain;
    for (int c = '0'; c <= '9'; ++c) table[c] = k_plain;
    return table;
}();

uint8_t class_of(char c) { return k_class[static_cast<unsigned char>(c)]; }

// Eight bytes at once: the high bit of each byte that is in a-z or 0-9 (SWAR range tests on
// bytes below 0x80; bytes with the high bit set are never plain).
uint64_t plain_bytes(uint64_t x) {
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull, low7 = 0x7F7F7F7F7F7F7F7Full;
    auto above = [&](uint64_t v, unsigned lo) { return ((v & low7) + ones * (0x80 - lo)) & high; };  // byte >= lo
    const uint64_t letters = above(x, 'a') & ~above(x, 'z' + 1);
    const uint64_t digits = above(x, '0') & ~above(x, '9' + 1);
    return (letters | digits) & ~x & high;
}

// The length of the run of a-z 0-9 at `p` (at most `n` bytes).
size_t plain_run(const char* p, size_t n) {
    size_t i = 0;
    if constexpr (std::endian::native == std::endian::little)
        for (; i + 8 <= n; i += 8) {
            uint64_t word;
            std::memcpy(&word, p + i, 8);
            const uint64_t not_plain = ~plain_bytes(word) & 0x8080808080808080ull;
            if (not_plain) return i + static_cast<size_t>(std::countr_zero(not_plain)) / 8;
        }
    while (i < n && class_of(p[i]) == k_plain) ++i;
    return i;
}
}  // namespace

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

// One token, as a view of the text itself when it is lowercase ASCII letters and digits
// followed by an ASCII separator (most tokens), else of the folded copy in m_buffer.
bool Tokenizer::read_token(std::string_view& token, size_t& chars) {
    const char* const text = m_text.data();
    const size_t size = m_text.size();
    size_t pos = m_pos;
    while (pos < size && class_of(text[pos]) == k_separator) ++pos;
    if (pos >= size) {
        m_pos = pos;
        return false;
    }
    const size_t start = pos;
    const bool capital = text[pos] >= 'A' && text[pos] <= 'Z';  // a word starting a sentence
    pos += capital;
    pos += plain_run(text + pos, size - pos);
    m_pos = pos;
    chars = pos - start;
    if (pos > start && (pos == size || class_of(text[pos]) == k_separator)) {
        if (!capital) {
            token = m_text.substr(start, pos - start);
            return true;
        }
        m_buffer.assign(text + start, pos - start);
        m_buffer[0] = static_cast<char>(m_buffer[0] + 32);
        token = m_buffer;
        return true;
    }
    // Anything else (capitals inside, letters beyond ASCII): fold the token from its start.
    m_buffer.clear();
    m_pos = start;
    chars = 0;
    if (!read_folded(chars)) return false;
    token = m_buffer;
    return true;
}

bool Tokenizer::next(std::string_view& token) {
    size_t chars = 0;
    while (read_token(token, chars))
        if (chars >= k_min_token_chars && chars <= k_max_token_chars) return true;
    return false;
}

bool has_letter(std::string_view token) {
    for (char c : token)
        if (c < '0' || c > '9') return true;
    return false;
}

}  // namespace stilas::search
