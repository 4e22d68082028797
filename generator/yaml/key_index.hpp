// KeyIndex: finds a YAML mapping's duplicate keys as its entries are added (yaml/ internal; shared
// by the yaml-cpp tree builder and the fast path's builder, so both report the same lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "yaml/node.hpp"

namespace stilas::yaml {

class KeyIndex {
public:
    /// The line of an earlier key `name` of the mapping whose entries so far are `entries` (a
    /// key is checked before its value, so all earlier keys are there), and from now on of this
    /// one at `line` when there was none.
    std::optional<int> first_line_of(std::string_view name, const std::vector<std::pair<Node, Node>>& entries,
                                     int line);

private:
    /// Line of each key by name, made only for a mapping too large to search its entries.
    std::unordered_map<std::string, int> m_lines;
};

}  // namespace stilas::yaml
