// Escaping exactly as cmark-gfm's HTML renderer escapes, so that text and URLs spliced into
// pre-rendered HTML come out byte for byte as if cmark had rendered them. Internal to markdown/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stilas::markdown {

/// Offset of the first byte at or after `from` that becomes an entity (" & < >), or text.size().
size_t next_html_special(std::string_view text, size_t from);
/// The entity of such a byte.
std::string_view html_entity(char c);

/// Text content: & < > " become entities; everything else is copied. Hands `put` the pieces
/// of the escaped text in order: runs of bytes as they are, and entities.
template <class Put>
void for_each_escaped_piece(std::string_view text, Put&& put) {
    size_t done = 0;
    for (size_t at = next_html_special(text, 0); at < text.size(); at = next_html_special(text, done)) {
        put(text.substr(done, at - done));
        put(html_entity(text[at]));
        done = at + 1;
    }
    put(text.substr(done));
}

/// for_each_escaped_piece appended to `out`.
void append_escaped_html(std::string& out, std::string_view text);
std::string escape_html(std::string_view text);

/// An href or src value: bytes outside cmark's URL-safe set become %XX (upper-case hex),
/// & becomes &amp; and ' becomes &#x27;.
void append_escaped_href(std::string& out, std::string_view url);

}  // namespace stilas::markdown
