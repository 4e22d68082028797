// Drives yaml-cpp's event parser and builds the positioned Node tree (yaml/ internal; yaml-cpp
// itself is only included by the .cpp).
#pragma once

#include <optional>
#include <string_view>

#include "yaml/line_index.hpp"
#include "yaml/messages.hpp"
#include "yaml/node.hpp"

namespace stilas::yaml {

/// Parses the first document of `text` (already checked by scan_text). Syntax errors, a second
/// document, duplicate keys, non-scalar keys, anchors and aliases go to `reporter`. Returns the
/// root (a null node for an empty text), or nullopt when the text could not be parsed.
std::optional<Node> read_events(std::string_view text, const LineIndex& index, Reporter& reporter);

}  // namespace stilas::yaml
