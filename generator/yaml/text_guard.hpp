// The pre-scan run before yaml-cpp sees a text: tabs in indentation, nesting depth, unclosed
// quotes (yaml/ internal).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace stilas::yaml {

inline constexpr int k_max_depth = 32;
inline constexpr size_t k_max_bytes = 256 * 1024;

struct GuardResult {
    /// Byte offset of the first tab in the indentation of each offending line.
    std::vector<size_t> indent_tabs;
    /// Byte offset of the collection that opens nesting level k_max_depth + 1, if any.
    std::optional<size_t> too_deep;
    /// Byte offset of a quote that is never closed (yaml-cpp accepts one at the end of a text
    /// that ends with a line break, and silently swallows the rest).
    std::optional<size_t> unclosed_quote;
};

/// Scans `text` in one linear pass, with a light YAML lexer (quotes, comments, flow brackets,
/// block scalars, `- ` and `key:` openers). It never under-counts nesting for ordinary YAML, so
/// yaml-cpp (which had stack-overflow CVEs on deep nesting) only sees bounded input.
GuardResult scan_text(std::string_view text);

}  // namespace stilas::yaml
