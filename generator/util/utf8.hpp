// UTF-8 validation, decoding and column counting.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stilas::util {

/// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, truncated,
/// out of range), or nullopt when `s` is valid.
std::optional<size_t> find_invalid_utf8(std::string_view s);

/// Decodes the code point at `pos` and advances `pos`; invalid bytes decode as U+FFFD.
char32_t decode_utf8(std::string_view s, size_t& pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in `s` (the 1-based column after `s` is this plus one).
size_t count_code_points(std::string_view s);

/// `text` when it has at most `max` bytes; otherwise its start up to the last space within
/// `max` bytes, or (when that would keep less than half) up to the last character boundary.
std::string_view cut_at_word(std::string_view text, size_t max);

/// 1-based line and column (in code points) of byte `offset` in `text`.
struct LineCol {
    int line = 1;
    int col = 1;
};
LineCol line_col_at(std::string_view text, size_t offset);

}  // namespace stilas::util
