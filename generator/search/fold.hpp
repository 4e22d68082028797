// Tokens for search: runs of letters and digits, lowercased and folded the Norwegian way
// (æ ø å kept; ä → æ, ö → ø, other accents dropped). client/analyzer.js does exactly the same.
#pragma once

#include <cstddef>
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

/// Splits a text into folded tokens, in order.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : m_text(text) {}

    /// Puts the next token in `token` and returns true, or returns false at the end. The view
    /// is valid until the next call (it points into the text or into the tokenizer).
    bool next(std::string_view& token);

private:
    bool read_token(std::string_view& token, size_t& chars);
    bool read_folded(size_t& chars);
    size_t read_ascii_run(std::string& token);

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_buffer;
};

/// True when `token` has at least one character that is not an ASCII digit.
bool has_letter(std::string_view token);

}  // namespace stilas::search
