// Slugs: the lowercase ASCII names that pages, terms and headings get in URLs and anchors.
#pragma once

#include <string>
#include <string_view>

namespace stilas::util {

/// Lowercase ASCII `a-z 0-9 -`: æ→ae, ø→o, å→a, accented Latin letters lose their
/// accents, every other run of characters becomes one `-`; no `-` at either end.
std::string slugify(std::string_view text);

/// True when `s` is non-empty and made only of `a-z 0-9 -` (what slugify returns).
bool is_slug(std::string_view s);

}  // namespace stilas::util
