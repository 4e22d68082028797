// Splitting a page's text into front matter and body (`---` YAML, `+++` TOML).
#pragma once

#include <string_view>

namespace stilas::content {

enum class FrontMatterStyle { none, yaml, toml };

/// A page's text cut in two. Views point into the text given to split_front_matter.
struct FrontMatterSplit {
    FrontMatterStyle style = FrontMatterStyle::none;
    /// False when the opening `---` line has no closing line: `front` and `body` are empty.
    bool closed = true;
    std::string_view front;        ///< the lines between the delimiter lines
    int front_first_line = 2;      ///< file line of front's first line
    std::string_view body;         ///< everything after the closing line
    int body_first_line = 1;       ///< file line of body's first line
};

/// Splits `text` (LF line ends). YAML front matter opens with a first line `---` and closes at
/// the next line `---` or `...`; TOML opens and closes with `+++`. Trailing spaces and tabs on
/// a delimiter line are allowed. An unclosed `+++` is not front matter (style none).
FrontMatterSplit split_front_matter(std::string_view text);

}  // namespace stilas::content
