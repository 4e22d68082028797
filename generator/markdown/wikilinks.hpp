// Wikilinks `[[slug]]`, `[[type/slug#anchor]]`, `[[slug|tekst]]`: finding them in plain text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stilas::markdown {

struct WikilinkMatch {
    size_t begin = 0;    ///< offset of the first '['
    size_t end = 0;      ///< offset just after the closing "]]"
    std::string inner;   ///< everything between "[[" and "]]", as in the text
    std::string target;  ///< inner before '|', trimmed
    std::string text;    ///< inner after '|', trimmed ("" when there is no '|')
};

/// Every wikilink in `text`, left to right, in linear time. A wikilink has a non-empty target and
/// no '[', ']' or line break inside; "[[[x]]" holds the wikilink "[[x]]".
std::vector<WikilinkMatch> find_wikilinks(std::string_view text);

}  // namespace stilas::markdown
