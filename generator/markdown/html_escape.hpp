// Escaping exactly as cmark-gfm's HTML renderer escapes, so that text and URLs spliced into
// pre-rendered HTML come out byte for byte as if cmark had rendered them. Internal to markdown/.
#pragma once

#include <string>
#include <string_view>

namespace stilas::markdown {

/// Text content: & < > " become entities; everything else is copied.
void append_escaped_html(std::string& out, std::string_view text);
std::string escape_html(std::string_view text);

/// An href or src value: bytes outside cmark's URL-safe set become %XX (upper-case hex),
/// & becomes &amp; and ' becomes &#x27;.
void append_escaped_href(std::string& out, std::string_view url);

}  // namespace stilas::markdown
